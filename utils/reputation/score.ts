/**
 * The 0–100 reputation score. Pure: the same buckets, recent reviews, snapshots and `now`
 * always give the same score. Every point lost is carried by a reason the popup shows. The
 * formula is documented in the README ("Reputation score").
 *
 * The star and sentiment averages come from daily buckets (the store maintains them), so a
 * business with years of reviews costs as much as its number of review days, not reviews.
 * Velocity and unanswered negatives look at the reviews of the last 90 days.
 */
import { bucketsFromReviews, type BucketedReview, type DayBucket } from './buckets';
import { DAY } from '../time';
import { ratingChange } from './rating-change';
import { MONTH_DAYS, RECENT_DAYS, WEEK_DAYS } from './windows';

/** The facts about one recent review the score needs. */
export interface ScoredReview extends BucketedReview {
  replied: boolean;
}

/** Reviews older than this do not count for velocity or unanswered negatives. */
export const RECENT_WINDOW = RECENT_DAYS * DAY;

export interface ScoredSnapshot {
  capturedAt: number;
  rating?: number;
}

export type Band = 'red' | 'yellow' | 'green';

export type ReasonCode = 'stars' | 'sentiment' | 'velocity' | 'unanswered' | 'trend';

export interface ScoreReason {
  code: ReasonCode;
  /** Points lost (positive number). */
  points: number;
  /** The most this reason can cost (its weight in the formula). */
  max: number;
  /** Figures for the sentence the UI builds in the owner's language. */
  figures: Record<string, number>;
}

export interface ReputationScore {
  score: number;
  band: Band;
  /** Reasons for lost points, largest first; reasons worth less than half a point are left out. */
  reasons: ScoreReason[];
  /** How many reviews the score rests on. */
  basis: number;
}

/** The tunable constants of the formula (README documents each). */
export const SCORE_PARAMS = {
  starWeight: 50,
  sentimentWeight: 20,
  velocityMax: 15,
  unansweredMax: 10,
  trendMax: 5,
  /** Half-life of a review's weight in the star and sentiment averages. */
  halfLifeDays: 180,
  /** Pseudo-reviews of prior: the site's own rating (or 3.8★ when unknown) counts as this many reviews. */
  priorWeight: 5,
  fallbackPriorStars: 3.8,
  sentimentPrior: 0.3,
  sentimentPriorWeight: 3,
  /** Points per negative review in the last 7 days, and in days 8–30. */
  velocityPerWeek: 4,
  velocityPerMonth: 1.5,
  /** An unanswered negative counts after this many days. */
  unansweredAfterDays: 3,
  unansweredWindowDays: RECENT_DAYS,
  unansweredPoints: 2.5,
  /** Points per tenth of a star the displayed rating fell in 30 days. */
  trendPointsPerTenth: 2.5,
};

export function bandOf(score: number): Band {
  if (score <= 45) return 'red';
  if (score <= 75) return 'yellow';
  return 'green';
}

function weight(at: number, now: number): number {
  const ageDays = Math.max(0, (now - at) / DAY);
  return Math.pow(0.5, ageDays / SCORE_PARAMS.halfLifeDays);
}

/** Recency-weighted mean over buckets (each bucket weighs as of its midday), smoothed toward `prior`. */
function smoothedMean(
  buckets: readonly DayBucket[],
  sum: (b: DayBucket) => number,
  count: (b: DayBucket) => number,
  prior: number,
  priorWeight: number,
  now: number,
): number {
  let total = 0;
  let weightSum = 0;
  for (const b of buckets) {
    const n = count(b);
    if (n <= 0) continue;
    const w = weight(b.day * DAY + DAY / 2, now);
    total += w * sum(b);
    weightSum += w * n;
  }
  return (total + priorWeight * prior) / (weightSum + priorWeight);
}

/** Recency-weighted star average, smoothed toward the site's rating (or 3.8★). */
export function weightedStars(buckets: readonly DayBucket[], prior: number | undefined, now: number): number {
  return smoothedMean(
    buckets,
    (b) => b.ratingSum,
    (b) => b.ratingCount,
    prior ?? SCORE_PARAMS.fallbackPriorStars,
    SCORE_PARAMS.priorWeight,
    now,
  );
}

