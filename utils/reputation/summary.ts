/**
 * What the popup shows for a business (or a group of the same place on several sites),
 * computed from the stored aggregates, daily buckets, recent reviews and header snapshots —
 * never from every review. Pure.
 */
import { callsForOwner, compareAttention, hasPositiveText, isPositiveReview, needsLook } from '../reviews/rules';
import { onTenPoints } from '../reviews/scale-rules';
import type { AggregateRecord, BusinessRecord, ReviewRecord, SnapshotRecord } from '../store/schema';
import { DAY } from '../time';
import { mergeBuckets, type DayBucket } from './buckets';
import { confidenceOf, trendSite, type Confidence } from './confidence';
import { siteRatingMath, type RatingMath } from './rating-math';
import { computeRisk, type Risk, type RiskReview } from './risk';
import { computeScore, type ReputationScore, type ScoredReview } from './score';
import { TREND_DAYS } from './windows';
import { siteState, viewTrust, type SiteState, type ViewTrust } from './site-state';

export interface SummaryParts {
  /** One business, or every business of a group (the first is the one the view is about). */
  businesses: BusinessRecord[];
  aggregates: AggregateRecord[];
  /** Daily buckets per business. */
  buckets: DayBucket[][];
  /** Reviews of the last 90 days, all businesses together. */
  recent: ReviewRecord[];
  /** Unread negatives of any age. */
  unread: ReviewRecord[];
  /** Header snapshots, all businesses together. */
  snapshots: SnapshotRecord[];
}

export interface BusinessSummary {
  business: BusinessRecord;
  /** The group's businesses (just the one when not grouped). */
  businesses: BusinessRecord[];
  group?: string;
  total: number;
  negatives: number;
  positives: number;
  /** Share of negative reviews among those known, 0..1 (0 when none are known). */
  negativeShare: number;
  unread: number;
  /** Negative reviews without an owner reply. */
  unanswered: number;
  score: ReputationScore;
  /** What the score stands on (reviews read, the sites' own figures) and whether trends may be shown. */
  confidence: Confidence;
  /**
   * The score as it stood `TREND_DAYS` ago (from the reviews and snapshots known now); absent when
   * nothing was known then or the business has less than `TREND_MIN_HISTORY_DAYS` of history.
   */
  previousScore?: number;
  /** When these figures were computed (every figure of the view is as of this time). */
  at: number;
  risk: Risk;
  /** The reviews behind the risk signals (at most 10 per signal), for the popup to show on demand. */
  evidence: ReviewRecord[];
  /** Per site: what one more 1★ does, and how many 5★ reach the next tenth. */
  ratingMath: Array<{ business: BusinessRecord; math: RatingMath }>;
  /** Every negative review to act on (unread, or unanswered, and not done): unread first, then newest, most severe first. */
  attention: ReviewRecord[];
  /** Kept for the trend chart. */
  buckets: DayBucket[];
  snapshots: SnapshotRecord[];
  /** Per site: ok, stale or blind (site-state.ts), in the order of `businesses`. */
  sites: SiteState[];
  /** What the view may claim: `current` (may say healthy), `partial` (never healthy), `unknown` (no score). */
  trust: ViewTrust;
}

// Re-exported for the components that show a review's date.

export function toScoredReview(review: ReviewRecord): ScoredReview {
  const scored: ScoredReview = { negative: review.negative === 1, at: review.at, replied: Boolean(review.reply) };
  if (review.rating !== undefined) scored.rating = review.rating;
  if (review.analysis.label !== 'none') scored.sentiment = review.analysis.score;
  return scored;
}

export function toRiskReview(review: ReviewRecord): RiskReview {
  const risk: RiskReview = {
    key: review.key,
    at: review.at,
    negative: review.negative === 1,
    positiveText: hasPositiveText(review.analysis),
    replied: Boolean(review.reply),
    themes: review.analysis.themes,
  };
  if (review.analysis.urgent) risk.urgent = { category: review.analysis.urgent.category, evidence: review.analysis.urgent.evidence };
  if (review.done === 1) risk.done = true;
  if (review.rating !== undefined) risk.rating = review.rating;
  // Ten points: the review rule decides (the risk's own fallback knows only stars and text).
  if (onTenPoints(review)) risk.positive = isPositiveReview(review.rating, risk.positiveText, review);
  return risk;
}

function sum(aggregates: readonly AggregateRecord[], pick: (a: AggregateRecord) => number): number {
  return aggregates.reduce((total, a) => total + pick(a), 0);
}

/** The site rating used as the score's prior: the businesses' displayed ratings weighted by their review counts. */
function siteRating(businesses: readonly BusinessRecord[]): number | undefined {
  let weighted = 0;
  let weight = 0;
  for (const b of businesses) {
    if (b.rating === undefined) continue;
    const w = b.reviewCount ?? 1;
    weighted += b.rating * w;
    weight += w;
  }
  return weight > 0 ? weighted / weight : undefined;
}

