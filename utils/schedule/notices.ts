/**
 * Reminders ("Yelp not checked for 8 days") and the daily digest ("Yesterday: 3 new reviews,
 * 1 negative; score 58 → 55"): when they are due and what they say, never twice for one day.
 * Pure: records, settings and `now` in.
 */
import type { Settings } from '../settings';
import type { SiteId } from '../sites/types';
import type { BusinessRecord } from '../store/schema';
import { wholeDaysBetween } from '../time';
import { localDay, minutesOfDay, startOfLocalDay } from './plan';
import type { NoticeLog } from './types';

export interface Reminder {
  businessKey: string;
  site: SiteId;
  days: number;
  url: string;
}

/** Businesses marked mine whose site was not checked for `reminderDays` days, not yet reminded today. */
export function dueReminders(businesses: readonly BusinessRecord[], settings: Settings, log: NoticeLog, now: number): Reminder[] {
  if (settings.reminderDays <= 0) return [];
  const today = localDay(now);
  return businesses
    .filter((b) => b.role === 'mine' && log.reminders[b.key] !== today)
    .map((b) => ({ businessKey: b.key, site: b.site, days: wholeDaysBetween(b.lastCheckedAt, now), url: b.url }))
    .filter((r) => r.days >= settings.reminderDays);
}

/** The log after reminders were shown today (entries of other days are dropped: they can never match again). */
export function logReminders(log: NoticeLog, shown: readonly Reminder[], now: number): NoticeLog {
  const today = localDay(now);
  const reminders: Record<string, string> = {};
  for (const [key, day] of Object.entries(log.reminders)) if (day === today) reminders[key] = day;
  for (const r of shown) reminders[r.businessKey] = today;
  return { ...log, reminders };
}

/** Whether the digest is due now: on, the chosen time of day has passed today, not shown today. */
export function digestDue(settings: Settings, log: NoticeLog, now: number): boolean {
  if (!settings.digestEnabled) return false;
  if (log.digestDay === localDay(now)) return false;
  const d = new Date(now);
  return d.getHours() * 60 + d.getMinutes() >= minutesOfDay(settings.digestAt);
}

/** Yesterday as local times: [start, end). */
export function yesterday(now: number): { start: number; end: number } {
  return { start: startOfLocalDay(now, -1), end: startOfLocalDay(now) };
}

export interface DigestReview {
  firstSeenAt: number;
  negative: boolean;
  /** Stored silently as part of a first visit: not "new". */
  baseline: boolean;
}

export interface DigestFigures {
  newReviews: number;
  negatives: number;
  scoreBefore?: number;
  scoreAfter?: number;
}

/** What yesterday brought on the owner's businesses: reviews first seen then (not the baseline of a first visit), and the score across it. */
export function digestFigures(reviews: readonly DigestReview[], now: number, scores: { before?: number; after?: number }): DigestFigures {
  const { start, end } = yesterday(now);
  const fresh = reviews.filter((r) => !r.baseline && r.firstSeenAt >= start && r.firstSeenAt < end);
  return { newReviews: fresh.length, negatives: fresh.filter((r) => r.negative).length, scoreBefore: scores.before, scoreAfter: scores.after };
}
