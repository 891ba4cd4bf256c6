/**
 * Opens the database and runs the upgrade ladder. Each step is one file in `migrations/`
 * and runs only for databases older than it; steps are append-only.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type SentinelDB } from './schema';
import { migrateToV1 } from './migrations/v1';
import { migrateToV2 } from './migrations/v2';

export type SentinelDatabase = IDBPDatabase<SentinelDB>;

let opening: Promise<SentinelDatabase> | null = null;

export function openSentinelDb(name = DB_NAME, version = DB_VERSION): Promise<SentinelDatabase> {
  return openDB<SentinelDB>(name, version, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) migrateToV1(db);
      if (oldVersion < 2 && version >= 2) await migrateToV2(db, transaction);
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
}

/** The shared connection for this extension context (background, popup or options page). */
export function getDb(): Promise<SentinelDatabase> {
  opening ??= openSentinelDb().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current).close();
}
