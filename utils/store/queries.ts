/**
 * Reads and small writes the popup, options page and background need. IndexedDB is touched
 * only by `utils/store/`: this file, `db.ts` (opening and the upgrade ladder with
 * `migrations/` and `rebuild-derived.ts`), `ingest.ts` (captures), `import.ts` (Import JSON),
 * `export.ts` (exports) and `read-models.ts` (the pages' views).
 */
import { DAY } from '../time';
import type { SentinelDatabase } from './db';
import type { AlertRecord, BusinessRecord, BusinessRole, OwnerChangedAt, ReviewRecord, SnapshotRecord } from './schema';

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

/** The keys of unread negatives: one business's, or all (null). */
export function unreadReviewKeys(db: SentinelDatabase, businessKey: string | null): Promise<string[]> {
  return db.getAllKeysFromIndex('reviews', 'byUnread', businessKey === null ? undefined : IDBKeyRange.only([businessKey, 1]));
}

/** Marks unread negatives as read (one business, or all; optionally only some reviews). Returns how many changed. */
export async function markRead(db: SentinelDatabase, businessKey: string | null, reviewKeys?: readonly string[], now = Date.now()): Promise<number> {
  const tx = db.transaction(['reviews', 'aggregates'], 'readwrite');
  const index = tx.objectStore('reviews').index('byUnread');
  const wanted = reviewKeys ? new Set(reviewKeys) : null;
  const perBusiness = new Map<string, number>();
  let cursor = await index.openCursor(businessKey === null ? undefined : IDBKeyRange.only([businessKey, 1]));
  while (cursor) {
    if (!wanted || wanted.has(cursor.value.key)) {
      const { unread: _unread, ...rest } = cursor.value;
      // When it was read travels with sync: read on one browser is read on all.
      await cursor.update({ ...rest, readAt: now });
      perBusiness.set(rest.businessKey, (perBusiness.get(rest.businessKey) ?? 0) + 1);
    }
    cursor = await cursor.continue();
  }
  const aggregates = tx.objectStore('aggregates');
  for (const [key, count] of perBusiness) {
    const aggregate = await aggregates.get(key);
    if (aggregate) await aggregates.put({ ...aggregate, unread: Math.max(0, aggregate.unread - count) });
  }
  await tx.done;
  return [...perBusiness.values()].reduce((a, b) => a + b, 0);
}

/**
 * Marks a review handled ("done": it leaves "Needs a look", stays in the history) or undoes it.
 * Done also reads it, so the badge follows; undo keeps it read. False when there is no such review.
 */
export async function setReviewDone(db: SentinelDatabase, reviewKey: string, done: boolean, now = Date.now()): Promise<boolean> {
  const tx = db.transaction(['reviews', 'aggregates'], 'readwrite');
  const reviews = tx.objectStore('reviews');
  const review = await reviews.get(reviewKey);
  if (!review) {
    await tx.done;
    return false;
  }
  const { done: _done, unread, ...stamped } = review;
  // The time of the change travels with sync (the latest change wins); done also reads it.
  const rest = { ...stamped, doneAt: now, ...(done && unread === 1 ? { readAt: now } : {}) };
  await reviews.put(done ? { ...rest, done: 1 } : unread ? { ...rest, unread } : rest);
  if (done && unread === 1) {
    const aggregates = tx.objectStore('aggregates');
    const aggregate = await aggregates.get(review.businessKey);
    if (aggregate) await aggregates.put({ ...aggregate, unread: Math.max(0, aggregate.unread - 1) });
  }
  await tx.done;
  return true;
}

/** Unread negatives per business (from the maintained counts), for the badge's tooltip. */
export async function unreadByBusiness(db: SentinelDatabase): Promise<Array<{ business: BusinessRecord; unread: number }>> {
  const tx = db.transaction(['aggregates', 'businesses']);
  const aggregates = await tx.objectStore('aggregates').getAll();
  const rows: Array<{ business: BusinessRecord; unread: number }> = [];
  for (const aggregate of aggregates) {
    if (aggregate.unread <= 0) continue;
    const business = await tx.objectStore('businesses').get(aggregate.businessKey);
    if (business) rows.push({ business, unread: aggregate.unread });
  }
  await tx.done;
  return rows.sort((a, b) => b.unread - a.unread);
}

/** Reviews read per business (from the maintained counts); a business without any is absent. */
export async function reviewTotals(db: SentinelDatabase): Promise<Map<string, number>> {
  const aggregates = await db.getAll('aggregates');
  return new Map(aggregates.filter((a) => a.total > 0).map((a) => [a.businessKey, a.total]));
}

