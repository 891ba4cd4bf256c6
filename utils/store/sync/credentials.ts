/**
 * Where the sync settings live. The server, database, user and on/off are in `storage.local`
 * (the background's alarms follow them); the password is in this extension's own IndexedDB,
 * which only its pages and its background can open — never in extension storage, which the
 * content scripts running on review sites can read too.
 */
import { deleteDB, openDB } from 'idb';
import { syncConfigItem } from '../../storage-items';
import { normalizeSyncConfig, type SyncConfig } from '../../sync/config';

const SECRETS_DB = 'review-sentinel-secrets';
const SECRETS = 'secrets';
const PASSWORD_KEY = 'sync-password';

function openSecrets() {
  return openDB(SECRETS_DB, 1, {
    upgrade(db) {
      db.createObjectStore(SECRETS);
    },
  });
}

async function readPassword(): Promise<string> {
  const db = await openSecrets();
  try {
    const value: unknown = await db.get(SECRETS, PASSWORD_KEY);
    return typeof value === 'string' ? value : '';
  } finally {
    db.close();
  }
}

async function writePassword(password: string): Promise<void> {
  const db = await openSecrets();
  try {
    if (password) await db.put(SECRETS, password, PASSWORD_KEY);
    else await db.delete(SECRETS, PASSWORD_KEY);
  } finally {
    db.close();
  }
}

function withoutPassword(config: SyncConfig): Omit<SyncConfig, 'password'> {
  const { password: _password, ...rest } = config;
  return rest;
}

/** The sync settings with their password. One written by an earlier version with the password in storage.local is moved. */
export async function loadSyncSettings(): Promise<SyncConfig> {
  const stored = normalizeSyncConfig(await syncConfigItem.getValue());
  if (stored.password) {
    await saveSyncSettings(stored);
    return stored;
  }
  return { ...stored, password: await readPassword() };
}

/** Saves the settings: the password first, so a background that sees the settings change finds it. */
export async function saveSyncSettings(config: SyncConfig): Promise<void> {
  await writePassword(config.password);
  await syncConfigItem.setValue(withoutPassword(config));
}

/** "Delete all data": the settings and the password. */
export async function forgetSyncSettings(): Promise<void> {
  await syncConfigItem.removeValue();
  await deleteDB(SECRETS_DB);
}
