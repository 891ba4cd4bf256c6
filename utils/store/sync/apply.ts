/**
 * Documents that arrived by sync, merged into the store: one transaction per batch, like a
 * capture. Each document is merged with the stored record (`docs.ts`); only what changes is
 * written, and the maintained counts and day buckets change through the same `countDelta` path a
 * capture uses, so every browser's figures agree. Nothing here raises an alert: an alert that
 * arrives is stored as shown, and a review that arrives is no longer new to this browser.
 */
import type { ReviewAnalysis } from '../../analysis/types';
import { isNegativeReview } from '../../reviews/rules';
import { addToAggregate, addToDay, countDelta } from '../contributions';
import type { SentinelDatabase } from '../db';
import type { BusinessRecord, ReviewRecord, SnapshotRecord } from '../schema';
import { fingerprintOf } from '../second-match';
import {
  alertFromDoc,
  businessFromDoc,
  mergeAlertDocs,
  mergeBusinessDocs,
  mergeReviewDocs,
  mergeSnapshotDocs,
  reviewFromDoc,
  sameDoc,
  toAlertDoc,
  toBusinessDoc,
  toReviewDoc,
  toSnapshotDoc,
  type AlertDoc,
  type BusinessDoc,
  type ReviewDoc,
  type SharedReview,
  type SnapshotDoc,
  type SyncDoc,
} from './docs';

export interface ApplyOptions {
  now: number;
  /** The analysis version this browser computes; a review analysed by another version is analysed again here. */
  analysisVersion: number;
  analyze(review: SharedReview): ReviewAnalysis;
}

/** What changed in the store, per kind; `waiting`: reviews, visits and alerts of a business this browser does not know yet. */
export interface ApplyReport {
  businesses: number;
  reviews: number;
  snapshots: number;
  alerts: number;
  waiting: string[];
}

const STORES = ['businesses', 'reviews', 'snapshots', 'alerts', 'aggregates', 'days'] as const;

function byId<D extends SyncDoc>(docs: readonly D[], merge: (a: D, b: D) => D): D[] {
  const map = new Map<string, D>();
  for (const doc of docs) {
    const known = map.get(doc._id);
    map.set(doc._id, known ? merge(known, doc) : doc);
  }
  return [...map.values()];
}

/** What this browser derives from a review's shared fields, with its own rules. */
function deriveWith(options: ApplyOptions): (review: SharedReview) => Pick<ReviewRecord, 'negative' | 'fingerprint' | 'analysis'> {
  return (review) => {
    const analysis = review.analysis.version === options.analysisVersion ? review.analysis : options.analyze(review);
    return { analysis, negative: isNegativeReview(review.rating, analysis, review) ? 1 : 0, fingerprint: fingerprintOf(review) };
  };
}

