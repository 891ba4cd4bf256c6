/**
 * The learned model beside the word lists: per language, a logistic regression over hashed
 * n-grams (./features.ts) stacked on the engine's own signals, trained by
 * `npm run train:sentiment` (tests/tools/train-sentiment.ts) and shipped as int8 weights in
 * ./weights/<lang>.ts — imported statically, since a service worker has no dynamic import or fetch.
 */
import type { EngineResult, Token } from '../engine';
import type { AnalysisLanguage } from '../types';
import { denseFeatures, hashedFeatures, DENSE_FEATURES } from './features';
import { weights as de } from './weights/de';
import { weights as en } from './weights/en';
import { weights as es } from './weights/es';
import { weights as fr } from './weights/fr';
import { weights as ru } from './weights/ru';
import { weights as zh } from './weights/zh';

/** What a weights module holds (written by the training script). */
export interface ModelWeights {
  lang: AnalysisLanguage;
  /** Hashed features fall into 2^bits buckets. */
  bits: number;
  bias: number;
  /** One weight per dense (engine) feature. */
  dense: readonly number[];
  /** Stored weight = round(weight / scale), an integer in −WEIGHT_LEVELS..WEIGHT_LEVELS. */
  scale: number;
  /** The 2^bits stored weights, one WEIGHT_ALPHABET character each. */
  hashed: string;
}

export interface LoadedModel {
  weights: ModelWeights;
  table: Int8Array;
}

export const MODEL_WEIGHTS: Record<AnalysisLanguage, ModelWeights> = { en, ru, zh, es, de, fr };
const loaded = new Map<AnalysisLanguage, LoadedModel>();

/**
 * One character per weight: the character at index `WEIGHT_LEVELS + w` stands for `w`. A weight a
 * character (not base64 of bytes) lets gzip code the common small weights in a few bits each: the
 * six tables weigh about 110 KB gzipped instead of 195 KB. No character needs escaping in a string.
 */
export const WEIGHT_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
export const WEIGHT_LEVELS = (WEIGHT_ALPHABET.length - 2) / 2;

export function encodeWeights(table: Int8Array): string {
  let out = '';
  for (const w of table) {
    if (w < -WEIGHT_LEVELS || w > WEIGHT_LEVELS) throw new Error(`model weights: ${w} is outside ±${WEIGHT_LEVELS}`);
    out += WEIGHT_ALPHABET[WEIGHT_LEVELS + w];
  }
  return out;
}

export function decodeWeights(encoded: string, size: number): Int8Array {
  if (encoded.length !== size) throw new Error(`model weights: ${encoded.length} weights, expected ${size}`);
  const value = new Int8Array(128).fill(127);
  for (let i = 0; i < WEIGHT_ALPHABET.length - 1; i++) value[WEIGHT_ALPHABET.charCodeAt(i)] = i - WEIGHT_LEVELS;
  const table = new Int8Array(size);
  for (let i = 0; i < size; i++) {
    const w = value[encoded.charCodeAt(i) & 127]!;
    if (w === 127 || encoded.charCodeAt(i) > 127) throw new Error(`model weights: unknown character at ${i}`);
    table[i] = w;
  }
  return table;
}

/** The decoded model of a language (decoded once, on first use). */
export function modelFor(lang: AnalysisLanguage): LoadedModel {
  let model = loaded.get(lang);
  if (!model) {
    const weights = MODEL_WEIGHTS[lang];
    if (weights.dense.length !== DENSE_FEATURES)
      throw new Error(`model weights for ${lang}: ${weights.dense.length} dense weights, expected ${DENSE_FEATURES}`);
    model = { weights, table: decodeWeights(weights.hashed, 1 << weights.bits) };
    loaded.set(lang, model);
  }
  return model;
}

/** Log-odds that the review is positive. */
export function modelLogit(
  lang: AnalysisLanguage,
  tokens: readonly Token[],
  result: EngineResult,
  negators: ReadonlySet<string>,
  negationScope: number,
): number {
  const { weights, table } = modelFor(lang);
  const dense = denseFeatures(result, tokens.length);
  let z = weights.bias;
  for (let i = 0; i < DENSE_FEATURES; i++) z += weights.dense[i]! * dense[i]!;
  const hashed = hashedFeatures(lang, tokens, negators, negationScope, weights.bits, result.signals.aspects);
  if (hashed.length > 0) {
    let sum = 0;
    for (const index of hashed) sum += table[index]!;
    z += (weights.scale * sum) / Math.sqrt(hashed.length);
  }
  return z;
}
