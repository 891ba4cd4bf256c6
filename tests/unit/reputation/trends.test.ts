import { describe, expect, it } from 'vitest';
import { bucketsFromReviews } from '@/utils/reputation/buckets';
import { DAY } from '@/utils/time';
import { trendSeries } from '@/utils/reputation/trends';

const NOW = Date.UTC(2026, 10, 20, 12);

describe('trend series', () => {
  const reviews = [
    { at: NOW - 1 * DAY, rating: 5, sentiment: 0.8, negative: false },
    { at: NOW - 1 * DAY, rating: 1, sentiment: -0.6, negative: true },
    { at: NOW - 10 * DAY, rating: 4, negative: false },
    { at: NOW - 100 * DAY, rating: 2, sentiment: -0.4, negative: true },
  ];
  const snapshots = [
    { capturedAt: NOW - 200 * DAY, rating: 4.6 },
    { capturedAt: NOW - 5 * DAY, rating: 4.4 },
  ];

  it('has one point per day for 30, 90 and 365 days, ending today', () => {
    for (const range of [30, 90, 365] as const) {
      const series = trendSeries(bucketsFromReviews(reviews), snapshots, range, NOW);
      expect(series).toHaveLength(range);
      expect(series.at(-1)!.day).toBe(Math.floor(NOW / DAY) * DAY);
      expect(series[1]!.day - series[0]!.day).toBe(DAY);
    }
  });

  it('counts reviews and negatives per day, averages stars and sentiment, carries the rating forward', () => {
    const series = trendSeries(bucketsFromReviews(reviews), snapshots, 30, NOW);
    const yesterday = series.at(-2)!;
    expect(yesterday).toEqual({ day: yesterday.day, rating: 4.4, stars: 3, sentiment: 0.1, volume: 2, negatives: 1, rated: 2, withSentiment: 2 });
    expect(series[0]!.rating).toBe(4.6);
    expect(series.at(-11)).toMatchObject({ stars: 4, volume: 1, negatives: 0 });
    expect(series.at(-11)!.sentiment).toBeUndefined();
    expect(series.reduce((n, p) => n + p.volume, 0)).toBe(3);
    expect(trendSeries(bucketsFromReviews(reviews), snapshots, 365, NOW).reduce((n, p) => n + p.negatives, 0)).toBe(2);
  });
});
