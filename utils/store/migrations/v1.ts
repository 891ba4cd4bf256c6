import type { IDBPDatabase } from 'idb';
import type { SchemaV1 } from './schema-v1';

/** Version 1: businesses, header snapshots, reviews and alert records. */
export function migrateToV1(db: IDBPDatabase<SchemaV1>): void {
  const businesses = db.createObjectStore('businesses', { keyPath: 'key' });
  businesses.createIndex('byRole', 'role');
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  snapshots.createIndex('byBusiness', ['businessKey', 'capturedAt']);
  const reviews = db.createObjectStore('reviews', { keyPath: 'key' });
  reviews.createIndex('byBusiness', 'businessKey');
  // Compound with `unread`: only records that have `unread` are in this index.
  reviews.createIndex('byUnread', ['businessKey', 'unread']);
  const alerts = db.createObjectStore('alerts', { keyPath: 'id' });
  alerts.createIndex('byCreated', 'createdAt');
}
