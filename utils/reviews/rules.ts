/**
 * The review rules, defined once: what counts as a negative and a positive review, the date a
 * review is filed under, how severe a negative is, and whether a newly seen review is news.
 * The store, the alerts, the read models and the import all decide through these. Pure.
 */
import type { ReviewAnalysis } from '../analysis/types';
import type { DatePrecision } from '../sites/types';
import { DAY } from '../time';
import { isNegativeOnTenPoints, isPositiveOnTenPoints, onTenPoints, type SiteScore } from './scale-rules';

/** Text below this score counts as "clearly negative" for a review whose stars do not decide (none, or 3★). */
export const CLEARLY_NEGATIVE = -0.25;

/**
 * Negative: 1–2 stars; or 3 stars, or no stars, and clearly negative text. A 3★ is lukewarm by
 * its stars: in the training rounds 496 of 514 3★ reviews are labelled neutral ("decent, nothing
 * special, a bit slow"), and the model, which learns negative against positive, reads such a
 * review slightly negative about as often as slightly positive. At "any negative text" 186 of
 * the 496 would alert (out of fold, tests/tools/train-sentiment.ts --cv); at the star-less bar,
 * 148, and the 12 of 18 negative 3★ reviews it caught are still caught.
 * Reviews scored on ten points (Booking) follow `scale-rules.ts`.
 */
export function isNegativeReview(rating: number | undefined, analysis: Pick<ReviewAnalysis, 'label' | 'score' | 'disliked'>, site?: SiteScore): boolean {
  if (onTenPoints(site)) return isNegativeOnTenPoints(site.siteScore, analysis);
  if (rating !== undefined) {
    if (rating <= 2) return true;
    if (rating < 4) return analysis.label === 'negative' && analysis.score <= CLEARLY_NEGATIVE;
    return false;
  }
  return analysis.label === 'negative' && analysis.score <= CLEARLY_NEGATIVE;
}

/** The text reads positive, whatever the stars say. */
export function hasPositiveText(analysis: Pick<ReviewAnalysis, 'label'>): boolean {
  return analysis.label === 'positive';
}

/**
 * Positive: 4–5 stars; or no stars and positive text. A 3★ is neither positive nor, by its stars
 * alone, negative. On ten points: `scale-rules.ts` (8 or more, unless the disliked part describes a problem).
 */
export function isPositiveReview(
  rating: number | undefined,
  positiveText: boolean,
  site?: SiteScore & { analysis?: Pick<ReviewAnalysis, 'label' | 'disliked'> },
): boolean {
  const analysis = site?.analysis ?? { label: positiveText ? 'positive' : 'neutral' };
  if (onTenPoints(site)) return isPositiveOnTenPoints(site.siteScore, analysis);
  return rating !== undefined ? rating >= 4 : positiveText;
}

/** The date a review is filed under (the stored `at`): when it was published if known, else when it was first seen. */
export function reviewDate(review: { publishedAt?: number | undefined; firstSeenAt: number }): number {
  return review.publishedAt ?? review.firstSeenAt;
}

/**
 * Urgent: the text reports a health or safety incident, a legal or official threat,
 * discrimination or harassment, or theft or fraud (`analysis.urgent`). Whatever its stars, such
 * a review calls for the owner like a negative one: it alerts, leads "Needs a look", and is
 * critical in severity.
 */
export function isUrgentReview(analysis: Pick<ReviewAnalysis, 'urgent'> | undefined): boolean {
  return analysis?.urgent !== undefined;
}

/** The review calls for the owner's action: negative, or urgent whatever its stars. */
export function callsForOwner(review: { negative: 0 | 1; analysis?: Pick<ReviewAnalysis, 'urgent'> | undefined }): boolean {
  return review.negative === 1 || isUrgentReview(review.analysis);
}

export type AlertSeverity = 'critical' | 'high' | 'medium';

/** An urgent review and 1★ are critical, 2★ high, a 3★ or star-less review with negative text medium. */
export function severityOf(rating: number | undefined, urgent = false): AlertSeverity {
  if (urgent) return 'critical';
  if (rating !== undefined && rating < 2) return 'critical';
  if (rating !== undefined && rating < 3) return 'high';
  return 'medium';
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { medium: 0, high: 1, critical: 2 };

export function meetsSeverity(severity: AlertSeverity, minimum: AlertSeverity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum];
}

/** How far back a date of this precision may really lie from its estimate. */
const SLACK: Record<DatePrecision, number> = { exact: DAY, day: 2 * DAY, week: 7 * DAY, month: 31 * DAY, year: 366 * DAY };

/** Reviews older than this before the baseline are history found by scrolling, not news. */
export const NEWS_WINDOW = 14 * DAY;

/**
 * A review seen for the first time after the baseline is news unless its date shows it was
 * written well before the business was first captured (older reviews loaded by scrolling).
 */
export function isNews(publishedAt: number | undefined, precision: DatePrecision | undefined, baselineAt: number): boolean {
  if (publishedAt === undefined) return true;
  const latestPossible = publishedAt + SLACK[precision ?? 'day'];
  return latestPossible >= baselineAt - NEWS_WINDOW;
}

/**
 * The time before which a newly seen review is history, not news: the business's first visit;
 * never for a new listing whose first visit found no review at all — its first review ever is news.
 */
export function newsSince(business: { baselineAt: number; emptyBaseline?: 1 | undefined }): number {
  return business.emptyBaseline === 1 ? Number.NEGATIVE_INFINITY : business.baselineAt;
}

/** Negatives written this shortly before a business's first visit are "recent, not yet seen by you". */
export const RECENT_WINDOW = 7 * DAY;

/**
 * A review stored by the first visit of its business was written in the week before it, as far
 * as its date can tell: known to the day (or exactly) and at most 7 days old then. "A week ago"
 * or "a month ago" cannot say it, and an undated review is old history like the rest.
 */
export function isRecentAtBaseline(publishedAt: number | undefined, precision: DatePrecision | undefined, baselineAt: number): boolean {
  if (publishedAt === undefined || (precision !== undefined && precision !== 'exact' && precision !== 'day')) return false;
  return publishedAt >= baselineAt - RECENT_WINDOW && publishedAt <= baselineAt + DAY;
}

/** The facts of a stored review that decide whether it still needs the owner's look. */
export interface AttentionFacts {
  negative: 0 | 1;
  unread?: 1 | undefined;
  done?: 1 | undefined;
  reply?: unknown;
  rating?: number | undefined;
  at: number;
  analysis?: Pick<ReviewAnalysis, 'urgent'> | undefined;
}

/** A negative or urgent review needs a look while it is unread or unanswered, until the owner marks it done. */
export function needsLook(review: AttentionFacts): boolean {
  return callsForOwner(review) && review.done !== 1 && (review.unread === 1 || !review.reply);
}

/**
 * "Needs a look" order: urgent reviews lead, then unread first, then newest day first, then the
 * most severe of a day, then newest.
 */
export function compareAttention(a: AttentionFacts, b: AttentionFacts): number {
  const urgent = Number(isUrgentReview(b.analysis)) - Number(isUrgentReview(a.analysis));
  if (urgent !== 0) return urgent;
  const unread = (b.unread ?? 0) - (a.unread ?? 0);
  if (unread !== 0) return unread;
  const day = Math.floor(b.at / DAY) - Math.floor(a.at / DAY);
  if (day !== 0) return day;
  return SEVERITY_RANK[severityOf(b.rating)] - SEVERITY_RANK[severityOf(a.rating)] || b.at - a.at;
}
