import type { IDBPDatabase } from 'idb';
import type { SchemaV4 } from './schema-v4';

/**
 * Version 4: the store `starLearning` (one record per business, keyed by its key), empty. Nothing
 * else changes. The learner fills it from the stored star-rated reviews the next time a capture of
 * the business arrives (`../star-learning.ts`), with the analysis of the day, not here.
 */
export function migrateToV4(db: IDBPDatabase<SchemaV4>): void {
  db.createObjectStore('starLearning', { keyPath: 'businessKey' });
}
