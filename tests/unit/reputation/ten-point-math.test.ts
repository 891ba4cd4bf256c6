/** Rating math on Booking's own scale: one more 1/10, and how many 10/10 reach the next tenth. */
import { describe, expect, it } from 'vitest';
import { ratingMath, siteRatingMath } from '@/utils/reputation/rating-math';

describe('rating math on ten points', () => {
  it('works on the site score, not on the derived stars', () => {
    const math = siteRatingMath({ rating: 4.3, reviewCount: 1284, siteScore: 8.6, scale: 10 })!;
    // (8.6 × 1,284 + 1) / 1,285 = 8.594 → still 8.6; 10/10 reviews needed: (8.65 − 8.6) × 1,284 / (10 − 8.65) = 47.6 → 48.
    expect(math).toEqual({ rating: 8.6, count: 1284, afterOneStar: 8.6, fiveStarsToNextTenth: 48, nextTenth: 8.7, scale: 10 });
  });

  it('shows a small property falling with one more 1/10', () => {
    // (9.1 × 20 + 1) / 21 = 8.71; two 10/10 give (182 + 20) / 22 = 9.18, shown as 9.2.
    expect(ratingMath(9.1, 20, 10)).toMatchObject({ afterOneStar: 8.7, fiveStarsToNextTenth: 2, nextTenth: 9.2, scale: 10 });
    expect(ratingMath(10, 12, 10)).toEqual({ rating: 10, count: 12, afterOneStar: 9.3, scale: 10 });
  });

  it('leaves five-star sites as they were', () => {
    expect(siteRatingMath({ rating: 4.3, reviewCount: 122 })).toEqual(ratingMath(4.3, 122));
    expect(ratingMath(4.3, 122)!.scale).toBeUndefined();
    expect(ratingMath(6, 10)).toBeUndefined();
  });
});
