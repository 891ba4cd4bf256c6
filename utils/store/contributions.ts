/**
 * What one stored review contributes to its business's aggregate and to its day's bucket, and
 * the arithmetic of adding and removing contributions. Ingest, mark-read, import, the read
 * models and the rebuild of the derived stores all count through these. Pure.
 */
import { applyToBucket, dayOf, emptyBucket, type DayBucket } from '../reputation/buckets';
import { hasPositiveText, isPositiveReview } from '../reviews/rules';
import type { AggregateRecord, DayRecord, ReviewRecord } from './schema';

/** The figures of an aggregate (or a change to them). */
export type AggregateCounts = Omit<AggregateRecord, 'businessKey'>;
/** The figures of a day bucket (or a change to them). */
export type BucketCounts = Omit<DayBucket, 'day'>;

export function emptyAggregate(businessKey: string): AggregateRecord {
  return { businessKey, total: 0, negatives: 0, positives: 0, unread: 0, unanswered: 0, ratingCounts: [0, 0, 0, 0, 0], ratingSum: 0, ratingCount: 0 };
}

/** Stars to the histogram's index: 0 = 1★ … 4 = 5★, half stars rounded up. */
function starIndex(rating: number): number {
  return Math.min(4, Math.max(0, Math.ceil(rating) - 1));
}

/** Adds (sign 1) or removes (sign −1) a review's contribution. Counts may go below zero: a change is counted the same way. */
export function applyToAggregate<T extends AggregateCounts>(aggregate: T, review: ReviewRecord, sign: 1 | -1): T {
  const next = { ...aggregate, ratingCounts: [...aggregate.ratingCounts] };
  next.total += sign;
  if (review.negative === 1) {
    next.negatives += sign;
    if (!review.reply) next.unanswered += sign;
  }
  if (isPositiveReview(review.rating, hasPositiveText(review.analysis), review)) next.positives += sign;
  if (review.unread === 1) next.unread += sign;
  if (review.rating !== undefined) {
    const index = starIndex(review.rating);
    next.ratingCounts[index] = (next.ratingCounts[index] ?? 0) + sign;
    next.ratingSum += sign * review.rating;
    next.ratingCount += sign;
  }
  return next;
}

/** What a review adds to the bucket of its day (`at`). */
function bucketContribution(review: ReviewRecord) {
  return {
    at: review.at,
    rating: review.rating,
    sentiment: review.analysis.label === 'none' ? undefined : review.analysis.score,
    negative: review.negative === 1,
  };
}

export function applyToDay(day: DayRecord | undefined, review: ReviewRecord, sign: 1 | -1): DayRecord {
  const base = day ?? { businessKey: review.businessKey, ...emptyBucket(dayOf(review.at)) };
  return { ...applyToBucket(base, bucketContribution(review), sign), businessKey: review.businessKey };
}

/** The change to one business's maintained counts that a set of review changes makes. */
export interface CountDelta {
  aggregate: AggregateCounts;
  /** Every day a changed review was or is filed under, with the change to its bucket (possibly all zero). */
  days: Array<{ day: number; change: BucketCounts }>;
}

function zeroBucket(): BucketCounts {
  const { day: _day, ...counts } = emptyBucket(0);
  return counts;
}

function addToBucketCounts(counts: BucketCounts, review: ReviewRecord, sign: 1 | -1): BucketCounts {
  const { rating, sentiment, negative } = bucketContribution(review);
  const next = { ...counts, count: counts.count + sign };
  if (rating !== undefined) {
    next.ratingSum += sign * rating;
    next.ratingCount += sign;
  }
  if (sentiment !== undefined) {
    next.sentimentSum += sign * sentiment;
    next.sentimentCount += sign;
  }
  if (negative) next.negatives += sign;
  return next;
}

/** Subtracts what each record contributed before (undefined: it is new) and adds what it contributes after. */
export function countDelta(changes: ReadonlyArray<readonly [ReviewRecord | undefined, ReviewRecord]>): CountDelta {
  const { businessKey: _key, ...zero } = emptyAggregate('');
  let aggregate: AggregateCounts = zero;
  const days = new Map<number, BucketCounts>();
  const apply = (review: ReviewRecord, sign: 1 | -1): void => {
    aggregate = applyToAggregate(aggregate, review, sign);
    const day = dayOf(review.at);
    days.set(day, addToBucketCounts(days.get(day) ?? zeroBucket(), review, sign));
  };
  for (const [before, after] of changes) {
    if (before) apply(before, -1);
    apply(after, 1);
  }
  return { aggregate, days: [...days].map(([day, change]) => ({ day, change })) };
}

/** The stored aggregate with a change added. */
export function addToAggregate(stored: AggregateRecord | undefined, businessKey: string, change: AggregateCounts): AggregateRecord {
  const base = stored ?? emptyAggregate(businessKey);
  return {
    businessKey,
    total: base.total + change.total,
    negatives: base.negatives + change.negatives,
    positives: base.positives + change.positives,
    unread: base.unread + change.unread,
    unanswered: base.unanswered + change.unanswered,
    ratingCounts: base.ratingCounts.map((n, i) => n + (change.ratingCounts[i] ?? 0)),
    ratingSum: base.ratingSum + change.ratingSum,
    ratingCount: base.ratingCount + change.ratingCount,
  };
}

/** The stored day bucket with a change added; null when no review is left on that day (the record is deleted). */
export function addToDay(stored: DayRecord | undefined, businessKey: string, day: number, change: BucketCounts): DayRecord | null {
  const base = stored ?? { businessKey, ...emptyBucket(day) };
  const count = base.count + change.count;
  // Float sums drift; a day with no review left is dropped rather than kept as a near-zero residue.
  if (count <= 0) return null;
  return {
    businessKey,
    day,
    count,
    ratingSum: base.ratingSum + change.ratingSum,
    ratingCount: base.ratingCount + change.ratingCount,
    sentimentSum: base.sentimentSum + change.sentimentSum,
    sentimentCount: base.sentimentCount + change.sentimentCount,
    negatives: base.negatives + change.negatives,
  };
}
