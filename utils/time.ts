/** Lengths of time in milliseconds, declared once for the whole extension. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** A calendar day in UTC (no daylight saving): day buckets, retention and date estimates count in these. */
export const DAY = 24 * HOUR;

/** Whole days from `from` to `to` ("checked 8 days ago"): stale sites, reminders and notes count alike. */
export function wholeDaysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY);
}