/** Changes one business in its own transaction; false when there is no such business. */
async function updateBusiness(db: SentinelDatabase, businessKey: string, change: (business: BusinessRecord) => BusinessRecord): Promise<boolean> {
  const tx = db.transaction('businesses', 'readwrite');
  const business = await tx.store.get(businessKey);
  if (business) await tx.store.put(change(business));
  await tx.done;
  return business !== undefined;
}

/** The business with the time of a change to one of the owner's choices (sync resolves them by the latest change). */
export function stampOwnerChange<B extends BusinessRecord>(business: B, field: keyof OwnerChangedAt, now: number): B {
  return { ...business, ownerChangedAt: { ...business.ownerChangedAt, [field]: now } };
}

export function setBusinessRole(db: SentinelDatabase, businessKey: string, role: BusinessRole | null, now = Date.now()): Promise<boolean> {
  return updateBusiness(db, businessKey, ({ role: _old, ...rest }) => stampOwnerChange(role ? { ...rest, role } : rest, 'role', now));
}

/** The owner's own name for a business; null or blank goes back to the site's name. */
export function renameBusiness(db: SentinelDatabase, businessKey: string, displayName: string | null, now = Date.now()): Promise<boolean> {
  const name = displayName?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return updateBusiness(db, businessKey, ({ displayName: _old, ...rest }) =>
    stampOwnerChange(name ? { ...rest, displayName: name } : rest, 'displayName', now),
  );
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

/** Joins businesses into one group (the same place on several sites), or removes them from theirs (null). */
export async function setGroup(db: SentinelDatabase, businessKeys: readonly string[], group: string | null, now = Date.now()): Promise<number> {
  const tx = db.transaction('businesses', 'readwrite');
  let changed = 0;
  for (const key of businessKeys) {
    const business = await tx.store.get(key);
    if (!business) continue;
    const { group: _old, ...rest } = business;
    await tx.store.put(stampOwnerChange(group ? { ...rest, group } : rest, 'group', now));
    changed++;
  }
  await tx.done;
  return changed;
}

export function businessesInGroup(db: SentinelDatabase, group: string): Promise<BusinessRecord[]> {
  return db.getAllFromIndex('businesses', 'byGroup', group);
}

const ALL_STORES = ['businesses', 'snapshots', 'reviews', 'alerts', 'aggregates', 'days', 'starLearning'] as const;

/** Deletes businesses with everything stored about them, in one transaction. */
export async function deleteBusinesses(db: SentinelDatabase, keys: readonly string[]): Promise<{ businesses: number; reviews: number }> {
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  let reviews = 0;
  for (const key of keys) {
    await tx.objectStore('businesses').delete(key);
    await tx.objectStore('aggregates').delete(key);
    await tx.objectStore('starLearning').delete(key);
    await tx.objectStore('days').delete(IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
    let s = await tx
      .objectStore('snapshots')
      .index('byBusiness')
      .openCursor(IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
    while (s) {
      await s.delete();
      s = await s.continue();
    }
    let r = await tx.objectStore('reviews').index('byBusiness').openCursor(IDBKeyRange.only(key));
    while (r) {
      await r.delete();
      reviews++;
      r = await r.continue();
    }
    let a = await tx.objectStore('alerts').index('byBusiness').openCursor(IDBKeyRange.only(key));
    while (a) {
      await a.delete();
      a = await a.continue();
    }
  }
  await tx.done;
  return { businesses: keys.length, reviews };
}

/**
 * Retention: businesses the owner never marked as theirs or a competitor's nor grouped, not visited for
 * `retentionDays`, are deleted with their reviews. Returns what was deleted.
 */
export async function pruneUnmarked(db: SentinelDatabase, now: number, retentionDays: number): Promise<{ businesses: number; reviews: number }> {
  const cutoff = now - retentionDays * DAY;
  const stale = await db.getAllFromIndex('businesses', 'byLastChecked', IDBKeyRange.upperBound(cutoff, true));
  const doomed = stale.filter((b) => !b.role && !b.group).map((b) => b.key);
  if (doomed.length === 0) return { businesses: 0, reviews: 0 };
  return deleteBusinesses(db, doomed);
}

/** Deletes everything (options: "Delete all data"). */
export async function clearAll(db: SentinelDatabase): Promise<void> {
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).clear()));
  await tx.done;
}