export function weightedSentiment(buckets: readonly DayBucket[], now: number): number {
  return smoothedMean(
    buckets,
    (b) => b.sentimentSum,
    (b) => b.sentimentCount,
    SCORE_PARAMS.sentimentPrior,
    SCORE_PARAMS.sentimentPriorWeight,
    now,
  );
}

/** How much the displayed rating fell over the trend window (`ratingChange`), 0 when it rose or there is no trend yet. */
export function ratingDrop(snapshots: readonly ScoredSnapshot[], now: number): number {
  const change = ratingChange(snapshots, now);
  return change ? Math.max(0, change.from - change.to) : 0;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export interface ScoreInput {
  /** Daily buckets of all known reviews. */
  buckets: readonly DayBucket[];
  /** Reviews of the last 90 days (more are ignored). */
  recent: readonly ScoredReview[];
  snapshots: readonly ScoredSnapshot[];
  /** The site's displayed overall rating, used as the prior. */
  siteRating?: number;
  now: number;
  /** Days after which an unanswered negative counts (the owner's setting; the risk level uses the same). */
  unansweredAfterDays?: number;
}

/** The same input built from a plain list of reviews (tests, and the naive comparison). */
export function scoreInputFromReviews(reviews: readonly ScoredReview[], rest: Omit<ScoreInput, 'buckets' | 'recent'>): ScoreInput {
  return { ...rest, buckets: bucketsFromReviews(reviews), recent: reviews.filter((r) => rest.now - r.at <= RECENT_WINDOW) };
}

export function computeScore(input: ScoreInput): ReputationScore {
  const { buckets, snapshots, now } = input;
  const P = SCORE_PARAMS;
  const reasons: ScoreReason[] = [];
  const reviews = input.recent;

  const stars = weightedStars(buckets, input.siteRating, now);
  reasons.push({ code: 'stars', points: (P.starWeight * (5 - stars)) / 4, max: P.starWeight, figures: { stars: round1(stars) } });

  const sentiment = weightedSentiment(buckets, now);
  reasons.push({
    code: 'sentiment',
    points: (P.sentimentWeight * (1 - sentiment)) / 2,
    max: P.sentimentWeight,
    // `|| 0`: a −0 would read as "−0" and would not survive JSON (the cached views) as itself.
    figures: { sentiment: Math.round(sentiment * 100) / 100 || 0 },
  });

  const negatives = reviews.filter((r) => r.negative);
  const week = negatives.filter((r) => now - r.at <= WEEK_DAYS * DAY).length;
  const month = negatives.filter((r) => now - r.at <= MONTH_DAYS * DAY).length;
  reasons.push({
    code: 'velocity',
    points: Math.min(P.velocityMax, P.velocityPerWeek * week + P.velocityPerMonth * (month - week)),
    max: P.velocityMax,
    figures: { week, month, weekDays: WEEK_DAYS, monthDays: MONTH_DAYS },
  });

  const afterDays = input.unansweredAfterDays ?? P.unansweredAfterDays;
  const unanswered = negatives.filter((r) => !r.replied && now - r.at > afterDays * DAY && now - r.at <= P.unansweredWindowDays * DAY).length;
  reasons.push({
    code: 'unanswered',
    points: Math.min(P.unansweredMax, P.unansweredPoints * unanswered),
    max: P.unansweredMax,
    figures: { count: unanswered, days: afterDays },
  });

  const change = ratingChange(snapshots, now);
  const drop = change ? Math.max(0, change.from - change.to) : 0;
  reasons.push({
    code: 'trend',
    points: Math.min(P.trendMax, P.trendPointsPerTenth * drop * 10),
    max: P.trendMax,
    figures: { drop: round1(drop), days: change?.days ?? 0 },
  });

  const lost = reasons.reduce((sum, r) => sum + r.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(100 - lost)));
  const shown = reasons
    .filter((r) => r.points >= 0.5)
    .map((r) => ({ ...r, points: Math.round(r.points) }))
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points);
  return { score, band: bandOf(score), reasons: shown, basis: buckets.reduce((n, b) => n + b.count, 0) };
}
