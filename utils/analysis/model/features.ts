/**
 * Features of the learned model (see ./index.ts and tests/tools/train-sentiment.ts), computed the
 * same way when training and on the device:
 *   - hashed sparse features: words (marked when a negator reaches them), word bigrams,
 *     character 3–5-grams of each word, Snowball stems (ru/de/fr/es/en), emoji; for Chinese the
 *     segmenter's words, their bigrams and character 1–3-grams of each run of text;
 *   - dense features: what the word lists found (the engine's score, its worst, best and last
 *     clause after negation and contrast, domain rules, emoji, sarcasm, negations).
 * Pure and synchronous.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { EngineResult, Token } from '../engine';
import type { AnalysisLanguage } from '../types';

/** Number of dense (engine) features; the weights files hold one weight for each. */
export const DENSE_FEATURES = 10;

/** The engine's valence sum mapped into −1..1, as `analyzeReview` does. */
export const engineScore = (raw: number): number => raw / Math.sqrt(raw * raw + 15);

export function denseFeatures(result: EngineResult, tokens: number): number[] {
  const { signals } = result;
  return [
    result.hits === 0 ? 0 : engineScore(result.raw),
    Math.tanh(result.worstClause / 3),
    Math.tanh(signals.bestClause / 3),
    Math.tanh(signals.lastClause / 3),
    Math.tanh(signals.rules / 3),
    Math.tanh(signals.emoji / 3),
    Math.min(signals.sarcasm, 2) / 2,
    Math.min(signals.negated, 3) / 3,
    result.hits === 0 ? 1 : 0,
    Math.min(Math.log1p(tokens) / 6, 1),
  ];
}

/** The Snowball algorithm of each language that has one; the build keeps only these (utils/build/prune-stemmers.ts). */
export const STEMMERS: Partial<Record<AnalysisLanguage, string>> = { ru: 'russian', de: 'german', fr: 'french', es: 'spanish', en: 'english' };
const stemmers = new Map<AnalysisLanguage, Stemmer>();
const stemCache = new Map<string, string>();

/** The Snowball stem of a word of at least four letters (ru/de/fr/es/en), or undefined; cached. */
export function stemOf(lang: AnalysisLanguage, word: string): string | undefined {
  const algorithm = STEMMERS[lang];
  if (!algorithm || word.length < 4) return undefined;
  const key = lang + word;
  let stem = stemCache.get(key);
  if (stem === undefined) {
    let stemmer = stemmers.get(lang);
    if (!stemmer) {
      stemmer = newStemmer(algorithm);
      stemmers.set(lang, stemmer);
    }
    stem = stemmer.stem(word);
    // Reviews reuse a small vocabulary; the cache is bounded all the same.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(key, stem);
  }
  return stem === word ? undefined : stem;
}

// FNV-1a, 32 bits, with a seed per kind of feature.
const FNV_PRIME = 0x01000193;
const SEED = {
  word: 0x811c9dc5,
  negated: 0x1b873593,
  bigram: 0xcc9e2d51,
  stem: 0x85ebca6b,
  char: 0xc2b2ae35,
  negatedChar: 0x165667b1,
  emoji: 0x27d4eb2f,
  aspect: 0x9e3779b9,
} as const;

function hash(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function hashPair(a: string, b: string): number {
  let h: number = SEED.bigram;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), FNV_PRIME);
  h = Math.imul(h ^ 32, FNV_PRIME);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Character n-grams (`min`..`max` characters) of `text`, hashed into `out`. */
function charGrams(text: string, min: number, max: number, mask: number, out: number[], seed: number = SEED.char as number): void {
  for (let start = 0; start < text.length; start++) {
    let h = seed;
    for (let len = 1; len <= max && start + len <= text.length; len++) {
      h = Math.imul(h ^ text.charCodeAt(start + len - 1), FNV_PRIME);
      if (len >= min) out.push((h >>> 0) & mask);
    }
  }
}

/**
 * Hashed feature indices (with repeats) of a tokenised review, each below 2^bits.
 * `negators`/`negationScope` come from the language pack, as the engine uses them.
 */
export function hashedFeatures(
  lang: AnalysisLanguage,
  tokens: readonly Token[],
  negators: ReadonlySet<string>,
  negationScope: number,
  bits: number,
  aspects?: ReadonlyMap<number, number>,
): number[] {
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  const chinese = lang === 'zh';
  let previous = '<s>';
  let negation = 0;
  let run = '';
  const flushRun = (): void => {
    if (run) charGrams(run, 1, 3, mask, out);
    run = '';
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'stop' || token.kind === 'comma') {
      negation = 0;
      if (token.kind === 'stop') previous = '<s>';
      flushRun();
      continue;
    }
    if (token.kind === 'emoji') {
      out.push(hash(token.text, SEED.emoji) & mask);
      continue;
    }
    if (token.kind !== 'word') continue;
    const word = token.text;
    const negated = negation > 0;
    const aspect = aspects?.get(i);
    if (aspect !== undefined) {
      // An adjective the word lists read by its noun ("cold beer" vs "cold soup"): one feature for
      // the word as read, and not its bare pieces, which would say "cold" either way.
      out.push(hash(`${negated ? '!' : ''}${aspect > 0 ? '+' : '-'}${word}`, SEED.aspect) & mask);
      out.push(hashPair(previous, word) & mask);
      previous = word;
      if (chinese) flushRun();
      if (negation > 0) negation--;
      continue;
    }
    out.push(hash(word, negated ? SEED.negated : SEED.word) & mask);
    out.push(hashPair(previous, word) & mask);
    previous = word;
    if (chinese) run += word;
    else {
      // A negated word's pieces are other features too: "not bad" must not read as "bad".
      charGrams(` ${word} `, 3, 5, mask, out, negated ? SEED.negatedChar : SEED.char);
      const stem = stemOf(lang, word);
      if (stem) out.push(hash(negated ? `!${stem}` : stem, SEED.stem) & mask);
    }
    if (negators.has(word)) negation = negationScope + 1;
    if (negation > 0) negation--;
  }
  flushRun();
  return out;
}
