/**
 * The learned theme detector beside the theme word lists (trained by `npm run train:themes`,
 * tests/tools/train-themes.ts; weights in ./weights/themes.ts). Per language and theme, a logistic
 * regression over hashed words, stems and word bigrams (for Chinese the segmenter's words and
 * character 1–2-grams) plus "the word lists found this theme": it finds themes a review implies
 * without the listed words ("the table was sticky", "we could not hear each other").
 *
 * The polarity of every theme found comes from a second small regression over the theme's own
 * clause and sentence scores (after negation, contrast and excess), the review's verdict and the
 * word lists' reading, so that a theme keeps its own sign inside a mixed review. A review with
 * stars (nearly every review on a page) has a regression of its own that also reads the stars: a
 * theme named flatly in a 5★ review ("done and dusted by 9:15") is praise, while its own clause
 * still signs it against the stars ("great food, but we waited an hour", 5★: waiting −).
 * Pure and synchronous.
 */
import type { EngineResult, Token } from '../engine';
import { THEME_IDS, type AnalysisLanguage, type ThemeHit, type ThemeId } from '../types';
import { stemOf } from './features';
import { decodeWeights } from './index';
import { THEME_WEIGHTS } from './weights/themes';

/** What the weights module holds for one language (written by the training script). */
export interface ThemeWeights {
  /** Hashed features fall into 2^bits buckets, one table per theme (THEME_IDS order). */
  bits: number;
  /** Per theme: bias, weight of "the word lists found it". */
  bias: readonly number[];
  list: readonly number[];
  /** Stored weight = round(weight / scale), as the sentiment model's (./index.ts). */
  scale: number;
  /** THEME_IDS.length × 2^bits weights, one WEIGHT_ALPHABET character each. */
  hashed: string;
  /** A theme is found when its log-odds reach this, and the review's words alone (not the prior) add at least `evidence`. */
  threshold: number;
  evidence: number;
  /** Polarity: per theme a bias, then one weight per POLARITY_FEATURES entry (shared by the themes). */
  polarityBias: readonly number[];
  polarity: readonly number[];
  /** Polarity in a review with stars: a regression of its own, over the same features and the stars (one more weight). */
  starBias: readonly number[];
  star: readonly number[];
  /** A theme whose own clauses score at least this (either way) keeps their sign. */
  clauseTrust: number;
}

export const POLARITY_FEATURES = 7;

/** The verdict (−1..1) of a stretch of a review read on its own (the sentiment model, in ./index.ts). */
export type VerdictOf = (tokens: readonly Token[]) => number;

/**
 * Dense features of a theme's polarity: its clauses' and sentences' scores (0 when the word lists
 * did not name it), whether they named it, the review's verdict (`score` in −1..1), and the verdict of the clause and of the sentence where the detector found
 * the most evidence of the theme, each read on its own.
 */
export function polarityFeatures(result: EngineResult, theme: ThemeId, score: number, clause = 0, sentence = 0, stars?: number): number[] {
  const own = result.themeScores.get(theme);
  const features = [own ? Math.tanh(own.clause / 2) : 0, own ? Math.tanh(own.sentence / 2) : 0, own ? 1 : 0, score, own ? 0 : score, clause, sentence];
  // 1★ → −1, 3★ → 0, 5★ → +1.
  if (stars !== undefined) features.push((stars - 3) / 2);
  return features;
}

/** Stars as the polarity regression reads them: a whole number from 1 to 5 (half stars rounded), or none. */
export function starsOf(rating: number | undefined): number | undefined {
  return rating !== undefined && Number.isFinite(rating) ? Math.min(5, Math.max(1, Math.round(rating))) : undefined;
}

/** A review cut at commas and sentence ends: each clause's tokens and the index of its sentence. */
export interface Clauses {
  clauses: Token[][];
  sentenceOf: number[];
  sentences: Token[][];
}

export function splitClauses(tokens: readonly Token[]): Clauses {
  const clauses: Token[][] = [];
  const sentenceOf: number[] = [];
  const sentences: Token[][] = [];
  let clause: Token[] = [];
  let sentence: Token[] = [];
  const closeClause = (): void => {
    if (clause.some((t) => t.kind === 'word')) {
      clauses.push(clause);
      sentenceOf.push(sentences.length);
    }
    clause = [];
  };
  for (const token of tokens) {
    if (token.kind === 'stop') {
      closeClause();
      sentences.push(sentence);
      sentence = [];
      continue;
    }
    sentence.push(token);
    if (token.kind === 'comma') closeClause();
    else clause.push(token);
  }
  closeClause();
  sentences.push(sentence);
  return { clauses, sentenceOf, sentences };
}

