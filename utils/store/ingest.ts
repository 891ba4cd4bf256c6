/**
 * Stores one capture in a single transaction: the business, a header snapshot per visit,
 * new and changed reviews, the maintained counts, and the alert for new negative reviews.
 * What to write is decided by `planCapture` (pure, `ingest-plan.ts`); this file only reads what
 * the plan needs and writes what it says. Because the review records and the alert are written
 * together, a review is alerted once ever: after this transaction commits it is no longer new,
 * in any tab, after any restart.
 */
import type { IDBPTransaction } from 'idb';
import { addToAggregate, addToDay } from './contributions';
import type { SentinelDatabase } from './db';
import { planCapture, recentAlertId, recordsVisit, rekeyAlert, visitAlertId, type CapturePlan, type IngestInput } from './ingest-plan';
import { businessKeyOf, reviewKeyOf, type AlertRecord, type ReviewRecord, type SentinelDB } from './schema';
import { fingerprintOf } from './second-match';

export { contentHash, type AnalyzedReview, type IngestInput } from './ingest-plan';

export interface IngestResult {
  businessKey: string;
  /** This capture belongs to the business's first visit: stored silently. */
  baseline: boolean;
  added: number;
  updated: number;
  unchanged: number;
  /** The alert created for new negative reviews, if any. */
  alert?: AlertRecord;
  /** Keys of the review records this capture wrote (sync sends these). */
  written: string[];
}

const STORES = ['businesses', 'snapshots', 'reviews', 'alerts', 'aggregates', 'days'] as const;
/** A bound on the records read per fingerprint: the rule merges only when exactly one of them passes. */
const FINGERPRINT_CANDIDATES = 8;

export async function ingestCapture(db: SentinelDatabase, input: IngestInput): Promise<IngestResult> {
  const businessKey = businessKeyOf(input.site, input.business.siteBusinessId);
  const tx = db.transaction([...STORES], 'readwrite');
  const reviews = tx.objectStore('reviews');
  // Every read is issued at once; IndexedDB answers them in order within the transaction.
  const [business, mineCount, stored, visitAlert, recentAlert] = await Promise.all([
    tx.objectStore('businesses').get(businessKey),
    tx.objectStore('businesses').index('byRole').count('mine'),
    Promise.all(input.reviews.map((item) => reviews.get(reviewKeyOf(input.site, item.review.siteReviewId)))),
    tx.objectStore('alerts').get(visitAlertId(businessKey, input.visitId)),
    tx.objectStore('alerts').get(recentAlertId(businessKey)),
  ]);
  // A blind page of a business never followed: nothing to store (the transaction commits empty).
  if (!recordsVisit(input, business)) return { businessKey, baseline: true, added: 0, updated: 0, unchanged: 0, written: [] };
  // The second match: a review not stored under its key may be stored under its other one (the
  // site's id or the card's hash). Only a known business can hold it; one index read per such review.
  const byFingerprint = reviews.index('byFingerprint');
  const sameFingerprint: Array<ReviewRecord[] | undefined> = business
    ? await Promise.all(
        input.reviews.map((item, i) => (stored[i] ? undefined : byFingerprint.getAll([businessKey, fingerprintOf(item.review)], FINGERPRINT_CANDIDATES))),
      )
    : [];
  const plan = planCapture(input, { business, anyMine: mineCount > 0, reviews: stored, visitAlert, recentAlert, sameFingerprint });
  await applyPlan(tx, plan);
  const { baseline, added, updated, unchanged, alert } = plan;
  return { businessKey, baseline, added, updated, unchanged, alert, written: plan.reviewPuts.map((r) => r.key) };
}

type IngestTransaction = IDBPTransaction<SentinelDB, Array<(typeof STORES)[number]>, 'readwrite'>;

/** Writes a plan. Awaits nothing but requests of the transaction, which commits when they are done. */
async function applyPlan(tx: IngestTransaction, plan: CapturePlan): Promise<void> {
  const { businessKey, counts, snapshot } = plan;
  const aggregates = tx.objectStore('aggregates');
  const days = tx.objectStore('days');
  const snapshots = tx.objectStore('snapshots');
  // The figures the count changes add to, and the visit's snapshot if a later message updates it.
  const [aggregate, dayRecords, visitSnapshot, businessAlerts] = await Promise.all([
    counts ? aggregates.get(businessKey) : undefined,
    Promise.all((counts?.days ?? []).map(({ day }) => days.get([businessKey, day]))),
    snapshot.kind === 'update' ? snapshots.get(snapshot.id) : undefined,
    plan.rekeys.length > 0 ? tx.objectStore('alerts').index('byBusiness').getAll(businessKey) : [],
  ]);
  const pending: Array<Promise<unknown>> = plan.rekeys.map(({ from }) => tx.objectStore('reviews').delete(from));
  pending.push(...plan.reviewPuts.map((record) => tx.objectStore('reviews').put(record)));
  // Alerts about a review that moved to the site's id name it by that id (a click marks it read).
  for (const stored of businessAlerts) {
    const next = rekeyAlert(stored, plan.rekeys);
    if (next !== stored && next.id !== plan.alert?.id) pending.push(tx.objectStore('alerts').put(next));
  }
  if (counts) {
    pending.push(aggregates.put(addToAggregate(aggregate, businessKey, counts.aggregate)));
    counts.days.forEach(({ day, change }, i) => {
      const next = addToDay(dayRecords[i], businessKey, day, change);
      pending.push(next ? days.put(next) : days.delete([businessKey, day]));
    });
  }
  if (plan.alert) pending.push(tx.objectStore('alerts').put(plan.alert));
  const business = { ...plan.business };
  if (snapshot.kind === 'add') business.lastSnapshotId = await snapshots.add(snapshot.record);
  else if (visitSnapshot) pending.push(snapshots.put({ ...visitSnapshot, ...snapshot.fields }));
  pending.push(tx.objectStore('businesses').put(business));
  await Promise.all(pending);
  await tx.done;
}
