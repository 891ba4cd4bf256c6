/**
 * Daily series for the popup's chart over the last 30, 90 or 365 days: the site's displayed
 * rating (from header snapshots, carried forward), the stars and text sentiment of reviews
 * published that day, how many there were and how many were negative. Pure.
 */
import { dayOf, type DayBucket } from './buckets';
import { DAY } from '../time';
import type { ScoredSnapshot } from './score';

export type TrendRange = 30 | 90 | 365;

export interface TrendPoint {
  /** Epoch ms of the day's start (UTC). */
  day: number;
  /** The site's displayed rating known on that day. */
  rating?: number;
  /** Average stars of the reviews published that day. */
  stars?: number;
  /** Average text sentiment (−1..1) of those reviews. */
  sentiment?: number;
  volume: number;
  negatives: number;
  /** Reviews with stars, and with a text sentiment, behind `stars` and `sentiment`. */
  rated: number;
  withSentiment: number;
}

export function trendSeries(buckets: readonly DayBucket[], snapshots: readonly ScoredSnapshot[], range: TrendRange, now: number): TrendPoint[] {
  const today = dayOf(now);
  const first = today - range + 1;
  const byDay = new Map(buckets.filter((b) => b.day >= first && b.day <= today).map((b) => [b.day, b]));
  const rated = snapshots.filter((s) => s.rating !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
  let next = 0;
  let rating: number | undefined;
  // The rating known before the window starts carries into it.
  while (next < rated.length && dayOf(rated[next]!.capturedAt) < first) rating = rated[next++]!.rating;
  const points: TrendPoint[] = [];
  for (let day = first; day <= today; day++) {
    while (next < rated.length && dayOf(rated[next]!.capturedAt) <= day) rating = rated[next++]!.rating;
    const b = byDay.get(day);
    const point: TrendPoint = {
      day: day * DAY,
      volume: b?.count ?? 0,
      negatives: b?.negatives ?? 0,
      rated: b?.ratingCount ?? 0,
      withSentiment: b?.sentimentCount ?? 0,
    };
    if (rating !== undefined) point.rating = rating;
    if (b && b.ratingCount > 0) point.stars = Math.round((b.ratingSum / b.ratingCount) * 100) / 100;
    if (b && b.sentimentCount > 0) point.sentiment = Math.round((b.sentimentSum / b.sentimentCount) * 1000) / 1000;
    points.push(point);
  }
  return points;
}