export async function applySyncedDocs(db: SentinelDatabase, docs: readonly SyncDoc[], options: ApplyOptions): Promise<ApplyReport> {
  const report: ApplyReport = { businesses: 0, reviews: 0, snapshots: 0, alerts: 0, waiting: [] };
  const businessDocs = byId(
    docs.filter((d): d is BusinessDoc => d.type === 'business'),
    mergeBusinessDocs,
  );
  const reviewDocs = byId(
    docs.filter((d): d is ReviewDoc => d.type === 'review'),
    mergeReviewDocs,
  );
  const snapshotDocs = byId(
    docs.filter((d): d is SnapshotDoc => d.type === 'snapshot'),
    mergeSnapshotDocs,
  );
  const alertDocs = byId(
    docs.filter((d): d is AlertDoc => d.type === 'alert'),
    mergeAlertDocs,
  );
  const tx = db.transaction([...STORES], 'readwrite');
  const businesses = tx.objectStore('businesses');
  const reviews = tx.objectStore('reviews');
  const snapshots = tx.objectStore('snapshots');
  const alerts = tx.objectStore('alerts');
  const aggregates = tx.objectStore('aggregates');
  const days = tx.objectStore('days');
  const writes: Array<Promise<unknown>> = [];

  // Businesses first: the reviews of a business new here need it.
  const knownBusinesses = new Map<string, BusinessRecord>();
  const storedBusinesses = await Promise.all(businessDocs.map((d) => businesses.get(d.key)));
  businessDocs.forEach((doc, i) => {
    const stored = storedBusinesses[i];
    const local = stored ? toBusinessDoc(stored) : undefined;
    const merged = local ? mergeBusinessDocs(local, doc) : doc;
    const record = local && sameDoc(local, merged) ? stored! : businessFromDoc(merged, stored);
    if (record !== stored) {
      writes.push(businesses.put(record));
      report.businesses++;
    }
    knownBusinesses.set(record.key, record);
  });
  const otherKeys = [
    ...new Set([...reviewDocs.map((d) => d.review.businessKey), ...snapshotDocs.map((d) => d.businessKey), ...alertDocs.map((d) => d.businessKey)]),
  ].filter((key) => !knownBusinesses.has(key));
  const others = await Promise.all(otherKeys.map((key) => businesses.get(key)));
  others.forEach((b) => b && knownBusinesses.set(b.key, b));
  const known = (businessKey: string, id: string): boolean => {
    if (knownBusinesses.has(businessKey)) return true;
    report.waiting.push(id);
    return false;
  };

  // Reviews, with the change to each business's counts as a capture makes it.
  const derive = deriveWith(options);
  const storedReviews = await Promise.all(reviewDocs.map((d) => reviews.get(d.review.key)));
  const changes = new Map<string, Array<[ReviewRecord | undefined, ReviewRecord]>>();
  reviewDocs.forEach((doc, i) => {
    const stored = storedReviews[i];
    if (!known(doc.review.businessKey, doc._id)) return;
    // A review this browser files under another business keeps its place (as a capture leaves it).
    if (stored && stored.businessKey !== doc.review.businessKey) return;
    const local = stored ? toReviewDoc(stored) : undefined;
    const merged = local ? mergeReviewDocs(local, doc) : doc;
    if (local && sameDoc(local, merged) && stored!.analysis.version === options.analysisVersion) return;
    const record = reviewFromDoc(merged, derive);
    writes.push(reviews.put(record));
    const list = changes.get(record.businessKey) ?? [];
    list.push([stored, record]);
    changes.set(record.businessKey, list);
    report.reviews++;
  });
  const deltas = [...changes].map(([businessKey, list]) => ({ businessKey, delta: countDelta(list) }));
  const [storedAggregates, storedDays] = await Promise.all([
    Promise.all(deltas.map(({ businessKey }) => aggregates.get(businessKey))),
    Promise.all(deltas.map(({ businessKey, delta }) => Promise.all(delta.days.map(({ day }) => days.get([businessKey, day]))))),
  ]);
  deltas.forEach(({ businessKey, delta }, i) => {
    writes.push(aggregates.put(addToAggregate(storedAggregates[i], businessKey, delta.aggregate)));
    delta.days.forEach(({ day, change }, j) => {
      const next = addToDay(storedDays[i]![j], businessKey, day, change);
      writes.push(next ? days.put(next) : days.delete([businessKey, day]));
    });
  });

  // A visit's figures, once per business and visit.
  const visitsOf = new Map<string, SnapshotRecord[]>();
  for (const doc of snapshotDocs) {
    if (!known(doc.businessKey, doc._id)) continue;
    let stored = visitsOf.get(doc.businessKey);
    if (!stored) {
      stored = await snapshots.index('byBusiness').getAll(IDBKeyRange.bound([doc.businessKey, -Infinity], [doc.businessKey, Infinity]));
      visitsOf.set(doc.businessKey, stored);
    }
    const same = stored.find((s) => s.visitId === doc.visitId);
    const merged = same ? mergeSnapshotDocs(toSnapshotDoc(same), doc) : doc;
    if (same && sameDoc(toSnapshotDoc(same), merged)) continue;
    const fields: Omit<SnapshotRecord, 'id'> = { businessKey: doc.businessKey, visitId: doc.visitId, capturedAt: merged.capturedAt };
    if (merged.rating !== undefined) fields.rating = merged.rating;
    if (merged.reviewCount !== undefined) fields.reviewCount = merged.reviewCount;
    writes.push(same ? snapshots.put({ ...fields, id: same.id }) : snapshots.add(fields));
    report.snapshots++;
  }

  // Alerts: stored as shown (announced where they were raised).
  const storedAlerts = await Promise.all(alertDocs.map((d) => alerts.get(d.id)));
  alertDocs.forEach((doc, i) => {
    if (!known(doc.businessKey, doc._id)) return;
    const stored = storedAlerts[i];
    const local = stored ? toAlertDoc(stored) : undefined;
    const merged = local ? mergeAlertDocs(local, doc) : doc;
    if (local && sameDoc(local, merged)) return;
    writes.push(alerts.put(alertFromDoc(merged, stored, options.now)));
    report.alerts++;
  });
  await Promise.all(writes);
  await tx.done;
  return report;
}
