import { describe, expect, it } from 'vitest';
import { bucketsFromReviews } from '@/utils/reputation/buckets';
import { bandOf, computeScore, ratingDrop, scoreInputFromReviews, weightedStars, type ScoredReview } from '@/utils/reputation/score';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

const r = (rating: number, daysAgo: number, extra: Partial<ScoredReview> = {}): ScoredReview => ({
  rating,
  sentiment: rating >= 4 ? 0.7 : rating <= 2 ? -0.7 : 0,
  negative: rating <= 2,
  at: NOW - daysAgo * DAY,
  replied: false,
  ...extra,
});

describe('reputation score', () => {
  it('gives a business of recent, replied-to five-star reviews a green score near the top', () => {
    const reviews = Array.from({ length: 20 }, (_, i) => r(5, i * 5 + 1, { sentiment: 0.8 }));
    const score = computeScore(scoreInputFromReviews(reviews, { snapshots: [], siteRating: 4.9, now: NOW }));
    expect(score.score).toBeGreaterThanOrEqual(95);
    expect(score.band).toBe('green');
  });

  it('explains every lost point: stars, sentiment, a burst of negatives, unanswered ones, a falling rating', () => {
    const reviews = [r(1, 1), r(2, 2), r(1, 5), r(2, 10), r(5, 40), r(4, 60), r(5, 90)];
    const snapshots = [
      { capturedAt: NOW - 40 * DAY, rating: 4.4 },
      { capturedAt: NOW - 1 * DAY, rating: 4.1 },
    ];
    const score = computeScore(scoreInputFromReviews(reviews, { snapshots, siteRating: 4.1, now: NOW }));
    const byCode = Object.fromEntries(score.reasons.map((x) => [x.code, x]));
    expect(byCode.velocity?.figures).toEqual({ week: 3, month: 4, weekDays: 7, monthDays: 30 });
    expect(byCode.velocity?.points).toBe(14); // 3 in 7 days × 4 + 1 more in 30 days × 1.5 = 13.5 (cap 15)
    // Negatives 1 and 2 days old are not yet overdue; those 5 and 10 days old are.
    expect(byCode.unanswered?.figures).toEqual({ count: 2, days: 3 });
    expect(byCode.unanswered?.points).toBe(5);
    // The two visits compared are 39 days apart: the text says so, as the risk's "rating fell" does.
    expect(byCode.trend?.figures).toEqual({ drop: 0.3, days: 39 });
    expect(byCode.trend?.points).toBe(5); // 0.3★ × 25 per star = 7.5, capped at 5
    expect(score.reasons.map((x) => x.points)).toEqual([...score.reasons.map((x) => x.points)].sort((a, b) => b - a));
    const lost = score.reasons.reduce((sum, x) => sum + x.points, 0);
    expect(Math.abs(100 - lost - score.score)).toBeLessThanOrEqual(2); // rounding of each reason
    expect(score.band).toBe('red');
  });

  it('is deterministic for a fixed now and moves with time', () => {
    const reviews = [r(1, 1), r(5, 3)];
    const a = computeScore(scoreInputFromReviews(reviews, { snapshots: [], now: NOW }));
    const b = computeScore(scoreInputFromReviews(reviews, { snapshots: [], now: NOW }));
    expect(a).toEqual(b);
    const later = computeScore(scoreInputFromReviews(reviews, { snapshots: [], now: NOW + 40 * DAY }));
    expect(later.reasons.find((x) => x.code === 'velocity')).toBeUndefined();
    expect(later.score).toBeGreaterThan(a.score);
  });

  it('smooths a handful of reviews toward the site rating', () => {
    expect(weightedStars(bucketsFromReviews([r(1, 0)]), 4.5, NOW)).toBeCloseTo((1 + 5 * 4.5) / 6, 5);
    expect(weightedStars([], undefined, NOW)).toBeCloseTo(3.8, 5);
    // An old review weighs half after 180 days.
    expect(weightedStars(bucketsFromReviews([r(5, 180)]), 1, NOW)).toBeCloseTo((0.5 * 5 + 5 * 1) / 5.5, 5);
  });

  it('reads the 30-day rating change from snapshots', () => {
    expect(ratingDrop([], NOW)).toBe(0);
    expect(ratingDrop([{ capturedAt: NOW - 2 * DAY, rating: 4.5 }], NOW)).toBe(0);
    expect(
      ratingDrop(
        [
          { capturedAt: NOW - 60 * DAY, rating: 4.6 },
          { capturedAt: NOW - 31 * DAY, rating: 4.5 },
          { capturedAt: NOW, rating: 4.2 },
        ],
        NOW,
      ),
    ).toBeCloseTo(0.3, 5);
    expect(
      ratingDrop(
        [
          { capturedAt: NOW - 31 * DAY, rating: 4.0 },
          { capturedAt: NOW, rating: 4.3 },
        ],
        NOW,
      ),
    ).toBe(0);
  });

  it('uses the peers’ bands', () => {
    expect([0, 45, 46, 75, 76, 100].map(bandOf)).toEqual(['red', 'red', 'yellow', 'yellow', 'green', 'green']);
  });
});
