/**
 * What counts as a negative review, and when a new one is worth a notification. Pure.
 * The rule is the one in DESIGN.md: 1–2 stars; or no stars and clearly negative text; or
 * 3 stars with negative text. Reviews scored on ten points follow scale-rules.ts.
 */
import type { ReviewAnalysis } from '../analysis/types';
import type { BusinessRole } from '../store/schema';
import type { DatePrecision } from '../sites/types';
import { isNegativeOnTenPoints, onTenPoints, type SiteScore } from './scale-rules';

const DAY = 86_400_000;

/** Text below this score counts as "clearly negative" for a review without stars. */
export const CLEARLY_NEGATIVE = -0.25;

export function isNegativeReview(rating: number | undefined, analysis: Pick<ReviewAnalysis, 'label' | 'score' | 'disliked'>, site?: SiteScore): boolean {
  // Booking's 10-point scores have their own rule (scale-rules.ts).
  if (onTenPoints(site)) return isNegativeOnTenPoints(site.siteScore, analysis);
  if (rating !== undefined) {
    if (rating <= 2) return true;
    if (rating < 4) return analysis.label === 'negative';
    return false;
  }
  return analysis.label === 'negative' && analysis.score <= CLEARLY_NEGATIVE;
}

export type AlertSeverity = 'critical' | 'high' | 'medium';

/** 1★ is critical, 2★ high, a 3★ or star-less review with negative text medium. */
export function severityOf(rating: number | undefined): AlertSeverity {
  if (rating !== undefined && rating < 2) return 'critical';
  if (rating !== undefined && rating < 3) return 'high';
  return 'medium';
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { medium: 0, high: 1, critical: 2 };

export function meetsSeverity(severity: AlertSeverity, minimum: AlertSeverity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum];
}

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
