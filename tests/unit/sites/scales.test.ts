/** Booking's ten points under the shared 1–5 figures, and its score words read from the page. */
import { describe, expect, it } from 'vitest';
import { tenPointAverageToStars, tenPointToStars } from '@/utils/sites/scales';
import { samplesFromBand, scoreWordFor } from '@/utils/sites/score-words';

describe('ten points to five stars', () => {
  it.each([
    [10, 5],
    [9, 4.5],
    [8, 4],
    [7.5, 4],
    [7, 3.5],
    [6, 3],
    [5, 2.5],
    [4, 2],
    [3, 1.5],
    [2, 1],
    [1, 1],
  ])('a review scored %s is %s★', (score, stars) => {
    expect(tenPointToStars(score)).toBe(stars);
  });

  it('keeps one decimal for a property average and refuses scores off the scale', () => {
    expect(tenPointAverageToStars(8.6)).toBe(4.3);
    expect(tenPointAverageToStars(9.1)).toBe(4.6);
    expect(tenPointAverageToStars(10)).toBe(5);
    expect(tenPointToStars(0)).toBeUndefined();
    expect(tenPointToStars(11)).toBeUndefined();
    expect(tenPointAverageToStars(Number.NaN)).toBeUndefined();
  });
});

describe("Booking's score words", () => {
  const english = [{ score: 8.6, word: 'Excellent' }, ...['Superb: 9+', 'Good: 7–9', 'Okay: 5–7', 'Poor: 3–5', 'Very Poor: 1–3'].flatMap(samplesFromBand)];

  it('reads the bands of the score filter in several languages', () => {
    expect(samplesFromBand('Superb: 9+')).toEqual([
      { score: 9, word: 'Superb' },
      { score: 10, word: 'Superb' },
    ]);
    expect(samplesFromBand('Gut: 7–9')).toEqual([
      { score: 7, word: 'Gut' },
      { score: 8.9, word: 'Gut' },
    ]);
    expect(samplesFromBand('Хорошо: 7–9')[0]).toEqual({ score: 7, word: 'Хорошо' });
    expect(samplesFromBand('All (1,284)')).toEqual([]);
  });

  it('names a score the way the page does, and only where the page leaves no doubt', () => {
    expect(scoreWordFor(9, english)).toBe('Superb');
    expect(scoreWordFor(9.5, english)).toBe('Superb');
    expect(scoreWordFor(7, english)).toBe('Good');
    expect(scoreWordFor(8.6, english)).toBe('Excellent');
    // 8 lies between "Good" (7–8.9) and the header's "Excellent" (8.6): the page does not say.
    expect(scoreWordFor(8, english)).toBeUndefined();
    expect(scoreWordFor(5, [{ score: 5, word: 'Disappointing' }])).toBe('Disappointing');
    expect(scoreWordFor(6, [])).toBeUndefined();
  });
});
