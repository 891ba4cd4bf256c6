/**
 * Daily buckets: what the reviews published on one day add up to. The store keeps them up to
 * date on every capture, so scores and trends never need to read every review. Pure.
 */
import { DAY } from '../time';

/** Days since the epoch (UTC). */
export function dayOf(at: number): number {
  return Math.floor(at / DAY);
}

export interface DayBucket {
  day: number;
  /** Reviews published that day. */
  count: number;
  ratingSum: number;
  ratingCount: number;
  sentimentSum: number;
  sentimentCount: number;
  negatives: number;
}

/** The facts of one review a bucket counts. */
export interface BucketedReview {
  at: number;
  rating?: number;
  /** Text sentiment, or undefined when the text carried no signal. */
  sentiment?: number;
  negative: boolean;
}

export function emptyBucket(day: number): DayBucket {
  return { day, count: 0, ratingSum: 0, ratingCount: 0, sentimentSum: 0, sentimentCount: 0, negatives: 0 };
}

/** Adds (sign 1) or removes (sign −1) a review's contribution. */
export function applyToBucket(bucket: DayBucket, review: BucketedReview, sign: 1 | -1): DayBucket {
  const next = { ...bucket };
  next.count += sign;
  if (review.rating !== undefined) {
    next.ratingSum += sign * review.rating;
    next.ratingCount += sign;
  }
  if (review.sentiment !== undefined) {
    next.sentimentSum += sign * review.sentiment;
    next.sentimentCount += sign;
  }
  if (review.negative) next.negatives += sign;
  // Float sums drift; a bucket that is empty again is exactly empty.
  if (next.count <= 0) return emptyBucket(bucket.day);
  return next;
}

export function bucketsFromReviews(reviews: readonly BucketedReview[]): DayBucket[] {
  const byDay = new Map<number, DayBucket>();
  for (const review of reviews) {
    const day = dayOf(review.at);
    byDay.set(day, applyToBucket(byDay.get(day) ?? emptyBucket(day), review, 1));
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** Buckets of several businesses (a group) merged day by day. */
export function mergeBuckets(lists: ReadonlyArray<readonly DayBucket[]>): DayBucket[] {
  const byDay = new Map<number, DayBucket>();
  for (const list of lists) {
    for (const b of list) {
      const into = byDay.get(b.day) ?? emptyBucket(b.day);
      byDay.set(b.day, {
        day: b.day,
        count: into.count + b.count,
        ratingSum: into.ratingSum + b.ratingSum,
        ratingCount: into.ratingCount + b.ratingCount,
        sentimentSum: into.sentimentSum + b.sentimentSum,
        sentimentCount: into.sentimentCount + b.sentimentCount,
        negatives: into.negatives + b.negatives,
      });
    }
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}
