import { describe, expect, it } from 'vitest';
import { bucketsFromReviews } from '@/utils/reputation/buckets';
import { DAY } from '@/utils/time';
import { trendSeries } from '@/utils/reputation/trends';
import { chartModel, CHART_SIZE, MIN_CHART_REVIEWS } from '@/utils/views/chart';

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
    expect(yesterday.height).toBeCloseTo(CHART_SIZE.volume.bottom - CHART_SIZE.volume.top, 5);
    expect(yesterday.negativeHeight).toBeCloseTo(yesterday.height, 5);
    expect(model.bars.at(-4)).toMatchObject({ volume: 1, negatives: 0 });
    expect(model.totals).toMatchObject({ volume: 3, negatives: 2, stars: 2.7, ratingFrom: 4.6, ratingTo: 4.4 });
    // What pointing at yesterday's bar reads out: its own reviews' stars and sentiment, the site's rating that day.
    expect(yesterday).toMatchObject({ stars: 1.5, sentiment: -0.6, rating: 4.4 });
    expect(model.enough).toBe(true);
  });

  it('puts stars and sentiment on scales of their own, with the dates of the period under them', () => {
    const model = chartModel(trendSeries(bucketsFromReviews(reviews), snapshots, 30, NOW), 30);
    expect(model.starTicks.map((t) => t.value)).toEqual([5, 3, 1]);
    expect(model.sentimentTicks.map((t) => t.value)).toEqual([1, 0, -1]);
    // The bands do not overlap: a star average and a sentiment can never share a y.
    expect(model.starTicks.at(-1)!.at).toBeLessThan(model.sentimentTicks[0]!.at);
    expect(model.sentimentTicks.at(-1)!.at).toBeLessThan(model.volume.top);
    expect(model.dateTicks.map((t) => new Date(t.value).toISOString().slice(0, 10))).toEqual(['2026-10-22', '2026-11-06', '2026-11-20']);
    expect(model.dateTicks[0]!.at).toBeGreaterThanOrEqual(model.plotLeft);
    expect(model.dateTicks.at(-1)!.at).toBeLessThanOrEqual(model.width);
    // Every bar lies inside the plot, right of the scales' labels.
    expect(model.bars.every((b) => b.x >= model.plotLeft && b.x + b.width <= model.width)).toBe(true);
  });

  it('says a period with too few reviews is too little for a chart', () => {
    const two = chartModel(trendSeries(bucketsFromReviews(reviews.slice(0, 2)), snapshots, 30, NOW), 30);
    expect(two.totals.volume).toBe(2);
    expect(two.totals.volume).toBeLessThan(MIN_CHART_REVIEWS);
    expect(two.enough).toBe(false);
  });

  it('groups a year into weekly bars, newest whole, and covers every review of the year', () => {
    const model = chartModel(trendSeries(bucketsFromReviews(reviews), snapshots, 365, NOW), 365);
    expect(model.bars).toHaveLength(53);
    expect(model.bars.reduce((n, b) => n + b.volume, 0)).toBe(5);
    expect(model.bars.at(-1)!.volume).toBe(3);
    // 365 days are 52 weeks and a day: the first bar is that one day, drawn far narrower (one pixel at least).
    expect(model.bars[0]!.to).toBe(model.bars[0]!.from);
    expect(model.bars[0]!.width).toBeLessThan(model.bars[1]!.width / 3);
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
