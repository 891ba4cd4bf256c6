import { describe, expect, it } from 'vitest';
import { bucketsFromReviews } from '@/utils/reputation/buckets';
import { DAY } from '@/utils/time';
import { trendSeries } from '@/utils/reputation/trends';
import { chartModel, CHART_SIZE } from '@/utils/views/chart';

const NOW = Date.UTC(2026, 10, 20, 12);
const reviews = [
  { at: NOW - 1 * DAY, rating: 1, sentiment: -0.8, negative: true },
  { at: NOW - 1 * DAY, rating: 2, sentiment: -0.4, negative: true },
  { at: NOW - 3 * DAY, rating: 5, sentiment: 0.9, negative: false },
  { at: NOW - 40 * DAY, rating: 4, sentiment: 0.5, negative: false },
  { at: NOW - 200 * DAY, rating: 5, negative: false },
];
const snapshots = [
  { capturedAt: NOW - 50 * DAY, rating: 4.6 },
  { capturedAt: NOW - 2 * DAY, rating: 4.4 },
];

describe('trend chart geometry', () => {
  it('draws a bar per day for a month, with the negatives in their own part, scaled to the busiest day', () => {
    const model = chartModel(trendSeries(bucketsFromReviews(reviews), snapshots, 30, NOW), 30);
    expect(model.bars).toHaveLength(30);
    const yesterday = model.bars.at(-2)!;
    expect(yesterday).toMatchObject({ volume: 2, negatives: 2 });
    expect(yesterday.height).toBeCloseTo(CHART_SIZE.height - model.barsTop, 5);
    expect(yesterday.negativeHeight).toBeCloseTo(yesterday.height, 5);
    expect(model.bars.at(-4)).toMatchObject({ volume: 1, negatives: 0 });
    expect(model.totals).toMatchObject({ volume: 3, negatives: 2, stars: 2.7, ratingFrom: 4.6, ratingTo: 4.4 });
  });

  it('groups a year into weekly bars, newest whole, and covers every review of the year', () => {
    const model = chartModel(trendSeries(bucketsFromReviews(reviews), snapshots, 365, NOW), 365);
    expect(model.bars).toHaveLength(53);
    expect(model.bars.reduce((n, b) => n + b.volume, 0)).toBe(5);
    expect(model.bars.at(-1)!.volume).toBe(3);
  });

  it('draws lines only where there are reviews, and the site rating as steps', () => {
    const model = chartModel(trendSeries(bucketsFromReviews(reviews), snapshots, 90, NOW), 90);
    expect(model.starsPath.startsWith('M')).toBe(true);
    // The rating changed once inside the window: one vertical step.
    expect(model.ratingPath.match(/L/g)!.length).toBeGreaterThan(1);
    const empty = chartModel(trendSeries([], [], 30, NOW), 30);
    expect(empty).toMatchObject({ starsPath: '', sentimentPath: '', ratingPath: '', totals: { volume: 0, negatives: 0 } });
    expect(empty.bars.every((b) => b.height === 0)).toBe(true);
  });
});
