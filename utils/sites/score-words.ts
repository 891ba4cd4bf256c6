/**
 * Booking.com names its scores ("Superb", "Very good", "Disappointing"), and the words and
 * their thresholds differ by language and have changed over the years (8.6 was "Fabulous",
 * then "Excellent"). So the words are never hard-coded: they are read from the page — the
 * property's header, cards that show one, the score filter's bands — and a score the page shows
 * without a word takes one only where the page's own words leave no doubt. Pure.
 */

export interface ScoreWordSample {
  score: number;
  word: string;
}

function clean(word: string): string {
  return word.replace(/\s+/g, ' ').trim();
}

/**
 * The word the page would show for `score`: the word shown for that very score, or the word of
 * the nearest lower and nearest higher samples when both are the same word (the score lies
 * inside that word's band). Undefined when the page leaves it open.
 */
export function scoreWordFor(score: number, samples: readonly ScoreWordSample[]): string | undefined {
  let below: ScoreWordSample | undefined;
  let above: ScoreWordSample | undefined;
  for (const sample of samples) {
    if (!Number.isFinite(sample.score) || !clean(sample.word)) continue;
    if (sample.score === score) return clean(sample.word);
    if (sample.score < score && (!below || sample.score > below.score)) below = sample;
    if (sample.score > score && (!above || sample.score < above.score)) above = sample;
  }
  if (below && above && clean(below.word).toLowerCase() === clean(above.word).toLowerCase()) return clean(below.word);
  return undefined;
}

/**
 * Bands from a score filter ("Superb: 9+", "Good: 7–9", "Sehr gut: 8+", "Хорошо: 7–9"): each
 * gives two samples, its lower and its upper bound (the upper one just below the next band).
 */
export function samplesFromBand(label: string): ScoreWordSample[] {
  const match = /^\s*([^\d:：(]{2,40}?)\s*[:：(]?\s*(\d{1,2}(?:[.,]\d)?)\s*(?:\+|(?:[–—-]|to|bis|à|a|до)\s*(\d{1,2}(?:[.,]\d)?))\s*\)?\s*$/i.exec(label);
  if (!match) return [];
  const word = clean(match[1]!);
  const low = Number(match[2]!.replace(',', '.'));
  const high = match[3] === undefined ? 10 : Number(match[3].replace(',', '.')) - 0.1;
  if (!(low >= 1 && low <= 10 && high >= low && high <= 10)) return [];
  return [
    { score: low, word },
    { score: Math.round(high * 10) / 10, word },
  ];
}
