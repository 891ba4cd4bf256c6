/**
 * The learned half of the urgent detector: beside the trigger phrases (./urgent.ts), a small
 * one-vs-rest logistic regression per category over hashed features of the text, shared by the
 * six languages, trained by `npm run train:urgent` (tests/tools/train-urgent.ts) and shipped as
 * sparse int8 weights (./urgent-weights.ts). It finds urgent reviews the phrases miss ("the
 * driver's hand was all over my leg", "they kept the deposit and stopped answering") and can
 * overrule a phrase the rest of the text contradicts. Its evidence is the sentence that weighs
 * most for the category, in the review's own words.
 *
 * Features: words, Snowball stems (ru/de/fr/es/en), stem bigrams, character 4-grams of long
 * words (compounds: "Lebensmittelvergiftung"), words a negator reaches marked as negated; for
 * Chinese character 2- and 3-grams. Pure and synchronous; about one hash per feature.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { STEMMERS } from './model/features';
import { conceptFeatures, sentenceBits } from './urgent-concepts';
import { URGENT_CATEGORIES, URGENT_EVIDENCE_LENGTH, type AnalysisLanguage, type UrgentCategory, type UrgentSignal } from './types';
import { URGENT_WEIGHTS, type UrgentWeights } from './urgent-weights';

const stemmers = new Map<AnalysisLanguage, Stemmer>();

function stemmerFor(lang: AnalysisLanguage): Stemmer | undefined {
  const algorithm = STEMMERS[lang];
  if (!algorithm) return undefined;
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    stemmer = newStemmer(algorithm);
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

const stemCache = new Map<string, string>();

function stemOf(stemmer: Stemmer, lang: AnalysisLanguage, word: string): string {
  const key = lang + word;
  let stem = stemCache.get(key);
  if (stem === undefined) {
    stem = stemmer.stem(word);
    // Reviews reuse a small vocabulary; the cache is bounded all the same.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(key, stem);
  }
  return stem;
}

/** Words after which the next three words are negated ("no bugs", "никаких тараканов", "keine Kakerlaken"). */
const NEGATORS = new Set(
  'not no never nobody none nothing without nor didn didnt don dont wasn wasnt isn isnt weren won wouldn couldn не нет ни никто ничего никаких никакой никогда без no nunca nadie ningún ninguna ninguno ni sin nada nicht kein keine keinen keiner keinem nie niemand ohne nichts ne pas jamais aucun aucune personne rien sans'.split(
    ' ',
  ),
);
const ZH_NEGATORS = ['没有', '没', '不', '无', '未', '别'];

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}+/gu;

/**
 * The hashed features of one piece of text (a sentence or the whole review), as distinct bucket
 * indices (a text that repeats itself weighs no more than once), and the review's stars when given.
 */
export function urgentFeatures(text: string, lang: AnalysisLanguage, bits: number, stars?: number): number[] {
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  const add = (feature: string) => out.push(hash(feature) & mask);
  const lower = text.toLowerCase();
  const stemmer = stemmerFor(lang);
  let previous = '';
  let negatedFor = 0;
  for (const m of lower.matchAll(WORD)) {
    const word = m[0];
    if (/^\p{Script=Han}/u.test(word)) continue;
    const stem = stemmer && word.length >= 4 ? stemOf(stemmer, lang, word) : word;
    add(`w:${word}`);
    if (stem !== word) add(`s:${stem}`);
    if (previous) add(`b:${previous} ${stem}`);
    if (negatedFor > 0) {
      add(`n:${stem}`);
      negatedFor--;
    }
    if (word.length >= 7) for (let i = 0; i + 4 <= word.length; i++) add(`c:${word.slice(i, i + 4)}`);
    if (NEGATORS.has(word)) negatedFor = 3;
    previous = stem;
  }
  for (const m of lower.matchAll(HAN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      if (i + 2 <= run.length) add(`z:${run.slice(i, i + 2)}`);
      if (i + 3 <= run.length) add(`z:${run.slice(i, i + 3)}`);
    }
    // A negator just before a two-character word: that word is negated ("没有蟑螂").
    for (const negator of ZH_NEGATORS) {
      for (let at = run.indexOf(negator); at >= 0; at = run.indexOf(negator, at + 1)) {
        const after = run.slice(at + negator.length, at + negator.length + 2);
        if (after.length === 2) add(`n:${after}`);
      }
    }
  }
  for (const feature of sentenceConcepts(lower, lang)) add(feature);
  if (stars !== undefined && Number.isFinite(stars)) add(`*:${Math.round(stars)}`);
  return [...new Set(out)];
}

/** Per sentence, the concepts its words belong to and the pairs that meet in it (./urgent-concepts). */
function sentenceConcepts(lower: string, lang: AnalysisLanguage): string[] {
  const out: string[] = [];
  for (const m of lower.matchAll(SENTENCE)) {
    const bits = sentenceBits(m[0], lang);
    if (bits) out.push(...conceptFeatures(bits));
  }
  return out;
}

export interface LoadedUrgentModel {
  weights: UrgentWeights;
  /** One dense int8 table of 2^bits per category, in `URGENT_CATEGORIES` order. */
  tables: Int8Array[];
}

let loaded: LoadedUrgentModel | undefined;