/** How far back the trend arrow compares the score. */
export const SCORE_TREND_DAYS = TREND_DAYS;
const EVIDENCE_PER_SIGNAL = 10;

/** The score `SCORE_TREND_DAYS` ago: the same formula on what was published and seen before then. */
function scoreBefore(
  buckets: readonly DayBucket[],
  recent: readonly ReviewRecord[],
  snapshots: readonly SnapshotRecord[],
  siteRatingPrior: number | undefined,
  now: number,
  options: SummaryOptions,
): number | undefined {
  const then = now - SCORE_TREND_DAYS * DAY;
  const earlier = buckets.filter((b) => b.day <= Math.floor(then / DAY));
  if (earlier.length === 0) return undefined;
  const earlierSnapshots = snapshots.filter((s) => s.capturedAt <= then);
  // The prior then: that day's displayed rating when a snapshot knew it, else today's.
  const prior = earlierSnapshots.filter((s) => s.rating !== undefined).at(-1)?.rating ?? siteRatingPrior;
  return computeScore({
    buckets: earlier,
    recent: recent.filter((r) => r.at <= then).map(toScoredReview),
    snapshots: earlierSnapshots,
    siteRating: prior,
    now: then,
    unansweredAfterDays: options.unansweredAfterDays,
  }).score;
}

export interface SummaryOptions {
  unansweredAfterDays?: number;
  /** A site not checked for this many days is stale (settings.staleAfterDays). */
  staleAfterDays?: number;
}

export function summarize(parts: SummaryParts, now: number, options: SummaryOptions = {}): BusinessSummary {
  const business = parts.businesses[0]!;
  const buckets = parts.buckets.length === 1 ? parts.buckets[0]! : mergeBuckets(parts.buckets);
  // Displayed ratings of different sites are not one series: rating trends use one site's snapshots,
  // the same one however the view was opened (so the figures do not depend on the lead).
  const trendKey = trendSite(parts.businesses).key;
  const ownSnapshots = parts.snapshots.filter((s) => s.businessKey === trendKey).sort((a, b) => a.capturedAt - b.capturedAt);
  const total = sum(parts.aggregates, (a) => a.total);
  const negatives = sum(parts.aggregates, (a) => a.negatives);
  const score = computeScore({
    buckets,
    recent: parts.recent.map(toScoredReview),
    snapshots: ownSnapshots,
    siteRating: siteRating(parts.businesses),
    now,
    unansweredAfterDays: options.unansweredAfterDays,
  });
  const confidence = confidenceOf(parts.businesses, parts.snapshots, score.basis, now);
  const lastCheckedAt = Math.max(...parts.businesses.map((b) => b.lastCheckedAt));
  const risk = computeRisk({
    recent: parts.recent.map(toRiskReview),
    buckets,
    snapshots: ownSnapshots,
    lastCheckedAt,
    now,
    unansweredAfterDays: options.unansweredAfterDays,
  });
  const recentByKey = new Map(parts.recent.map((r) => [r.key, r]));
  const evidenceKeys = new Set(risk.signals.flatMap((signal) => ('reviewKeys' in signal ? signal.reviewKeys.slice(0, EVIDENCE_PER_SIGNAL) : [])));
  const evidence = [...evidenceKeys].map((key) => recentByKey.get(key)).filter((r): r is ReviewRecord => r !== undefined);
  const prior = siteRating(parts.businesses);
  const byKey = new Map<string, ReviewRecord>();
  for (const r of [...parts.unread, ...parts.recent.filter(callsForOwner)]) byKey.set(r.key, r);
  // Every unread negative (any age) and every unanswered one of the last 90 days, until marked done.
  const attention = [...byKey.values()].filter(needsLook).sort(compareAttention);
  const math = parts.businesses
    .map((b) => ({ business: b, math: siteRatingMath(b) }))
    .filter((m): m is { business: BusinessRecord; math: RatingMath } => m.math !== undefined);
  const sites = parts.businesses.map((b) => siteState(b, now, options.staleAfterDays));
  return {
    business,
    businesses: parts.businesses,
    group: business.group,
    total,
    negatives,
    positives: sum(parts.aggregates, (a) => a.positives),
    negativeShare: total === 0 ? 0 : negatives / total,
    unread: sum(parts.aggregates, (a) => a.unread),
    unanswered: sum(parts.aggregates, (a) => a.unanswered),
    score,
    confidence,
    // No arrow before the business has two weeks of history: a first visit is not a trend.
    previousScore: confidence.trends ? scoreBefore(buckets, parts.recent, ownSnapshots, prior, now, options) : undefined,
    at: now,
    risk,
    evidence,
    ratingMath: math,
    attention,
    buckets,
    snapshots: ownSnapshots,
    sites,
    trust: viewTrust(sites),
  };
}
