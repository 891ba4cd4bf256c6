/**
 * Opens the database and runs the upgrade ladder. Each step is one file in `migrations/`,
 * typed against its own frozen schema (`migrations/schema-vN.ts`), and runs only for databases
 * older than it; steps are append-only. After the ladder, reviews an older version stored twice
 * are merged (`merge-duplicates.ts`) and the derived stores are rebuilt (`rebuild-derived.ts`),
 * both with today's rules.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { migrateToV1 } from './migrations/v1';
import { migrateToV2 } from './migrations/v2';
import { migrateToV3 } from './migrations/v3';
import { migrateToV4 } from './migrations/v4';
import type { SchemaV1 } from './migrations/schema-v1';
import type { SchemaV2 } from './migrations/schema-v2';
import type { SchemaV3 } from './migrations/schema-v3';
import type { SchemaV4 } from './migrations/schema-v4';
import { mergeStoredDuplicates, needsDuplicateMerge } from './merge-duplicates';
import { needsRebuild, rebuildDerived } from './rebuild-derived';
import { DB_NAME, DB_VERSION, type SentinelDB } from './schema';

export type SentinelDatabase = IDBPDatabase<SentinelDB>;
type VersionChange<S extends DBSchema> = IDBPTransaction<S, StoreNames<S>[], 'versionchange'>;

let opening: Promise<SentinelDatabase> | null = null;

export function openSentinelDb(name = DB_NAME): Promise<SentinelDatabase> {
  return openDB<SentinelDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      // Each step sees the database as its own version knew it (idb's pattern of one DBSchema per version).
      if (oldVersion < 1) migrateToV1(db as unknown as IDBPDatabase<SchemaV1>);
      if (oldVersion < 2) await migrateToV2(db as unknown as IDBPDatabase<SchemaV2>, transaction as unknown as VersionChange<SchemaV2>);
      if (oldVersion < 3) await migrateToV3(transaction as unknown as VersionChange<SchemaV3>);
      if (oldVersion < 4) migrateToV4(db as unknown as IDBPDatabase<SchemaV4>);
      // Not frozen, like the rebuild after it: today's rules, once, for databases that are older.
      if (needsDuplicateMerge(oldVersion)) await mergeStoredDuplicates(transaction);
      if (needsRebuild(oldVersion)) await rebuildDerived(transaction);
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
