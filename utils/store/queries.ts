/**
 * Reads and small writes the popup, options page and background need. Together with
 * `ingest.ts` and `db.ts` this is the only code that touches IndexedDB.
 */
import type { SentinelDatabase } from './db';
import type { AlertRecord, BusinessRecord, BusinessRole, ReviewRecord, SnapshotRecord } from './schema';

export function getBusiness(db: SentinelDatabase, key: string): Promise<BusinessRecord | undefined> {
  return db.get('businesses', key);
}

export function listBusinesses(db: SentinelDatabase): Promise<BusinessRecord[]> {
  return db.getAll('businesses');
}

export function reviewsOfBusiness(db: SentinelDatabase, businessKey: string): Promise<ReviewRecord[]> {
  return db.getAllFromIndex('reviews', 'byBusiness', businessKey);
}

export function snapshotsOfBusiness(db: SentinelDatabase, businessKey: string): Promise<SnapshotRecord[]> {
  return db.getAllFromIndex('snapshots', 'byBusiness', IDBKeyRange.bound([businessKey, -Infinity], [businessKey, Infinity]));
}

/** Unread negative reviews: all of them, or one business's. */
export function countUnread(db: SentinelDatabase, businessKey?: string): Promise<number> {
  const range = businessKey === undefined ? undefined : IDBKeyRange.only([businessKey, 1]);
  return db.countFromIndex('reviews', 'byUnread', range);
}

/** Marks unread negatives as read (one business, or all). Returns how many changed. */
export async function markRead(db: SentinelDatabase, businessKey: string | null, reviewKeys?: readonly string[]): Promise<number> {
  const tx = db.transaction('reviews', 'readwrite');
  const index = tx.store.index('byUnread');
  let changed = 0;
  const wanted = reviewKeys ? new Set(reviewKeys) : null;
  let cursor = await index.openCursor(businessKey === null ? undefined : IDBKeyRange.only([businessKey, 1]));
  while (cursor) {
    if (!wanted || wanted.has(cursor.value.key)) {
      const { unread: _unread, ...rest } = cursor.value;
      await cursor.update(rest);
      changed++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return changed;
}

export async function setBusinessRole(db: SentinelDatabase, businessKey: string, role: BusinessRole | null): Promise<boolean> {
  const tx = db.transaction('businesses', 'readwrite');
  const business = await tx.store.get(businessKey);
  if (!business) {
    await tx.done;
    return false;
  }
  const { role: _old, ...rest } = business;
  await tx.store.put(role ? { ...rest, role } : rest);
  await tx.done;
  return true;
}

export function getAlert(db: SentinelDatabase, id: string): Promise<AlertRecord | undefined> {
  return db.get('alerts', id);
}

export async function markAlertShown(db: SentinelDatabase, id: string, at: number): Promise<void> {
  const tx = db.transaction('alerts', 'readwrite');
  const alert = await tx.store.get(id);
  if (alert && alert.shownAt === undefined) await tx.store.put({ ...alert, shownAt: at });
  await tx.done;
}

/** Alerts stored but never shown (the worker stopped between storing and notifying). */
export async function pendingAlerts(db: SentinelDatabase, since: number): Promise<AlertRecord[]> {
  const recent = await db.getAllFromIndex('alerts', 'byCreated', IDBKeyRange.lowerBound(since));
  return recent.filter((alert) => alert.shownAt === undefined);
}

export function recentAlerts(db: SentinelDatabase, limit: number): Promise<AlertRecord[]> {
  return db.getAllFromIndex('alerts', 'byCreated').then((all) => all.slice(-limit).reverse());
}

export async function getReviews(db: SentinelDatabase, keys: readonly string[]): Promise<ReviewRecord[]> {
  const tx = db.transaction('reviews');
  const found = await Promise.all(keys.map((key) => tx.store.get(key)));
  await tx.done;
  return found.filter((r): r is ReviewRecord => r !== undefined);
}
