/**
 * What arrives from the sync server is untrusted input, like an imported file: a document of a
 * known shape must also make a record that passes the import's checks (known site, a link on
 * that site, lengths, allowed values, dates) before this browser merges or stores it. A bad
 * document is skipped — never thrown on, so one of them cannot stop every later sync.
 */
import { importedAlert, importedBusiness, importedReview, importedSnapshot } from '../import-file';
import { fingerprintOf } from '../second-match';
import { alertFromDoc, businessFromDoc, isSyncDoc, reviewFromDoc, type SyncDoc } from './docs';

export function isTrustedSyncDoc(value: unknown, now: number): value is SyncDoc {
  if (!isSyncDoc(value)) return false;
  try {
    switch (value.type) {
      case 'business':
        importedBusiness(businessFromDoc(value, undefined), now);
        break;
      case 'review':
        importedReview(
          reviewFromDoc(value, (r) => ({ analysis: r.analysis, negative: 0, fingerprint: fingerprintOf(r) })),
          now,
        );
        if (value.unread !== 0 && value.unread !== 1) return false;
        if (value.readAt !== undefined && !Number.isFinite(value.readAt)) return false;
        if (typeof value.done.value !== 'boolean') return false;
        break;
      case 'snapshot':
        importedSnapshot(
          { businessKey: value.businessKey, visitId: value.visitId, capturedAt: value.capturedAt, rating: value.rating, reviewCount: value.reviewCount },
          now,
        );
        break;
      case 'alert':
        importedAlert(alertFromDoc(value, undefined, now), now);
        break;
    }
    return true;
  } catch {
    return false;
  }
}
