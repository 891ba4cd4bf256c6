/**
 * What arrives from the sync server is untrusted input, like an imported file. A document of a
 * known shape is rebuilt from the record the import's checks make of it (known site, a link on
 * that site, lengths, allowed values, dates, derived fields such as a review's date computed
 * again): only that rebuilt document goes on, never the fields as they came — an unknown field,
 * a "done" smuggled inside the review or a missing date cannot reach the store. A document that
 * fails is skipped, never thrown on, so one of them cannot stop every later sync.
 */
import { DAY } from '../../time';
import { importedAlert, importedBusiness, importedReview, importedSnapshot } from '../import-file';
import { fingerprintOf } from '../second-match';
import { alertFromDoc, businessFromDoc, isSyncDoc, reviewFromDoc, toAlertDoc, toBusinessDoc, toReviewDoc, toSnapshotDoc, type SyncDoc } from './docs';

/** A time from another browser: finite, and not ahead of this clock beyond a day's drift (it would win every later change). */
function stamp(value: unknown, now: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= now + DAY ? value : undefined;
}

function rebuild(value: SyncDoc, now: number): SyncDoc | undefined {
  switch (value.type) {
    case 'business':
      return toBusinessDoc(importedBusiness(businessFromDoc(value, undefined), now));
    case 'review': {
      if (value.unread !== 0 && value.unread !== 1) return undefined;
      if (typeof value.done.value !== 'boolean') return undefined;
      const doneAt = stamp(value.done.at, now);
      if (doneAt === undefined) return undefined;
      // The review's own fields only: what one browser holds for itself is read from the document's outer fields below.
      const { review } = toReviewDoc(
        importedReview(
          reviewFromDoc({ ...value, unread: 0, readAt: undefined, done: { value: false, at: 0 } }, (r) => ({
            analysis: r.analysis,
            negative: 0,
            fingerprint: fingerprintOf(r),
          })),
          now,
        ),
      );
      const doc: SyncDoc = { _id: value._id, type: 'review', v: value.v, review, unread: value.unread, done: { value: value.done.value, at: doneAt } };
      const readAt = value.readAt === undefined ? undefined : stamp(value.readAt, now);
      if (value.readAt !== undefined && readAt === undefined) return undefined;
      if (readAt !== undefined) doc.readAt = readAt;
      return doc;
    }
    case 'snapshot':
      return toSnapshotDoc({
        ...importedSnapshot(
          { businessKey: value.businessKey, visitId: value.visitId, capturedAt: value.capturedAt, rating: value.rating, reviewCount: value.reviewCount },
          now,
        ),
        id: 0,
      });
    case 'alert':
      return toAlertDoc(importedAlert(alertFromDoc(value, undefined, now), now));
  }
}

/**
 * The document as this browser may use it, rebuilt from what passed the checks, with its
 * revision and conflicts (PouchDB's own fields); undefined when it is not one of ours or fails.
 */
export function trustedSyncDoc<T extends { _rev?: unknown; _conflicts?: unknown }>(
  value: T | null | undefined,
  now: number,
): (SyncDoc & { _rev?: string; _conflicts?: string[] }) | undefined {
  if (!isSyncDoc(value)) return undefined;
  try {
    const doc = rebuild(value, now);
    if (!doc || doc._id !== value._id || doc.type !== value.type) return undefined;
    const out: SyncDoc & { _rev?: string; _conflicts?: string[] } = { ...doc, v: value.v };
    const raw = value as { _rev?: unknown; _conflicts?: unknown };
    if (typeof raw._rev === 'string') out._rev = raw._rev;
    if (Array.isArray(raw._conflicts) && raw._conflicts.every((rev) => typeof rev === 'string')) out._conflicts = raw._conflicts as string[];
    return out;
  } catch {
    return undefined;
  }
}
