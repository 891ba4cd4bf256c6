/**
 * One sync, start to end, one-shot (no connection stays open): PouchDB's replication brings the
 * owner's server into this browser's replica (a PouchDB database of its own), the replica's new
 * documents are merged into the store, what the store changed since the last sync is written to
 * the replica, and the replica is replicated back to the server.
 *
 *   server ──replicate.from──▶ replica ──changes──▶ store      (received)
 *   store ──collectChanges──▶ replica ──replicate.to──▶ server  (sent)
 *
 * Checkpoints make a stopped worker resume: PouchDB keeps each replication's own; where the
 * replica's changes were merged into the store and since when the store's changes were sent are
 * kept in the replica's `_local/review-sentinel` document (never replicated). Every step is
 * idempotent: a step run twice merges what it merged already and changes nothing.
 *
 * A CouchDB conflict (two browsers changed one document between syncs) is resolved where it is
 * found: every version is merged (`mergeAll`, the same result on every browser), the merge is
 * written over the winning revision and the losing revisions are deleted.
 */
import type { SentinelDatabase } from '../db';
import { applySyncedDocs, type ApplyOptions, type ApplyReport } from './apply';
import { collectChanges } from './collect';
import { businessDocId, mergeAll, mergeDocs, sameDoc, type SyncDoc } from './docs';
import { businessKeyOf, forgottenBusinesses, replicaDocsOf } from './forgotten';
import { trustedSyncDoc } from './incoming';

type Replica = Pouch.Database;

export const CHECKPOINT_ID = '_local/review-sentinel';

interface Checkpoint {
  _id: string;
  _rev?: string;
  /** The replica's changes up to here are in the store. */
  importSeq: number | string;
  /** The store's changes up to here are in the replica (undefined: nothing sent yet). */
  exportedAt?: number;
  /** Documents of a business not known here yet: merged once it arrives. */
  waiting: string[];
  /** Businesses deleted here (`forgotten.ts`): none of their documents are taken in until one is captured here again. */
  forgotten?: string[];
}

export type SyncStage = 'pulled' | 'received' | 'sent' | 'pushed';

export interface SyncDeps {
  store: SentinelDatabase;
  replica: Replica;
  server: Replica;
  now(): number;
  apply: Omit<ApplyOptions, 'now'>;
  /** Reviews read or marked done since the last sync (their capture times did not change). */
  reviewKeys?: readonly string[];
  /** Send everything, not only what changed since the last sync (after an import). */
  full?: boolean;
  batchSize?: number;
  /** Told after each stage (progress; a test stops the worker here). */
  onStage?(stage: SyncStage): void | Promise<void>;
}

export interface SyncReport {
  /** Documents the server gave the replica, and the replica gave the server. */
  pulled: number;
  pushed: number;
  /** What changed in this browser's store. */
  received: Omit<ApplyReport, 'waiting'>;
  /** Documents this browser wrote into its replica. */
  sent: number;
  /** Conflicts resolved. */
  conflicts: number;
  /** Documents from the server that failed the checks and were left out. */
  skipped: number;
}

async function loadCheckpoint(replica: Replica): Promise<Checkpoint> {
  try {
    const doc = (await replica.get(CHECKPOINT_ID)) as unknown as Checkpoint;
    return { ...doc, waiting: doc.waiting ?? [] };
  } catch {
    return { _id: CHECKPOINT_ID, importSeq: 0, waiting: [] };
  }
}

async function saveCheckpoint(replica: Replica, checkpoint: Checkpoint): Promise<Checkpoint> {
  const result = await replica.put(checkpoint as unknown as Pouch.Doc);
  return { ...checkpoint, _rev: result.rev };
}

type Stored = SyncDoc & { _rev?: string; _conflicts?: string[] };

/** Every version of a conflicted document merged over the winner; the losers deleted. Returns the merged document. */
async function resolveConflict(replica: Replica, doc: Stored): Promise<SyncDoc> {
  const losers = doc._conflicts ?? [];
  const versions = [doc, ...(await Promise.all(losers.map((rev) => replica.get(doc._id, { rev }) as Promise<Pouch.Doc>)))].flatMap((v) => {
    const trusted = trustedSyncDoc(v, Date.now());
    return trusted ? [trusted] : [];
  });
  const merged = mergeAll(versions);
  const { _rev: _r, _conflicts: _c, ...content } = merged as Stored;
  await replica.bulkDocs([
    { ...content, _rev: doc._rev } as unknown as Pouch.Doc,
    ...losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }) as unknown as Pouch.Doc),
  ]);
  return content as SyncDoc;
}

/** A document of the replica that is one of ours (of a shape this browser knows, passing the import's checks), else undefined. */
function ours(doc: Pouch.Doc | null | undefined): Stored | undefined {
  return trustedSyncDoc(doc, Date.now());
}

function strip(doc: Stored): SyncDoc {
  const { _rev: _r, _conflicts: _c, ...content } = doc;
  return content as SyncDoc;
}

const emptyReceived = (): SyncReport['received'] => ({ businesses: 0, reviews: 0, snapshots: 0, alerts: 0 });

function addReceived(into: SyncReport['received'], report: ApplyReport): void {
  into.businesses += report.businesses;
  into.reviews += report.reviews;
  into.snapshots += report.snapshots;
  into.alerts += report.alerts;
}

