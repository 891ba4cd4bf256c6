/**
 * What the next reviews do to the rating a site displays, from the site's own figures
 * (displayed rating and total count). Sites show one decimal and round half up, so the true
 * average behind a displayed 4.5 lies in [4.45, 4.55); the estimate uses the displayed value.
 * On a 10-point site (Booking: 8.6 from 1,284) the same math runs on its own scale: one more
 * lowest score is a 1, the top score a 10.
 */

export interface RatingMath {
  rating: number;
  count: number;
  /** The displayed rating after one more 1★ review. */
  afterOneStar: number;
  /** How many 5★ reviews (in a row) lift the displayed rating to the next tenth; undefined at 5.0. */
  fiveStarsToNextTenth?: number;
  nextTenth?: number;
  /** The site's scale when it is not five stars (10 on Booking); the figures above are on it. */
  scale?: number;
}

const round1 = (value: number): number => Math.round(value * 10 + 1e-9) / 10;

export function ratingMath(rating: number | undefined, count: number | undefined, scale = 5): RatingMath | undefined {
  if (rating === undefined || count === undefined || count < 1 || rating < 1 || rating > scale) return undefined;
  const sum = rating * count;
  const afterOneStar = round1((sum + 1) / (count + 1));
  const onScale = scale === 5 ? {} : { scale };
  if (rating >= scale) return { rating, count, afterOneStar, ...onScale };
  const nextTenth = round1(Math.floor(rating * 10 + 1e-9) / 10 + 0.1);
  // Displayed as nextTenth once the average reaches nextTenth − 0.05.
  const threshold = nextTenth - 0.05;
  const k = Math.max(1, Math.ceil((count * (threshold - rating)) / (scale - threshold) - 1e-9));
  return { rating, count, afterOneStar, fiveStarsToNextTenth: k, nextTenth, ...onScale };
}

/** The math on the figures the site itself shows: its own score and scale when it has one (Booking), else its stars. */
export function siteRatingMath(business: { rating?: number; reviewCount?: number; siteScore?: number; scale?: number }): RatingMath | undefined {
  if (business.scale === 10 && business.siteScore !== undefined) return ratingMath(business.siteScore, business.reviewCount, 10);
  return ratingMath(business.rating, business.reviewCount);
}
