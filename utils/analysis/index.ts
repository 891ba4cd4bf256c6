/**
 * The one analysis call the background uses: review text (+ title, stars, language hint) in,
 * language, sentiment, label, themes and a stars/text contradiction flag out. Pure and
 * synchronous; it runs entirely on the device.
 */
import Sentiment from 'sentiment';
import type { AnalysisInput, ReviewAnalysis, SentimentLabel } from './types';

export const ANALYSIS_VERSION = 1;

const engine = new Sentiment();

function labelOf(score: number, hits: number): SentimentLabel {
  if (hits === 0) return 'none';
  if (score >= 0.1) return 'positive';
  if (score <= -0.1) return 'negative';
  return 'neutral';
}

export function analyzeReview(input: AnalysisInput): ReviewAnalysis {
  const text = [input.title, input.text].filter(Boolean).join('. ');
  const result = engine.analyze(text);
  const hits = result.positive.length + result.negative.length;
  // Squash the unbounded AFINN sum into −1..1; 15 keeps one mild word well below ±0.5.
  const score = hits === 0 ? 0 : result.score / Math.sqrt(result.score * result.score + 15);
  const label = labelOf(score, hits);
  const contradiction =
    input.rating !== undefined && ((input.rating >= 4 && label === 'negative') || (input.rating <= 2 && label === 'positive'));
  const lang = (input.langHint ?? 'en').slice(0, 2).toLowerCase() === 'en' ? 'en' : 'und';
  return { lang, score: Math.round(score * 1000) / 1000, label, themes: [], contradiction, version: ANALYSIS_VERSION };
}
