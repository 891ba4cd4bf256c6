/**
 * Rebuilds the derived stores (aggregates, day buckets) from the stored reviews with today's
 * review rules. The migration steps are frozen and never count anything; this step is not
 * frozen: it is versioned instead, like ANALYSIS_VERSION for analyses.
 *
 * `DERIVED_VERSION` is the schema version whose upgrade last changed what the derived stores
 * count. A database upgraded from an older version has them rebuilt, in the upgrade transaction,
 * before any page can read them. To change what a review contributes (`contributions.ts`), raise
 * DB_VERSION and set DERIVED_VERSION to it; the ladder needs no step for that.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { dayOf } from '../reputation/buckets';
import { applyToAggregate, applyToDay, emptyAggregate } from './contributions';
import type { AggregateRecord, DayRecord, SentinelDB } from './schema';

/** 3: the upgrade to version 3 merges reviews stored twice, so their counts are counted again. */
export const DERIVED_VERSION = 3;

/** Whether opening a database of `oldVersion` must rebuild the derived stores (a new database has nothing to count). */
export function needsRebuild(oldVersion: number): boolean {
  return oldVersion > 0 && oldVersion < DERIVED_VERSION;
}

/** Replaces every aggregate and day bucket by a count of the reviews, in the given transaction. */
export async function rebuildDerived(tx: IDBPTransaction<SentinelDB, StoreNames<SentinelDB>[], 'versionchange'>): Promise<void> {
  const aggregates = new Map<string, AggregateRecord>();
  const days = new Map<string, DayRecord>();
  let cursor = await tx.objectStore('reviews').openCursor();
  while (cursor) {
    const review = cursor.value;
    aggregates.set(review.businessKey, applyToAggregate(aggregates.get(review.businessKey) ?? emptyAggregate(review.businessKey), review, 1));
    const dayKey = `${review.businessKey}\u0000${dayOf(review.at)}`;
    days.set(dayKey, applyToDay(days.get(dayKey), review, 1));
    cursor = await cursor.continue();
  }
  const aggregateStore = tx.objectStore('aggregates');
  const dayStore = tx.objectStore('days');
  await Promise.all([aggregateStore.clear(), dayStore.clear()]);
  await Promise.all([...[...aggregates.values()].map((a) => aggregateStore.put(a)), ...[...days.values()].map((d) => dayStore.put(d))]);
}
