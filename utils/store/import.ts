/**
 * "Import JSON": merges a validated export into the store. Idempotent: what is already stored
 * stays as it is (the store's copy is at least as fresh as any file's), only what is missing is
 * added, so importing the same file twice adds nothing the second time. Derived counts are
 * maintained like a capture's, through `contributions.ts`.
 */
import { dayOf } from '../reputation/buckets';
import { EXPORT_FORMAT_VERSION } from './export';
import { validateExportFile, type ImportData } from './import-file';
import { tallySkip, type SkipTally } from './import-skips';
import type { InvalidCode } from '../checks';
import { applyToAggregate, applyToDay, emptyAggregate } from './contributions';
import type { SentinelDatabase } from './db';
import { rebuildStarLearning } from './star-learning';
import type { AggregateRecord, BusinessRecord, DayRecord, ReviewRecord } from './schema';

export interface ImportReport {
  businesses: { added: number; known: number };
  reviews: { added: number; known: number };
  snapshots: { added: number; known: number };
  alerts: { added: number; known: number };
  /** Records left out: invalid in the file, or about a business neither stored nor in the file. */
  skipped: number;
  reasons: string[];
  /** The same, counted by kind and cause, for the owner's message. */
  skips: SkipTally[];
}

/** Reviews are written this many per transaction, so a large file never holds one huge transaction. */
const CHUNK = 1000;

async function mergeBusinesses(db: SentinelDatabase, incoming: readonly BusinessRecord[], report: ImportReport): Promise<Set<string>> {
  const tx = db.transaction('businesses', 'readwrite');
  const existing = await Promise.all(incoming.map((b) => tx.store.get(b.key)));
  const writes: Array<Promise<unknown>> = [];
  incoming.forEach((business, i) => {
    const stored = existing[i];
    if (!stored) {
      writes.push(tx.store.put(business));
      report.businesses.added++;
      return;
    }
    report.businesses.known++;
    // The owner's own marks travel with the file when this browser has none yet.
    const patch: Partial<BusinessRecord> = {};
    if (!stored.role && business.role) patch.role = business.role;
    if (!stored.group && business.group) patch.group = business.group;
    if (!stored.displayName && business.displayName) patch.displayName = business.displayName;
    if (Object.keys(patch).length > 0) writes.push(tx.store.put({ ...stored, ...patch }));
  });
  await Promise.all(writes);
  const all = await tx.store.getAllKeys();
  await tx.done;
  return new Set(all);
}

async function mergeReviews(
  db: SentinelDatabase,
  reviews: readonly ReviewRecord[],
  known: Set<string>,
  report: ImportReport,
  onProgress?: ImportProgress,
): Promise<void> {
  for (let start = 0; start < reviews.length; start += CHUNK) {
    onProgress?.(start, reviews.length);
    const chunk = reviews.slice(start, start + CHUNK).filter((r) => {
      if (known.has(r.businessKey)) return true;
      report.skipped++;
      tallySkip(report.skips, 'reviews', 'no-business');
      if (report.reasons.length < 20) report.reasons.push(`review ${r.key}: its business is not in the file`);
      return false;
    });
    const tx = db.transaction(['reviews', 'aggregates', 'days'], 'readwrite');
    const store = tx.objectStore('reviews');
    const existing = await Promise.all(chunk.map((r) => store.getKey(r.key)));
    const added = chunk.filter((_, i) => existing[i] === undefined);
    // Within one file a review appears once; a repeated key keeps its first record.
    const fresh = [...new Map(added.map((r) => [r.key, r])).values()];
    report.reviews.known += chunk.length - fresh.length;
    report.reviews.added += fresh.length;

    const businessKeys = [...new Set(fresh.map((r) => r.businessKey))];
    const dayKeys = [...new Map(fresh.map((r) => [`${r.businessKey}\u0000${dayOf(r.at)}`, [r.businessKey, dayOf(r.at)] as [string, number]])).values()];
    const [aggregates, days] = await Promise.all([
      Promise.all(businessKeys.map((key) => tx.objectStore('aggregates').get(key))),
      Promise.all(dayKeys.map((key) => tx.objectStore('days').get(key))),
    ]);
    const aggregateMap = new Map<string, AggregateRecord>(businessKeys.map((key, i) => [key, aggregates[i] ?? emptyAggregate(key)]));
    const dayMap = new Map<string, DayRecord | undefined>(dayKeys.map(([key, day], i) => [`${key}\u0000${day}`, days[i]]));
    for (const review of fresh) {
      aggregateMap.set(review.businessKey, applyToAggregate(aggregateMap.get(review.businessKey)!, review, 1));
      const dayKey = `${review.businessKey}\u0000${dayOf(review.at)}`;
      dayMap.set(dayKey, applyToDay(dayMap.get(dayKey), review, 1));
    }
    await Promise.all([
      ...fresh.map((r) => store.put(r)),
      ...[...aggregateMap.values()].map((a) => tx.objectStore('aggregates').put(a)),
      ...[...dayMap.values()].flatMap((d) => (d ? [tx.objectStore('days').put(d)] : [])),
    ]);
    await tx.done;
  }
}