/** Sparse weights: per category, base64 of (varint index gap, int8 weight) pairs. */
export function decodeSparse(base64: string, size: number): Int8Array {
  const bytes = atob(base64);
  const table = new Int8Array(size);
  let index = -1;
  for (let i = 0; i < bytes.length;) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes.charCodeAt(i++);
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80 && i < bytes.length);
    index += gap;
    if (index >= size) throw new Error('urgent weights: index out of range');
    table[index] = (bytes.charCodeAt(i++) << 24) >> 24;
  }
  return table;
}

export function urgentModel(weights: UrgentWeights = URGENT_WEIGHTS): LoadedUrgentModel {
  if (weights === URGENT_WEIGHTS && loaded) return loaded;
  const size = 1 << weights.bits;
  const model = { weights, tables: weights.sparse.map((s) => decodeSparse(s, size)) };
  if (weights === URGENT_WEIGHTS) loaded = model;
  return model;
}

/** Per category, the log-odds that the review is urgent in that category (before its threshold); `rule` is what the phrases found. */
export function urgentLogits(model: LoadedUrgentModel, features: readonly number[], rule: UrgentCategory | undefined): number[] {
  const { weights, tables } = model;
  const value = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  return URGENT_CATEGORIES.map((category, c) => {
    let sum = 0;
    const table = tables[c]!;
    for (const index of features) sum += table[index]!;
    const ruleWeights = weights.rule[c]!;
    const ruleTerm = rule === undefined ? ruleWeights[0]! : ruleWeights[1 + URGENT_CATEGORIES.indexOf(rule)]!;
    return weights.bias[c]! + ruleTerm + weights.scale * sum * value;
  });
}

/** Sentence ends (and line breaks) in the six languages. */
const SENTENCE = /[^.!?。！？…\n]+[.!?。！？…]*/gu;

/** The review's sentences, trimmed, as written. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (sentence) out.push(sentence);
  }
  return out;
}

/**
 * The review's own words that weigh most for `category`: the sentence with the highest score,
 * cut at a word edge to the evidence length.
 */
export function modelEvidence(model: LoadedUrgentModel, text: string, lang: AnalysisLanguage, category: UrgentCategory): string {
  const table = model.tables[URGENT_CATEGORIES.indexOf(category)]!;
  let best = '';
  let bestScore = -Infinity;
  for (const sentence of sentencesOf(text)) {
    let sum = 0;
    for (const index of urgentFeatures(sentence, lang, model.weights.bits)) sum += table[index]!;
    if (sum > bestScore) {
      bestScore = sum;
      best = sentence;
    }
  }
  return cutEvidence(best || text.trim());
}

/** A sentence cut at a word edge to the evidence length. */
export function cutEvidence(sentence: string): string {
  const max = URGENT_EVIDENCE_LENGTH;
  if (sentence.length <= max) return sentence;
  const space = sentence.lastIndexOf(' ', max);
  return (space > max / 2 ? sentence.slice(0, space) : sentence.slice(0, max)).replace(/[\s,，:：;—–-]+$/u, '');
}

/**
 * What the model alone finds, for a review the phrases left unmarked: among the categories whose
 * log-odds is above that category's threshold (chosen by cross-validation so that ordinary reviews
 * are rarely flagged), the one furthest above it, with the sentence that weighs most for it.
 */
export function modelUrgent(text: string, lang: AnalysisLanguage, model: LoadedUrgentModel = urgentModel(), stars?: number): UrgentSignal | undefined {
  if (model.weights.sentences) return sentenceUrgent(text, lang, model, stars);
  const logits = urgentLogits(model, urgentFeatures(text, lang, model.weights.bits, stars), undefined);
  const margins = logits.map((z, c) => z - model.weights.thresholds[c]!);
  let best = 0;
  for (let c = 1; c < margins.length; c++) if (margins[c]! > margins[best]!) best = c;
  if (!(margins[best]! > 0)) return undefined;
  const category = URGENT_CATEGORIES[best]!;
  return { category, evidence: modelEvidence(model, text, lang, category) };
}

/**
 * Per category, the highest log-odds over the review's sentences (each read with the review's stars),
 * and the sentence it came from: for a model trained on incident sentences (`weights.sentences`).
 */
export function sentenceLogits(model: LoadedUrgentModel, sentences: readonly (readonly number[])[]): { logits: number[]; best: number[] } {
  const logits = URGENT_CATEGORIES.map(() => -Infinity);
  const best = URGENT_CATEGORIES.map(() => -1);
  sentences.forEach((features, i) => {
    const z = urgentLogits(model, features, undefined);
    z.forEach((v, c) => {
      if (v > logits[c]!) {
        logits[c] = v;
        best[c] = i;
      }
    });
  });
  return { logits, best };
}

function sentenceUrgent(text: string, lang: AnalysisLanguage, model: LoadedUrgentModel, stars?: number): UrgentSignal | undefined {
  const sentences = sentencesOf(text);
  const { logits, best } = sentenceLogits(
    model,
    sentences.map((s) => urgentFeatures(s, lang, model.weights.bits, stars)),
  );
  let top = -1;
  let margin = 0;
  logits.forEach((z, c) => {
    if (z - model.weights.thresholds[c]! > margin) {
      margin = z - model.weights.thresholds[c]!;
      top = c;
    }
  });
  if (top < 0) return undefined;
  return { category: URGENT_CATEGORIES[top]!, evidence: cutEvidence(sentences[best[top]!]!) };
}
