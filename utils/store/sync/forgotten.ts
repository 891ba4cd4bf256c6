/**
 * Businesses deleted on this browser (Options → Delete, or retention), which the server and the
 * other browsers keep. Deleting is for this browser only, so nothing is sent; but sync must not
 * bring such a business back in pieces — only the documents another browser changed later, with
 * counts of only those — so this browser takes in none of its documents while it is forgotten.
 * Once the owner captures it here again, every document of it in the replica (a full copy of the
 * server) is merged in, so the history and the counts are those of the other browsers again.
 *
 * A forgotten business is one whose document is in the replica — everything of the replica's
 * that had been merged into the store — but not in the store. Kept in the replica's `_local`
 * checkpoint (never replicated).
 */
import type { SentinelDatabase } from '../db';
import type { SyncDoc } from './docs';

type Replica = Pouch.Database;

/** The business a document belongs to. */
export function businessKeyOf(doc: SyncDoc): string {
  return doc.type === 'business' ? doc.key : doc.type === 'review' ? doc.review.businessKey : doc.businessKey;
}

/**
 * Called before anything is pulled: `known` (the checkpoint's list) with the businesses deleted
 * here since the last sync added, and those captured here again taken out (`back`). A business
 * document the replica has not merged yet (a sync stopped after pulling) is not counted as deleted.
 */
export async function forgottenBusinesses(
  store: SentinelDatabase,
  replica: Replica,
  known: readonly string[],
  importSeq: number | string,
  pageSize: number,
): Promise<{ forgotten: string[]; back: string[] }> {
  const stored = new Set(await store.getAllKeys('businesses'));
  const pending = new Set<string>();
  for (let since = importSeq; ;) {
    const changes = await replica.changes({ since, limit: pageSize });
    if (changes.results.length === 0) break;
    for (const change of changes.results) if (change.id.startsWith('b:')) pending.add(change.id);
    since = changes.last_seq;
  }
  const inReplica = await replica.allDocs({ startkey: 'b:', endkey: 'b:\uffff' });
  const forgotten = new Set(known);
  for (const { key: id } of inReplica.rows) if (!pending.has(id) && !stored.has(id.slice(2))) forgotten.add(id.slice(2));
  const back = [...forgotten].filter((key) => stored.has(key));
  return { forgotten: [...forgotten].filter((key) => !stored.has(key)).sort(), back };
}

/**
 * Every document of these businesses in the replica, a page at a time (business documents in
 * the first page). Reviews and alerts are not filed by business in the replica, so their
 * documents are read through once: a rare event (a deleted business captured again).
 */
export async function replicaDocsOf(
  replica: Replica,
  keys: readonly string[],
  pageSize: number,
  isOurs: (doc: Pouch.Doc | null | undefined) => SyncDoc | undefined,
  onPage: (docs: SyncDoc[]) => Promise<void>,
): Promise<void> {
  const wanted = new Set(keys);
  const take = (rows: ReadonlyArray<{ doc?: Pouch.Doc | null }>): SyncDoc[] =>
    rows.flatMap((row) => {
      const doc = isOurs(row.doc);
      return doc && wanted.has(businessKeyOf(doc)) ? [doc] : [];
    });
  const businesses = await replica.allDocs({ keys: keys.map((key) => `b:${key}`), include_docs: true });
  const visits = await Promise.all(keys.map((key) => replica.allDocs({ startkey: `s:${key}|`, endkey: `s:${key}|\uffff`, include_docs: true })));
  await onPage([...take(businesses.rows), ...take(visits.flatMap((v) => v.rows))]);
  for (const prefix of ['r:', 'a:']) {
    let startkey = prefix;
    let skip = 0;
    for (;;) {
      const page = await replica.allDocs({ startkey, endkey: `${prefix}\uffff`, skip, limit: pageSize, include_docs: true });
      if (page.rows.length === 0) break;
      const docs = take(page.rows);
      if (docs.length > 0) await onPage(docs);
      startkey = page.rows.at(-1)!.key;
      skip = 1;
    }
  }
}
