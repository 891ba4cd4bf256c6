/**
 * The business summary the popup shows, computed from stored records. Pure.
 */
import type { BusinessRecord, ReviewRecord, SnapshotRecord } from '../store/schema';
import { computeScore, type ReputationScore, type ScoredReview } from './score';

export interface BusinessSummary {
  business: BusinessRecord;
  total: number;
  negatives: number;
  /** Share of negative reviews among those known, 0..1 (0 when none are known). */
  negativeShare: number;
  unread: number;
  /** Negative reviews without an owner reply. */
  unanswered: number;
  score: ReputationScore;
  /** Negative reviews to act on: unread first, then unanswered, newest first. */
  attention: ReviewRecord[];
}

export function reviewDate(review: Pick<ReviewRecord, 'publishedAt' | 'firstSeenAt'>): number {
  return review.publishedAt ?? review.firstSeenAt;
}

export function toScoredReview(review: ReviewRecord): ScoredReview {
  const scored: ScoredReview = { negative: review.negative === 1, at: reviewDate(review), replied: Boolean(review.reply) };
  if (review.rating !== undefined) scored.rating = review.rating;
  if (review.analysis.label !== 'none') scored.sentiment = review.analysis.score;
  return scored;
}

export function summarizeBusiness(
  business: BusinessRecord,
  reviews: readonly ReviewRecord[],
  snapshots: readonly SnapshotRecord[],
  now: number,
  attentionLimit = 5,
): BusinessSummary {
  const negatives = reviews.filter((r) => r.negative === 1);
  const unanswered = negatives.filter((r) => !r.reply);
  const attention = [...negatives]
    .sort((a, b) => (b.unread ?? 0) - (a.unread ?? 0) || Number(!b.reply) - Number(!a.reply) || reviewDate(b) - reviewDate(a))
    .slice(0, attentionLimit);
  return {
    business,
    total: reviews.length,
    negatives: negatives.length,
    negativeShare: reviews.length === 0 ? 0 : negatives.length / reviews.length,
    unread: negatives.filter((r) => r.unread === 1).length,
    unanswered: unanswered.length,
    score: computeScore({ reviews: reviews.map(toScoredReview), snapshots, siteRating: business.rating, now }),
    attention,
  };
}
