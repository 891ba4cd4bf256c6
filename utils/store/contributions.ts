/**
 * What one stored review contributes to its business's aggregate and to its day's bucket.
 * Ingest, mark-read, migration and import all maintain the derived data through these.
 */
import { isPositiveOnTenPoints, onTenPoints } from '../alerts/scale-rules';
import { applyToBucket, dayOf, emptyBucket } from '../reputation/buckets';
import type { AggregateRecord, DayRecord, ReviewRecord } from './schema';

export function emptyAggregate(businessKey: string): AggregateRecord {
  return { businessKey, total: 0, negatives: 0, positives: 0, unread: 0, unanswered: 0, ratingCounts: [0, 0, 0, 0, 0], ratingSum: 0, ratingCount: 0 };
}

export function isPositiveReview(review: Pick<ReviewRecord, 'rating' | 'analysis' | 'siteScore' | 'scale'>): boolean {
  if (onTenPoints(review)) return isPositiveOnTenPoints(review.siteScore, review.analysis);
  return review.rating !== undefined ? review.rating >= 4 : review.analysis.label === 'positive';
}

/** The date a review is filed under: published if known, else first seen. */
export function reviewAt(review: Pick<ReviewRecord, 'publishedAt' | 'firstSeenAt'>): number {
  return review.publishedAt ?? review.firstSeenAt;
}

export function applyToAggregate(aggregate: AggregateRecord, review: ReviewRecord, sign: 1 | -1): AggregateRecord {
  const next = { ...aggregate, ratingCounts: [...aggregate.ratingCounts] };
  next.total += sign;
  if (review.negative === 1) {
    next.negatives += sign;
    if (!review.reply) next.unanswered += sign;
  }
  if (isPositiveReview(review)) next.positives += sign;
  if (review.unread === 1) next.unread += sign;
  if (review.rating !== undefined) {
    const index = Math.min(4, Math.max(0, Math.ceil(review.rating) - 1));
    next.ratingCounts[index] = (next.ratingCounts[index] ?? 0) + sign;
    next.ratingSum += sign * review.rating;
    next.ratingCount += sign;
  }
  return next;
}

export function applyToDay(day: DayRecord | undefined, review: ReviewRecord, sign: 1 | -1): DayRecord {
  const at = review.at ?? reviewAt(review);
  const base = day ?? { businessKey: review.businessKey, ...emptyBucket(dayOf(at)) };
  const bucket = applyToBucket(
    base,
    { at, rating: review.rating, sentiment: review.analysis.label === 'none' ? undefined : review.analysis.score, negative: review.negative === 1 },
    sign,
  );
  return { ...bucket, businessKey: review.businessKey };
}
