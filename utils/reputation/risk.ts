/**
 * Reputation risk: the warning signs of the source material, each with its evidence, and a
 * level (low / elevated / high / critical). Pure; `now` is an argument.
 *
 * - a burst of negative reviews (3 in 7 days);
 * - negative reviews left unanswered for more than N days;
 * - a complaint theme recurring in recent negatives ("waiting time in 4 of the last 10");
 * - the site's overall rating falling between visits;
 * - fewer new reviews than usual (fewer customers talking);
 * - quality that swings (ratings all over the place);
 * - critical: fewer than one recent review in four is positive;
 * - high: an urgent review (health or safety, a legal threat, discrimination, fraud) of the last
 *   30 days not yet answered or marked done, or an older one of the window still open; elevated
 *   while every such review of the 30 days is answered or done (it is still read by others, but the
 *   owner has acted: a risk that cannot be lowered by acting is no guide).
 */
import type { ThemeHit, ThemeId, UrgentCategory } from '../analysis/types';
import { isPositiveReview } from '../reviews/rules';
import { DAY } from '../time';
import type { DayBucket } from './buckets';
import { ratingChange } from './rating-change';
import type { ScoredSnapshot } from './score';
import { MONTH_DAYS, TREND_DAYS, WEEK_DAYS } from './windows';

export type RiskLevel = 'low' | 'elevated' | 'high' | 'critical';
export type SignalSeverity = Exclude<RiskLevel, 'low'>;

export interface RiskReview {
  key: string;
  at: number;
  rating?: number;
  negative: boolean;
  /** The text reads positive (for reviews without stars). */
  positiveText: boolean;
  /** Decided by the site's own scale (Booking's ten points), instead of the stars. */
  positive?: boolean;
  replied: boolean;
  themes: readonly ThemeHit[];
  /** What the review reports that the owner must act on at once (`analysis.urgent`). */
  urgent?: { category: UrgentCategory; evidence: string };
  /** The owner marked it handled. */
  done?: boolean;
}

export type RiskSignal =
  | {
      code: 'urgent';
      severity: SignalSeverity;
      count: number;
      /** Of `count`, those the owner answered on the site or marked done. */
      answered: number;
      categories: UrgentCategory[];
      evidence: string;
      reviewKeys: string[];
    }
  | { code: 'burst'; severity: SignalSeverity; count: number; days: number; reviewKeys: string[] }
  | { code: 'unanswered'; severity: SignalSeverity; count: number; days: number; reviewKeys: string[] }
  | { code: 'recurring-theme'; severity: SignalSeverity; theme: ThemeId; count: number; of: number; reviewKeys: string[] }
  | { code: 'rating-falling'; severity: SignalSeverity; from: number; to: number; days: number }
  | { code: 'fewer-reviews'; severity: SignalSeverity; recent: number; usual: number; days: number }
  | { code: 'swinging-quality'; severity: SignalSeverity; deviation: number; of: number; reviewKeys: string[] }
  | { code: 'few-positive'; severity: SignalSeverity; positive: number; of: number; share: number; reviewKeys: string[] };

export interface Risk {
  level: RiskLevel;
  /** Most severe first. */
  signals: RiskSignal[];
}

export const RISK_PARAMS = {
  burstDays: WEEK_DAYS,
  burstElevated: 2,
  burstHigh: 3,
  unansweredAfterDays: 3,
  unansweredHigh: 3,
  themeWindow: 10,
  themeElevated: 3,
  themeHigh: 5,
  ratingFallElevated: 0.1,
  ratingFallHigh: 0.3,
  ratingWindowDays: TREND_DAYS,
  volumeWindowDays: MONTH_DAYS,
  volumeBaselineDays: 180,
  volumeMinimumUsual: 3,
  swingWindow: 10,
  swingMinimum: 6,
  swingDeviation: 1.5,
  positiveWindow: 20,
  positiveMinimum: 8,
  positiveCritical: 0.25,
  urgentDays: 30,
};

