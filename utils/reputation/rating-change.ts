/**
 * The change of a site's displayed rating, from header snapshots: the one reading the score's
 * trend points, the risk's "rating fell" and their texts share. Pure.
 */
import { DAY } from '../time';
import { TREND_DAYS, TREND_MIN_HISTORY_DAYS } from './windows';

export interface RatingSnapshot {
  capturedAt: number;
  rating?: number;
}

export interface RatingChange {
  from: number;
  to: number;
  /** Days between the two visits compared (what the texts say). */
  days: number;
}

/**
 * The latest displayed rating against the one `TREND_DAYS` ago (the latest visit at or before
 * then, else the first visit). Nothing when the two visits compared are less than
 * `TREND_MIN_HISTORY_DAYS` apart: two visits a day apart are not a trend.
 */
export function ratingChange(snapshots: readonly RatingSnapshot[], now: number): RatingChange | undefined {
  const rated = snapshots.filter((s) => s.rating !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
  const latest = rated.at(-1);
  if (!latest || rated.length < 2) return undefined;
  const cutoff = now - TREND_DAYS * DAY;
  const reference = rated.filter((s) => s.capturedAt <= cutoff).at(-1) ?? rated[0]!;
  if (reference === latest) return undefined;
  const days = Math.round((latest.capturedAt - reference.capturedAt) / DAY);
  if (days < TREND_MIN_HISTORY_DAYS) return undefined;
  return { from: reference.rating!, to: latest.rating!, days };
}
