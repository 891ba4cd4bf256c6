/**
 * Learning from the owner's own stars (issue 14, point 3) — the pure learner. The store keeps one
 * per business (`utils/store/star-learning.ts`, schema version 4), and `analyzeReview` uses it for
 * reviews without stars and 3★ reviews.
 *
 * Per language, an online logistic regression over the learned model's hashed features (a small
 * table of 2^ADAPT_BITS weights: bounded memory whatever the number of reviews), fitted to the
 * residual of the shipped model: the adapted log-odds are the model's plus this layer's. It learns
 * from 1–2★ (negative) and 4–5★ (positive) reviews, never 3★, and speaks only once a language has
 * ADAPT_MIN_REVIEWS of them. The state is plain JSON.
 */
import { readWithWordLists } from './index';
import { modelLogit } from './model';
import { hashedFeatures } from './model/features';
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from './types';

export const ADAPT_BITS = 12;
export const ADAPT_MIN_REVIEWS = 150;
const RATE = 0.5;
const L2 = 1e-4;

interface LanguageState {
  /** Star-rated reviews learned from. */
  count: number;
  weights: Float32Array;
}

/** What is stored: per language, the count and the weights as base64 of Float32. */
export interface AdaptState {
  version: 1;
  languages: Partial<Record<AnalysisLanguage, { count: number; weights: string }>>;
}

interface Read {
  lang: AnalysisLanguage;
  logit: number;
  features: number[];
}

function read(text: string, lang: AnalysisLanguage): Read {
  const { tokens, result, pack } = readWithWordLists(text, lang);
  const logit = modelLogit(lang, tokens, result, pack.negators, pack.pack.negationScope);
  const features = hashedFeatures(lang, tokens, pack.negators, pack.pack.negationScope, ADAPT_BITS, result.signals.aspects);
  return { lang, logit, features };
}

export class StarLearner {
  private readonly languages = new Map<AnalysisLanguage, LanguageState>();

  static fromJSON(state: AdaptState): StarLearner {
    const learner = new StarLearner();
    if (state.version !== 1) return learner;
    for (const lang of ANALYSIS_LANGUAGES) {
      const saved = state.languages[lang];
      if (!saved) continue;
      const bytes = Uint8Array.from(atob(saved.weights), (c) => c.charCodeAt(0));
      if (bytes.length !== 4 << ADAPT_BITS) continue;
      learner.languages.set(lang, { count: saved.count, weights: new Float32Array(bytes.buffer) });
    }
    return learner;
  }

  toJSON(): AdaptState {
    const languages: AdaptState['languages'] = {};
    for (const [lang, state] of this.languages) {
      const bytes = new Uint8Array(state.weights.buffer, state.weights.byteOffset, state.weights.byteLength);
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      languages[lang] = { count: state.count, weights: btoa(binary) };
    }
    return { version: 1, languages };
  }

  /** Reviews learned from in a language. */
  count(lang: AnalysisLanguage): number {
    return this.languages.get(lang)?.count ?? 0;
  }

  ready(lang: AnalysisLanguage): boolean {
    return this.count(lang) >= ADAPT_MIN_REVIEWS;
  }

  /** Learns from one review with stars; 3★ and unsupported languages are left out. Returns whether it learned. */
  learn(text: string, lang: AnalysisLanguage | 'und', stars: number): boolean {
    if (lang === 'und' || !text.trim() || stars === 3 || stars < 1 || stars > 5) return false;
    const y = stars >= 4 ? 1 : 0;
    const r = read(text, lang);
    let state = this.languages.get(lang);
    if (!state) {
      state = { count: 0, weights: new Float32Array(1 << ADAPT_BITS) };
      this.languages.set(lang, state);
    }
    const value = r.features.length > 0 ? 1 / Math.sqrt(r.features.length) : 0;
    let z = r.logit;
    for (const f of r.features) z += state.weights[f]! * value;
    const g = 1 / (1 + Math.exp(-z)) - y;
    for (const f of r.features) state.weights[f] = state.weights[f]! - RATE * (g * value + L2 * state.weights[f]!);
    state.count++;
    return true;
  }

  /** The adapted log-odds that a review is positive, or undefined while the language is not ready. */
  logit(text: string, lang: AnalysisLanguage | 'und'): number | undefined {
    if (lang === 'und' || !this.ready(lang)) return undefined;
    const state = this.languages.get(lang)!;
    const r = read(text, lang);
    const value = r.features.length > 0 ? 1 / Math.sqrt(r.features.length) : 0;
    let z = r.logit;
    for (const f of r.features) z += state.weights[f]! * value;
    return z;
  }
}
