import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { dayOf } from '../../reputation/buckets';
import { applyToAggregate, applyToDay, emptyAggregate, reviewAt } from '../contributions';
import type { AggregateRecord, DayRecord, SentinelDB } from '../schema';

/**
 * Version 2: indexes the popup and pruning need (reviews by business and date, by business and
 * first seen; businesses by group and by last visit; alerts by business), each review's `at`
 * date, and the aggregates and daily buckets that let summaries skip scanning every review.
 * Existing reviews are read once to fill them.
 */
export async function migrateToV2(db: IDBPDatabase<SentinelDB>, tx: IDBPTransaction<SentinelDB, StoreNames<SentinelDB>[], 'versionchange'>): Promise<void> {
  const businesses = tx.objectStore('businesses');
  businesses.createIndex('byGroup', 'group');
  businesses.createIndex('byLastChecked', 'lastCheckedAt');
  const reviews = tx.objectStore('reviews');
  reviews.createIndex('byBusinessAt', ['businessKey', 'at']);
  reviews.createIndex('byBusinessSeen', ['businessKey', 'firstSeenAt']);
  tx.objectStore('alerts').createIndex('byBusiness', 'businessKey');
  db.createObjectStore('aggregates', { keyPath: 'businessKey' });
  db.createObjectStore('days', { keyPath: ['businessKey', 'day'] });

  const aggregates = new Map<string, AggregateRecord>();
  const days = new Map<string, DayRecord>();
  let cursor = await reviews.openCursor();
  while (cursor) {
    const review = { ...cursor.value, at: reviewAt(cursor.value) };
    await cursor.update(review);
    aggregates.set(review.businessKey, applyToAggregate(aggregates.get(review.businessKey) ?? emptyAggregate(review.businessKey), review, 1));
    const dayKey = `${review.businessKey}\u0000${dayOf(review.at)}`;
    days.set(dayKey, applyToDay(days.get(dayKey), review, 1));
    cursor = await cursor.continue();
  }
  const aggregateStore = tx.objectStore('aggregates');
  const dayStore = tx.objectStore('days');
  await Promise.all([...[...aggregates.values()].map((a) => aggregateStore.put(a)), ...[...days.values()].map((d) => dayStore.put(d))]);
}
