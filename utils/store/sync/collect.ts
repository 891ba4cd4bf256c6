/**
 * What this browser has to send: the documents of the records that changed since the last time
 * (`since`), read through the indexes the store already has, so a sync after one capture reads
 * what that capture wrote and not the whole store. `since` undefined: everything (the first sync,
 * or after an import).
 *
 * - businesses: all of them (a few hundred at most; the owner's choices carry no index);
 * - reviews: those first seen since (`byBusinessSeen`), plus the ones named in `reviewKeys`: the
 *   reviews captures changed (`IngestResult.written`) and the ones read or marked done, kept in
 *   the background's outbox until a sync has sent them;
 * - visits (`byBusiness` by capture time) and alerts (`byCreated`, a day back: a visit's alert
 *   grows while the visit goes on).
 */
import { DAY } from '../../time';
import type { SentinelDatabase } from '../db';
import { toAlertDoc, toBusinessDoc, toReviewDoc, toSnapshotDoc, type SyncDoc } from './docs';

export interface CollectOptions {
  since?: number;
  reviewKeys?: readonly string[];
  /** Documents per page handed to `onPage` (the store is never held whole in memory). */
  pageSize?: number;
}

/** Reads go back this far before `since`: a capture computed its time before it committed. */
export const SINCE_MARGIN = 10 * 60_000;

/** Calls `onPage` with the changed documents, businesses first, then reviews, visits and alerts. Returns how many. */
export async function collectChanges(db: SentinelDatabase, options: CollectOptions, onPage: (docs: SyncDoc[]) => Promise<void>): Promise<number> {
  const pageSize = options.pageSize ?? 500;
  const since = options.since === undefined ? undefined : options.since - SINCE_MARGIN;
  let count = 0;
  const emit = async (docs: SyncDoc[]): Promise<void> => {
    for (let i = 0; i < docs.length; i += pageSize) await onPage(docs.slice(i, i + pageSize));
    count += docs.length;
  };
  const businesses = await db.getAll('businesses');
  await emit(businesses.map(toBusinessDoc));

  if (since === undefined) {
    // Every review, a page at a time in key order.
    let after: string | undefined;
    for (;;) {
      const page = await db.getAll('reviews', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), pageSize);
      if (page.length === 0) break;
      await emit(page.map(toReviewDoc));
      after = page.at(-1)!.key;
    }
  } else {
    const seen = new Set<string>();
    for (const business of businesses) {
      const changed = await db.getAllFromIndex('reviews', 'byBusinessSeen', IDBKeyRange.bound([business.key, since], [business.key, Infinity]));
      changed.forEach((r) => seen.add(r.key));
      await emit(changed.map(toReviewDoc));
    }
    const named = [...new Set(options.reviewKeys ?? [])].filter((key) => !seen.has(key));
    for (let i = 0; i < named.length; i += pageSize) {
      const tx = db.transaction('reviews');
      const found = await Promise.all(named.slice(i, i + pageSize).map((key) => tx.store.get(key)));
      await tx.done;
      await emit(found.flatMap((r) => (r ? [toReviewDoc(r)] : [])));
    }
  }

  const snapshots =
    since === undefined
      ? await db.getAll('snapshots')
      : (await Promise.all(businesses.map((b) => db.getAllFromIndex('snapshots', 'byBusiness', IDBKeyRange.bound([b.key, since], [b.key, Infinity]))))).flat();
  await emit(snapshots.map(toSnapshotDoc));
  const alerts = since === undefined ? await db.getAll('alerts') : await db.getAllFromIndex('alerts', 'byCreated', IDBKeyRange.lowerBound(since - DAY));
  await emit(alerts.map(toAlertDoc));
  return count;
}
