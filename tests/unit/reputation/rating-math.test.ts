import { describe, expect, it } from 'vitest';
import { ratingMath } from '@/utils/reputation/rating-math';

describe('rating math', () => {
  it('says what one more 1★ does to the displayed average', () => {
    expect(ratingMath(4.5, 40)?.afterOneStar).toBe(4.4);
    expect(ratingMath(4.5, 1000)?.afterOneStar).toBe(4.5);
    expect(ratingMath(5, 3)?.afterOneStar).toBe(4);
  });

  it('says how many 5★ reviews reach the next tenth', () => {
    // 4.4 from 100 reviews: (440 + 5k)/(100 + k) ≥ 4.45 ⇒ 0.55k ≥ 5 ⇒ k ≥ 9.1 ⇒ 10.
    expect(ratingMath(4.4, 100)).toMatchObject({ nextTenth: 4.5, fiveStarsToNextTenth: 10 });
    expect(ratingMath(3.9, 10)).toMatchObject({ nextTenth: 4, fiveStarsToNextTenth: 1 });
    // (5392.8 + 5k)/(1284 + k) ≥ 4.25 ⇒ 0.75k ≥ 64.2 ⇒ k ≥ 85.6 ⇒ 86.
    expect(ratingMath(4.2, 1284)).toMatchObject({ nextTenth: 4.3, fiveStarsToNextTenth: 86 });
    expect(ratingMath(5, 12)?.fiveStarsToNextTenth).toBeUndefined();
  });

  it('needs the site’s figures', () => {
    expect(ratingMath(undefined, 10)).toBeUndefined();
    expect(ratingMath(4.5, undefined)).toBeUndefined();
    expect(ratingMath(4.5, 0)).toBeUndefined();
  });
});