/** Called before each chunk of reviews is written: how many are done, of how many. */
export type ImportProgress = (done: number, total: number) => void;

export async function importData(db: SentinelDatabase, data: ImportData, onProgress?: ImportProgress, now = Date.now()): Promise<ImportReport> {
  const report: ImportReport = {
    businesses: { added: 0, known: 0 },
    reviews: { added: 0, known: 0 },
    snapshots: { added: 0, known: 0 },
    alerts: { added: 0, known: 0 },
    skipped: data.skipped,
    reasons: [...data.reasons],
    skips: (data.skips ?? []).map((tally) => ({ ...tally })),
  };
  const known = await mergeBusinesses(db, data.businesses, report);
  await mergeReviews(db, data.reviews, known, report, onProgress);

  // Snapshots have no stable id across browsers: one per business, visit and time.
  const tx = db.transaction(['snapshots', 'alerts'], 'readwrite');
  const snapshots = tx.objectStore('snapshots');
  const seen = new Map<string, Set<string>>();
  const writes: Array<Promise<unknown>> = [];
  for (const snapshot of data.snapshots) {
    if (!known.has(snapshot.businessKey)) {
      report.skipped++;
      tallySkip(report.skips, 'snapshots', 'no-business');
      continue;
    }
    let keys = seen.get(snapshot.businessKey);
    if (!keys) {
      const stored = await snapshots.index('byBusiness').getAll(IDBKeyRange.bound([snapshot.businessKey, -Infinity], [snapshot.businessKey, Infinity]));
      keys = new Set(stored.map((s) => `${s.visitId}|${s.capturedAt}`));
      seen.set(snapshot.businessKey, keys);
    }
    const key = `${snapshot.visitId}|${snapshot.capturedAt}`;
    if (keys.has(key)) {
      report.snapshots.known++;
      continue;
    }
    keys.add(key);
    writes.push(snapshots.add(snapshot));
    report.snapshots.added++;
  }
  const alerts = tx.objectStore('alerts');
  const incomingAlerts = [...new Map(data.alerts.map((a) => [a.id, a])).values()];
  const existingAlerts = await Promise.all(incomingAlerts.map((a) => alerts.getKey(a.id)));
  incomingAlerts.forEach((alert, i) => {
    if (!known.has(alert.businessKey)) {
      report.skipped++;
      tallySkip(report.skips, 'alerts', 'no-business');
      return;
    }
    if (existingAlerts[i] !== undefined) {
      report.alerts.known++;
      return;
    }
    writes.push(alerts.put(alert));
    report.alerts.added++;
  });
  await Promise.all(writes);
  await tx.done;
  // The learners read the stars of every stored review again, imported ones included.
  await rebuildStarLearning(db, now);
  return report;
}

/** Files larger than this are refused before reading (a 100,000-review export is about 60 MB). */
export const MAX_IMPORT_MB = 512;

export type ImportFailure = { kind: 'too-large'; maxMb: number } | { kind: 'not-json' } | { kind: 'invalid'; reason: string; code?: InvalidCode };

/**
 * The whole "Import JSON" pipeline: size, JSON, the file's checks, the merge. A failure changes
 * nothing and says which kind it was, for the page to put in the owner's words.
 */
export async function importFile(
  db: SentinelDatabase,
  file: { size: number; text(): Promise<string> },
  now: number,
  onProgress?: ImportProgress,
): Promise<{ ok: true; report: ImportReport } | { ok: false; failure: ImportFailure }> {
  if (file.size > MAX_IMPORT_MB * 1024 * 1024) return { ok: false, failure: { kind: 'too-large', maxMb: MAX_IMPORT_MB } };
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    return { ok: false, failure: { kind: 'not-json' } };
  }
  const validated = validateExportFile(raw, now, EXPORT_FORMAT_VERSION);
  if (!validated.ok)
    return {
      ok: false,
      failure: validated.code ? { kind: 'invalid', reason: validated.reason, code: validated.code } : { kind: 'invalid', reason: validated.reason },
    };
  return { ok: true, report: await importData(db, validated.value, onProgress, now) };
}