const FNV_PRIME = 0x01000193;
function hash(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
const WORD = 0x811c9dc5;
const STEM = 0x85ebca6b;
const BIGRAM = 0xcc9e2d51;
const CHAR = 0xc2b2ae35;

/** Distinct hashed feature indices (below 2^bits) of a tokenised review, for the theme detector. */
export function themeFeatures(lang: AnalysisLanguage, tokens: readonly Token[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  let previous = '';
  let run = '';
  const flushRun = (): void => {
    for (let i = 0; i < run.length; i++) {
      out.add(hash(run[i]!, CHAR) & mask);
      if (i + 1 < run.length) out.add(hash(run.slice(i, i + 2), CHAR) & mask);
    }
    run = '';
  };
  for (const token of tokens) {
    if (token.kind !== 'word') {
      if (token.kind === 'stop' || token.kind === 'comma') {
        previous = '';
        flushRun();
      }
      continue;
    }
    const word = token.text;
    if (lang === 'zh') {
      if (word.length > 1) out.add(hash(word, WORD) & mask);
      run += word;
      continue;
    }
    const stem = stemOf(lang, word) ?? word;
    out.add(hash(word, WORD) & mask);
    if (stem !== word) out.add(hash(stem, STEM) & mask);
    if (previous) out.add(hash(`${previous} ${stem}`, BIGRAM) & mask);
    previous = stem;
  }
  flushRun();
  return [...out];
}

interface LoadedThemes {
  weights: ThemeWeights;
  table: Int8Array;
}
const loaded = new Map<AnalysisLanguage, LoadedThemes>();

function themesFor(lang: AnalysisLanguage): LoadedThemes | undefined {
  let model = loaded.get(lang);
  if (!model) {
    const weights = THEME_WEIGHTS[lang];
    if (!weights) return undefined;
    model = { weights, table: decodeWeights(weights.hashed, THEME_IDS.length << weights.bits) };
    loaded.set(lang, model);
  }
  return model;
}

/**
 * The value of each hashed feature: 1/√n, as the sentiment model's, but never more than for
 * MIN_FEATURES features, so that a word or two ("Meh.") cannot carry a theme on its own.
 */
export const MIN_FEATURES = 40;
export const featureValue = (n: number): number => (n > 0 ? 1 / Math.sqrt(Math.max(n, MIN_FEATURES)) : 0);

/** Per clause, the sum of a theme's weights over the clause's features (its evidence there). */
function bestEvidence(table: Int8Array, base: number, clauseFeatures: readonly number[][]): number {
  let best = -1;
  let bestSum = -Infinity;
  clauseFeatures.forEach((features, c) => {
    let sum = 0;
    for (const index of features) sum += table[base + index]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = c;
    }
  });
  return best;
}

/** Everything the detector reads in one review, computed once. */
export interface ThemeInput {
  /** Distinct hashed features of the whole review. */
  features: number[];
  /** The hashed features of each clause. */
  clauseFeatures: number[][];
  clauses: Clauses;
  /** The review names a sum of money ("£380", "4 €", "12 000 ₽", "356元"): it talks about the price. */
  money: boolean;
}

/**
 * A sum of money as reviewers write it: a currency sign or word next to digits. The tokens drop the
 * signs, so this reads the text. In the written rounds 77% of the reviews that name a sum talk
 * about the price, and the detector found the price in fewer than half of them.
 */
const MONEY =
  /[$£€¥₽]\s?\d|\d(?:[.,]\d+)?\s?(?:[$£€¥₽元块円]|(?:eur|euros?|dollars?|bucks|quid|pounds?|pesos|francs?|chf|руб\p{L}*|р\.|тыс\p{L}*\.? ?(?:руб|₽|р\.)|lucas|soles)(?!\p{L}))/iu;

export function themeInput(lang: AnalysisLanguage, tokens: readonly Token[], bits: number, text = ''): ThemeInput {
  const clauses = splitClauses(tokens);
  const clauseFeatures = clauses.clauses.map((c) => themeFeatures(lang, c, bits));
  return { features: [...new Set(clauseFeatures.flat())], clauseFeatures, clauses, money: MONEY.test(text) };
}

/**
 * The themes found, each with its polarity, as the runtime and the training script compute them.
 * `verdictOf` reads a clause or sentence on its own (cached per stretch here).
 */
export function themesFromModel(
  w: Pick<ThemeWeights, 'bits' | 'bias' | 'list' | 'scale' | 'threshold' | 'evidence' | 'polarityBias' | 'polarity' | 'starBias' | 'star' | 'clauseTrust'>,
  table: Int8Array,
  input: ThemeInput,
  result: EngineResult,
  score: number,
  verdictOf: VerdictOf,
  /** The review's stars (starsOf), when it has them. */
  stars: number | undefined,
  /** For the training script: the polarity features of each theme found. */
  onFeatures?: (theme: ThemeId, features: number[]) => void,
): ThemeHit[] {
  const listed = new Set(result.themes.map((t) => t.theme));
  // A review that names a sum talks about the price, as if the lists had named it.
  const kept = input.money ? new Set([...listed, 'price' as ThemeId]) : listed;
  const value = featureValue(input.features.length);
  const clauseVerdicts = new Map<number, number>();
  const sentenceVerdicts = new Map<number, number>();
  // In the order the review names them: the word lists' themes as they found them, then the detector's, by the clause it read them in.
  const order = (theme: ThemeId): number => {
    const i = result.themes.findIndex((h) => h.theme === theme);
    return i >= 0 ? i : result.themes.length + (at.get(theme) ?? 0);
  };
  const at = new Map<ThemeId, number>();
  const found: ThemeHit[] = [];
  THEME_IDS.forEach((theme, t) => {
    const base = t << w.bits;
    let sum = 0;
    for (const index of input.features) sum += table[base + index]!;
    const words = w.scale * sum * value;
    const z = w.bias[t]! + (listed.has(theme) ? w.list[t]! : 0) + words;
    // The word lists' themes stay (they name the theme); the detector adds what they miss.
    if (!kept.has(theme) && (z < w.threshold || words < w.evidence)) return;
    const c = bestEvidence(table, base, input.clauseFeatures);
    at.set(theme, c);
    let clause = 0;
    let sentence = 0;
    if (c >= 0) {
      clause = clauseVerdicts.get(c) ?? verdictOf(input.clauses.clauses[c]!);
      clauseVerdicts.set(c, clause);
      const s = input.clauses.sentenceOf[c]!;
      sentence = sentenceVerdicts.get(s) ?? verdictOf(input.clauses.sentences[s] ?? []);
      sentenceVerdicts.set(s, sentence);
    }
    const features = polarityFeatures(result, theme, score, clause, sentence, stars);
    onFeatures?.(theme, features);
    const [bias, weights] = stars === undefined ? [w.polarityBias, w.polarity] : [w.starBias, w.star];
    let p = bias[t]!;
    for (let i = 0; i < weights.length; i++) p += weights[i]! * features[i]!;
    const own = result.themeScores.get(theme);
    // Without stars, a theme its own clauses sign plainly keeps that sign; with stars the regression weighs the two.
    if (stars === undefined && own && Math.abs(own.clause) >= w.clauseTrust) p = own.clause;
    else if (stars === undefined && own && Math.abs(own.clause) < 0.5 && Math.abs(own.sentence) >= 2 * w.clauseTrust) p = own.sentence;
    found.push({ theme, polarity: p >= 0 ? 1 : -1 });
  });
  return found.sort((a, b) => order(a.theme) - order(b.theme));
}

/**
 * The themes of a review: the word lists' and the learned detector's reading combined (a theme the
 * lists found counts as evidence, not as the answer), each with the sign of its own clauses.
 * `score` is the review's verdict in −1..1. Undefined without weights for the language.
 */
export function detectThemes(
  lang: AnalysisLanguage,
  tokens: readonly Token[],
  result: EngineResult,
  score: number,
  verdictOf: VerdictOf,
  rating?: number,
  /** The review as written: the sums of money in it (the tokens drop currency signs). */
  text = '',
): ThemeHit[] | undefined {
  const model = themesFor(lang);
  if (!model) return undefined;
  return themesFromModel(model.weights, model.table, themeInput(lang, tokens, model.weights.bits, text), result, score, verdictOf, starsOf(rating));
}
