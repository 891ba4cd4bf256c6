/**
 * What the next reviews do to the rating a site displays, from the site's own figures
 * (displayed rating and total count). Sites show one decimal and round half up, so the true
 * average behind a displayed 4.5 lies in [4.45, 4.55); the estimate uses the displayed value.
 */

export interface RatingMath {
  rating: number;
  count: number;
  /** The displayed rating after one more 1★ review. */
  afterOneStar: number;
  /** How many 5★ reviews (in a row) lift the displayed rating to the next tenth; undefined at 5.0. */
  fiveStarsToNextTenth?: number;
  nextTenth?: number;
}

const round1 = (value: number): number => Math.round(value * 10 + 1e-9) / 10;

export function ratingMath(rating: number | undefined, count: number | undefined): RatingMath | undefined {
  if (rating === undefined || count === undefined || count < 1 || rating < 1 || rating > 5) return undefined;
  const sum = rating * count;
  const afterOneStar = round1((sum + 1) / (count + 1));
  if (rating >= 5) return { rating, count, afterOneStar };
  const nextTenth = round1(Math.floor(rating * 10 + 1e-9) / 10 + 0.1);
  // Displayed as nextTenth once the average reaches nextTenth − 0.05.
  const threshold = nextTenth - 0.05;
  const k = Math.max(1, Math.ceil((count * (threshold - rating)) / (5 - threshold) - 1e-9));
  return { rating, count, afterOneStar, fiveStarsToNextTenth: k, nextTenth };
}