export async function runSync(deps: SyncDeps): Promise<SyncReport> {
  const { store, replica, server } = deps;
  const batchSize = deps.batchSize ?? 500;
  const report: SyncReport = { pulled: 0, pushed: 0, received: emptyReceived(), sent: 0, conflicts: 0, skipped: 0 };
  let checkpoint = await loadCheckpoint(replica);

  // 0. Businesses deleted here stay out; one captured here again takes in its whole history (below).
  const { forgotten, back } = await forgottenBusinesses(store, replica, checkpoint.forgotten ?? [], checkpoint.importSeq, batchSize);
  const isForgotten = new Set(forgotten);
  const wanted = (doc: SyncDoc): boolean => !isForgotten.has(businessKeyOf(doc));
  // Saved with the businesses captured again still in: if this sync stops before their history is in, the next one takes it in.
  checkpoint = { ...checkpoint, forgotten: [...forgotten, ...back] };

  // 1. The server into the replica.
  const pulled = await replica.replicate.from(server, { batch_size: batchSize });
  report.pulled = pulled.docs_written;
  await deps.onStage?.('pulled');

  // 2. The replica's new documents into the store, a batch at a time, the checkpoint after each.
  const applyOptions = (): ApplyOptions => ({ ...deps.apply, now: deps.now() });
  const retryWaiting = async (): Promise<void> => {
    if (checkpoint.waiting.length === 0) return;
    const ids = checkpoint.waiting;
    const businessIds = new Set<string>();
    const found = await replica.allDocs({ keys: ids, include_docs: true });
    const docs = found.rows.flatMap((row) => (ours(row.doc) ? [strip(ours(row.doc)!)] : []));
    for (const doc of docs)
      businessIds.add(businessDocId(doc.type === 'review' ? doc.review.businessKey : doc.type === 'business' ? doc.key : doc.businessKey));
    const owners = await replica.allDocs({ keys: [...businessIds], include_docs: true });
    const businesses = owners.rows.flatMap((row) => (ours(row.doc) ? [strip(ours(row.doc)!)] : []));
    const applied = await applySyncedDocs(store, [...businesses, ...docs].filter(wanted), applyOptions());
    addReceived(report.received, applied);
    checkpoint = await saveCheckpoint(replica, { ...checkpoint, waiting: applied.waiting });
  };
  for (;;) {
    const changes = await replica.changes({ since: checkpoint.importSeq, limit: batchSize, include_docs: true, conflicts: true });
    if (changes.results.length === 0) break;
    const docs: SyncDoc[] = [];
    for (const change of changes.results) {
      const doc = ours(change.doc);
      if (change.deleted) continue;
      if (!doc) {
        // Checkpoints and design documents are not ours to count; a bad document of ours is.
        if (change.doc && !change.doc._id.startsWith('_')) report.skipped++;
        continue;
      }
      if (doc._conflicts && doc._conflicts.length > 0) {
        docs.push(await resolveConflict(replica, doc));
        report.conflicts++;
      } else docs.push(strip(doc));
    }
    const applied = await applySyncedDocs(store, docs.filter(wanted), applyOptions());
    addReceived(report.received, applied);
    checkpoint = await saveCheckpoint(replica, {
      ...checkpoint,
      importSeq: changes.last_seq,
      waiting: [...new Set([...checkpoint.waiting, ...applied.waiting])],
    });
  }
  await retryWaiting();
  if (back.length > 0) {
    await replicaDocsOf(
      replica,
      back,
      batchSize,
      (doc) => {
        const found = ours(doc);
        return found ? strip(found) : undefined;
      },
      async (docs) => addReceived(report.received, await applySyncedDocs(store, docs, applyOptions())),
    );
  }
  checkpoint = await saveCheckpoint(replica, { ...checkpoint, forgotten });
  await deps.onStage?.('received');

  // 3. What the store changed since the last sync into the replica, merged with what is there.
  const startedAt = deps.now();
  await collectChanges(store, { since: deps.full ? undefined : checkpoint.exportedAt, reviewKeys: deps.reviewKeys, pageSize: batchSize }, async (page) => {
    const existing = await replica.allDocs({ keys: page.map((d) => d._id), include_docs: true, conflicts: true });
    const puts: Pouch.Doc[] = [];
    for (const [i, doc] of page.entries()) {
      const row = existing.rows[i];
      const current = ours(row?.doc);
      if (!current) {
        puts.push(doc as unknown as Pouch.Doc);
        continue;
      }
      const merged = mergeDocs(strip(current), doc);
      if (!sameDoc(merged, strip(current))) puts.push({ ...merged, _rev: current._rev } as unknown as Pouch.Doc);
    }
    if (puts.length > 0) await replica.bulkDocs(puts);
    report.sent += puts.length;
  });
  // Only this sync wrote to the replica since step 2: its own documents need no merging back.
  const info = await replica.info();
  checkpoint = await saveCheckpoint(replica, { ...checkpoint, exportedAt: startedAt, importSeq: info.update_seq });
  await deps.onStage?.('sent');

  // 4. The replica to the server.
  const pushed = await replica.replicate.to(server, { batch_size: batchSize });
  report.pushed = pushed.docs_written;
  await deps.onStage?.('pushed');
  return report;
}