const RANK: Record<RiskLevel, number> = { low: 0, elevated: 1, high: 2, critical: 3 };

/** Newest first; reviews of the same moment by key, so the windows below never depend on the order the sites were read in. */
function newestFirst(reviews: readonly RiskReview[]): RiskReview[] {
  return [...reviews].sort((a, b) => b.at - a.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function isPositive(r: RiskReview): boolean {
  if (r.positive !== undefined) return r.positive;
  return isPositiveReview(r.rating, r.positiveText);
}

/**
 * New reviews per 30 days lately against the usual pace. From the site's own review count in
 * snapshots when they span long enough (independent of what was on screen), else from the
 * publication dates of captured reviews, and only if the page was checked this week.
 */
function volumeChange(
  buckets: readonly DayBucket[],
  snapshots: readonly ScoredSnapshotWithCount[],
  now: number,
  lastCheckedAt: number | undefined,
): { recent: number; usual: number } | undefined {
  const P = RISK_PARAMS;
  const counted = snapshots.filter((s) => s.reviewCount !== undefined).sort((a, b) => a.capturedAt - b.capturedAt);
  const first = counted[0];
  const last = counted.at(-1);
  if (first && last && last.capturedAt - first.capturedAt >= (P.volumeWindowDays + 30) * DAY) {
    const cutoff = last.capturedAt - P.volumeWindowDays * DAY;
    const pivot = counted.filter((s) => s.capturedAt <= cutoff).at(-1);
    if (pivot && pivot !== first) {
      const recentRate = (last.reviewCount! - pivot.reviewCount!) / ((last.capturedAt - pivot.capturedAt) / DAY);
      const usualRate = (pivot.reviewCount! - first.reviewCount!) / ((pivot.capturedAt - first.capturedAt) / DAY);
      return { recent: recentRate * P.volumeWindowDays, usual: usualRate * P.volumeWindowDays };
    }
  }
  if (lastCheckedAt === undefined || now - lastCheckedAt > 7 * DAY) return undefined;
  const today = Math.floor(now / DAY);
  let recent = 0;
  let before = 0;
  for (const b of buckets) {
    const age = today - b.day;
    if (age < P.volumeWindowDays) recent += b.count;
    else if (age < P.volumeWindowDays + P.volumeBaselineDays) before += b.count;
  }
  return { recent, usual: (before / P.volumeBaselineDays) * P.volumeWindowDays };
}

export interface ScoredSnapshotWithCount extends ScoredSnapshot {
  reviewCount?: number;
}

export interface RiskInput {
  /** Recent reviews (the last 90 days is enough). */
  recent: readonly RiskReview[];
  buckets: readonly DayBucket[];
  snapshots: readonly ScoredSnapshotWithCount[];
  lastCheckedAt?: number;
  now: number;
  /** Days after which an unanswered negative review counts (setting). */
  unansweredAfterDays?: number;
}

export function computeRisk(input: RiskInput): Risk {
  const P = RISK_PARAMS;
  const { now } = input;
  const reviews = newestFirst(input.recent);
  const negatives = reviews.filter((r) => r.negative);
  const signals: RiskSignal[] = [];

  const burst = negatives.filter((r) => now - r.at <= P.burstDays * DAY);
  if (burst.length >= P.burstElevated) {
    signals.push({
      code: 'burst',
      severity: burst.length >= P.burstHigh ? 'high' : 'elevated',
      count: burst.length,
      days: P.burstDays,
      reviewKeys: burst.map((r) => r.key),
    });
  }

  const afterDays = input.unansweredAfterDays ?? P.unansweredAfterDays;
  const unanswered = negatives.filter((r) => !r.replied && now - r.at > afterDays * DAY);
  if (unanswered.length > 0) {
    signals.push({
      code: 'unanswered',
      severity: unanswered.length >= P.unansweredHigh ? 'high' : 'elevated',
      count: unanswered.length,
      days: afterDays,
      reviewKeys: unanswered.map((r) => r.key),
    });
  }

  const lastNegatives = negatives.slice(0, P.themeWindow);
  const byTheme = new Map<ThemeId, string[]>();
  for (const r of lastNegatives) {
    for (const t of r.themes) if (t.polarity < 0) byTheme.set(t.theme, [...(byTheme.get(t.theme) ?? []), r.key]);
  }
  const recurring = [...byTheme].sort((a, b) => b[1].length - a[1].length)[0];
  if (recurring && recurring[1].length >= P.themeElevated) {
    signals.push({
      code: 'recurring-theme',
      severity: recurring[1].length >= P.themeHigh ? 'high' : 'elevated',
      theme: recurring[0],
      count: recurring[1].length,
      of: lastNegatives.length,
      reviewKeys: recurring[1],
    });
  }

  const change = ratingChange(input.snapshots, now);
  if (change && change.from - change.to >= P.ratingFallElevated - 1e-9) {
    signals.push({ code: 'rating-falling', severity: change.from - change.to >= P.ratingFallHigh - 1e-9 ? 'high' : 'elevated', ...change });
  }

  const volume = volumeChange(input.buckets, input.snapshots, now, input.lastCheckedAt);
  if (volume && volume.usual >= P.volumeMinimumUsual && volume.recent < volume.usual / 2) {
    signals.push({
      code: 'fewer-reviews',
      severity: 'elevated',
      recent: Math.round(volume.recent * 10) / 10,
      usual: Math.round(volume.usual * 10) / 10,
      days: P.volumeWindowDays,
    });
  }

  const rated = reviews.filter((r) => r.rating !== undefined).slice(0, P.swingWindow);
  if (rated.length >= P.swingMinimum) {
    const mean = rated.reduce((s, r) => s + r.rating!, 0) / rated.length;
    const deviation = Math.sqrt(rated.reduce((s, r) => s + (r.rating! - mean) ** 2, 0) / rated.length);
    if (deviation >= P.swingDeviation) {
      signals.push({
        code: 'swinging-quality',
        severity: 'elevated',
        deviation: Math.round(deviation * 10) / 10,
        of: rated.length,
        reviewKeys: rated.map((r) => r.key),
      });
    }
  }

  const window = reviews.slice(0, P.positiveWindow);
  if (window.length >= P.positiveMinimum) {
    const positive = window.filter(isPositive);
    const share = positive.length / window.length;
    if (share < P.positiveCritical) {
      signals.push({
        code: 'few-positive',
        severity: 'critical',
        positive: positive.length,
        of: window.length,
        share: Math.round(share * 100) / 100,
        reviewKeys: window.filter((r) => !isPositive(r)).map((r) => r.key),
      });
    }
  }

  // An urgent review is a risk in itself: high at least, whatever else the reviews say.
  const urgent = reviews.filter((r) => r.urgent && (now - r.at <= P.urgentDays * DAY || (!r.replied && !r.done)));
  if (urgent.length > 0) {
    const answered = urgent.filter((r) => r.replied || r.done).length;
    signals.push({
      code: 'urgent',
      severity: answered === urgent.length ? 'elevated' : 'high',
      count: urgent.length,
      answered,
      categories: [...new Set(urgent.map((r) => r.urgent!.category))],
      evidence: urgent[0]!.urgent!.evidence,
      reviewKeys: urgent.map((r) => r.key),
    });
  }

  signals.sort((a, b) => RANK[b.severity] - RANK[a.severity] || Number(b.code === 'urgent') - Number(a.code === 'urgent'));
  let level = signals.reduce<RiskLevel>((worst, s) => (RANK[s.severity] > RANK[worst] ? s.severity : worst), 'low');
  // Several warning signs at once are worse than any one of them.
  if (level === 'elevated' && signals.length >= 3) level = 'high';
  return { level, signals };
}
