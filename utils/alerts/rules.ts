/**
 * Which businesses raise notifications, and which newly seen review is worth one. Pure. What
 * counts as negative, severe or news is a review rule (`utils/reviews/rules.ts`).
 */
import type { ReviewAnalysis } from '../analysis/types';
import { callsForOwner, isNews, isRecentAtBaseline, isUrgentReview, meetsSeverity, severityOf, type AlertSeverity } from '../reviews/rules';
import type { DatePrecision } from '../sites/types';
import type { BusinessRole } from '../store/schema';

export interface AlertSettings {
  /** Raise notifications for businesses marked as competitors too. */
  alertCompetitors: boolean;
  /** The lowest severity that raises a notification. */
  minSeverity: AlertSeverity;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { alertCompetitors: false, minSeverity: 'medium' };

/**
 * Whether new negatives of a business raise alerts. Alerts go to the owner's own businesses.
 * Until the owner has marked any business as theirs, every tracked business alerts, so a new
 * install is useful before any setup.
 */
export function businessAlerts(role: BusinessRole | undefined, anyMine: boolean, settings: AlertSettings): boolean {
  if (role === 'mine') return true;
  if (role === 'competitor') return settings.alertCompetitors;
  return !anyMine;
}

/** The facts of a stored review the alert rule reads. */
export interface AlertCandidate {
  negative: 0 | 1;
  rating?: number | undefined;
  publishedAt?: number | undefined;
  datePrecision?: DatePrecision | undefined;
  analysis?: Pick<ReviewAnalysis, 'urgent'> | undefined;
}

/**
 * A review newly seen (or newly turned negative or urgent) on an alerting business raises a
 * notification if it is negative or urgent (whatever its stars), news, and severe enough. An
 * urgent review is critical, so it passes any minimum severity; it is still not news when it
 * was written long before the baseline, and the baseline visit itself stays silent.
 */
export function deservesAlert(review: AlertCandidate, baselineAt: number, minSeverity: AlertSeverity): boolean {
  return (
    callsForOwner(review) &&
    isNews(review.publishedAt, review.datePrecision, baselineAt) &&
    meetsSeverity(severityOf(review.rating, isUrgentReview(review.analysis)), minSeverity)
  );
}

/**
 * A negative (or urgent) review stored by the first visit of an alerting business that was written in the
 * week before it: shown as "recent, not yet seen by you" (unread, in one summary notification)
 * instead of joining the silent baseline, if it is severe enough. One the owner already answered
 * on the site has been seen.
 */
export function deservesRecentNotice(review: AlertCandidate & { reply?: unknown }, baselineAt: number, minSeverity: AlertSeverity): boolean {
  return (
    callsForOwner(review) &&
    !review.reply &&
    isRecentAtBaseline(review.publishedAt, review.datePrecision, baselineAt) &&
    meetsSeverity(severityOf(review.rating, isUrgentReview(review.analysis)), minSeverity)
  );
}
