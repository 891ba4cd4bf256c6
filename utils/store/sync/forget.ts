/**
 * "Delete all data" leaves nothing of sync behind either: this browser's replicas (PouchDB keeps
 * each as its own IndexedDB database, `_pouch_<name>`), the outbox, the last sync's status and
 * the sync settings and their password (kept apart, `./credentials`). The owner's server keeps what it has.
 */
import { syncOutboxItem, syncStatusItem } from '../../storage-items';
import { forgetSyncSettings } from './credentials';
import { REPLICA_PREFIX } from './replica-name';

/** PouchDB's IndexedDB adapter names a database `_pouch_` + the name it was opened with. */
const POUCH_PREFIX = `_pouch_${REPLICA_PREFIX}`;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // A sync holding it open: the deletion goes through once that sync lets go.
    request.onblocked = () => resolve();
  });
}

/** Returns how many replicas were deleted. */
export async function forgetSync(): Promise<number> {
  const listed = (await indexedDB.databases?.()) ?? [];
  const replicas = listed.map((d) => d.name ?? '').filter((name) => name.startsWith(POUCH_PREFIX));
  await Promise.all(replicas.map(deleteDatabase));
  await Promise.all([forgetSyncSettings(), syncOutboxItem.removeValue(), syncStatusItem.removeValue()]);
  return replicas.length;
}
