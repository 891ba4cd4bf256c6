/**
 * The reviews version 2 stored twice — once under the site's id (from the page's embedded state),
 * once under the card's hash (reached by scrolling) — merged into one when a database is upgraded
 * to version 3, by today's second-match rule (`second-match.ts`). Like `rebuild-derived.ts` this
 * step is not frozen: it runs once, after the ladder, for databases older than
 * `DUPLICATES_MERGED_AT`, and the derived stores are rebuilt after it.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { callsForOwner, reviewDate } from '../reviews/rules';
import type { DatePrecision } from '../sites/types';
import type { Rekey } from './ingest-plan';
import type { AlertRecord, AlertState, ReviewRecord, SentinelDB } from './schema';
import { fingerprintOf, isHashedId, mismatch } from './second-match';

/** The schema version whose upgrade merges the reviews stored twice. */
export const DUPLICATES_MERGED_AT = 3;
const MAX_HISTORY = 5;
const RANK: Record<DatePrecision, number> = { exact: 0, day: 1, week: 2, month: 3, year: 4 };
const ALERT_RANK: Record<AlertState, number> = { quiet: 0, baseline: 1, recent: 2, alerted: 3 };

export function needsDuplicateMerge(oldVersion: number): boolean {
  return oldVersion > 0 && oldVersion < DUPLICATES_MERGED_AT;
}

/**
 * One record from the same review stored under the site's id (`kept`, whose key wins) and under a
 * card's hash: the longer text, the finer date, the earliest first sighting, the strongest alert
 * state, the owner's marks (read if either copy was read after its alert, done if either is done),
 * both histories.
 */
export function mergeDuplicate(kept: ReviewRecord, hashed: ReviewRecord): ReviewRecord {
  const textFrom = hashed.text.length > kept.text.length && !hashed.truncated ? hashed : kept;
  const dateFrom = RANK[hashed.datePrecision ?? 'year'] < RANK[kept.datePrecision ?? 'year'] && hashed.publishedAt !== undefined ? hashed : kept;
  const merged: ReviewRecord = {
    ...kept,
    text: textFrom.text,
    truncated: textFrom.truncated,
    textHash: textFrom.textHash,
    analysis: textFrom.analysis,
    negative: textFrom.negative,
    firstSeenAt: Math.min(kept.firstSeenAt, hashed.firstSeenAt),
    lastSeenAt: Math.max(kept.lastSeenAt, hashed.lastSeenAt),
    alertState: ALERT_RANK[hashed.alertState] > ALERT_RANK[kept.alertState] ? hashed.alertState : kept.alertState,
  };
  if (dateFrom.publishedAt !== undefined) {
    merged.publishedAt = dateFrom.publishedAt;
    merged.datePrecision = dateFrom.datePrecision;
    if (dateFrom.dateText !== undefined) merged.dateText = dateFrom.dateText;
  }
  merged.at = reviewDate({ publishedAt: merged.publishedAt, firstSeenAt: merged.firstSeenAt });
  merged.lang ??= hashed.lang;
  merged.url ??= hashed.url;
  merged.reply ??= hashed.reply;
  const history = [...(hashed.history ?? []), ...(kept.history ?? [])].sort((a, b) => a.changedAt - b.changedAt).slice(-MAX_HISTORY);
  if (history.length > 0) merged.history = history;
  // The owner has seen it if either alerted copy was read; a reply on the site reads it too.
  const read = [kept, hashed].some((r) => r.alertState === 'alerted' && r.unread !== 1);
  if (!read && callsForOwner(merged) && !merged.reply && (kept.unread === 1 || hashed.unread === 1)) merged.unread = 1;
  else delete merged.unread;
  if (kept.done === 1 || hashed.done === 1) merged.done = 1;
  merged.fingerprint = fingerprintOf(merged);
  return merged;
}

export interface DuplicateMerges {
  puts: ReviewRecord[];
  rekeys: Rekey[];
}

/**
 * The merges within one business's records of one fingerprint: each hashed record that exactly
 * one record under the site's id matches joins it (two hashed copies of one review both do).
 */
export function planDuplicateMerges(group: readonly ReviewRecord[]): DuplicateMerges {
  const out: DuplicateMerges = { puts: [], rekeys: [] };
  const sited = group.filter((r) => !isHashedId(r.siteReviewId));
  const merged = new Map<string, ReviewRecord>();
  for (const hashed of group.filter((r) => isHashedId(r.siteReviewId))) {
    const matches = sited.filter((r) => mismatch(r, hashed) === null);
    if (matches.length !== 1) continue;
    const kept = matches[0]!;
    merged.set(kept.key, mergeDuplicate(merged.get(kept.key) ?? kept, hashed));
    out.rekeys.push({ from: hashed.key, to: kept.key });
  }
  out.puts = [...merged.values()];
  return out;
}

/** Merges every review stored twice, in the upgrade transaction; alerts that named a merged copy name the kept one. */
export async function mergeStoredDuplicates(tx: IDBPTransaction<SentinelDB, StoreNames<SentinelDB>[], 'versionchange'>): Promise<number> {
  const reviews = tx.objectStore('reviews');
  const merges: DuplicateMerges = { puts: [], rekeys: [] };
  // Records of one business and fingerprint are adjacent in the index; only groups of two or more can hold a pair.
  let group: ReviewRecord[] = [];
  const flush = (): void => {
    if (group.length > 1) {
      const found = planDuplicateMerges(group);
      merges.puts.push(...found.puts);
      merges.rekeys.push(...found.rekeys);
    }
    group = [];
  };
  let cursor = await reviews.index('byFingerprint').openCursor();
  while (cursor) {
    const record = cursor.value;
    const last = group[group.length - 1];
    if (last && (last.businessKey !== record.businessKey || last.fingerprint !== record.fingerprint)) flush();
    group.push(record);
    cursor = await cursor.continue();
  }
  flush();
  if (merges.rekeys.length === 0) return 0;
  const to = new Map(merges.rekeys.map((r) => [r.from, r.to]));
  const alerts = tx.objectStore('alerts');
  const rewritten: AlertRecord[] = (await alerts.getAll())
    .filter((a) => a.reviewKeys.some((k) => to.has(k)))
    .map((a) => ({ ...a, reviewKeys: [...new Set(a.reviewKeys.map((k) => to.get(k) ?? k))] }));
  await Promise.all([
    ...merges.rekeys.map(({ from }) => reviews.delete(from)),
    ...merges.puts.map((r) => reviews.put(r)),
    ...rewritten.map((a) => alerts.put(a)),
  ]);
  return merges.rekeys.length;
}
