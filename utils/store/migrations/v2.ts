import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { V1ReviewRecord } from './schema-v1';
import type { SchemaV2, V2ReviewRecord } from './schema-v2';

/**
 * Version 2: indexes the popup and pruning need (reviews by business and date, by business and
 * first seen; businesses by group and by last visit; alerts by business), each review's `at`
 * date, and the stores of derived counts (aggregates, day buckets). Those are filled by the
 * rebuild that runs after the ladder (`../rebuild-derived.ts`), with the rules of the day, not here.
 */
export async function migrateToV2(db: IDBPDatabase<SchemaV2>, tx: IDBPTransaction<SchemaV2, StoreNames<SchemaV2>[], 'versionchange'>): Promise<void> {
  const businesses = tx.objectStore('businesses');
  businesses.createIndex('byGroup', 'group');
  businesses.createIndex('byLastChecked', 'lastCheckedAt');
  const reviews = tx.objectStore('reviews');
  reviews.createIndex('byBusinessAt', ['businessKey', 'at']);
  reviews.createIndex('byBusinessSeen', ['businessKey', 'firstSeenAt']);
  tx.objectStore('alerts').createIndex('byBusiness', 'businessKey');
  db.createObjectStore('aggregates', { keyPath: 'businessKey' });
  db.createObjectStore('days', { keyPath: ['businessKey', 'day'] });

  let cursor = await reviews.openCursor();
  while (cursor) {
    const old: V1ReviewRecord = cursor.value;
    // As version 2 defined it: published if known, else first seen.
    const dated: V2ReviewRecord = { ...old, at: old.publishedAt ?? old.firstSeenAt };
    await cursor.update(dated);
    cursor = await cursor.continue();
  }
}
