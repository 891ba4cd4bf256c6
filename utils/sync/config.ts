/**
 * Sync's settings of this browser (issue 19) and the checks of a server before anything is sent:
 * the address (https, or plain http to this computer only), the database name, and what the
 * server answers, put into one of a few problems the options page says in words. Pure, except
 * `testConnection`, which is given its `fetch`.
 */

export interface SyncConfig {
  /** Off by default: nothing is sent, nothing is asked for. */
  enabled: boolean;
  /** The CouchDB's address, e.g. `https://couch.example.org` or `http://127.0.0.1:5984`. */
  server: string;
  database: string;
  user: string;
  /** Kept in this browser's extension storage only; never part of a document. */
  password: string;
}

export const DEFAULT_SYNC_CONFIG: SyncConfig = { enabled: false, server: '', database: '', user: '', password: '' };

export function normalizeSyncConfig(raw: unknown): SyncConfig {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const text = (x: unknown, max: number): string => (typeof x === 'string' ? x.slice(0, max) : '');
  return {
    enabled: value.enabled === true,
    server: text(value.server, 500).trim(),
    database: text(value.database, 240).trim(),
    user: text(value.user, 240).trim(),
    password: text(value.password, 1000),
  };
}

/** What can go wrong, for the owner: each is one sentence in the options page. */
export type SyncProblem =
  'bad-address' | 'insecure' | 'bad-database' | 'no-permission' | 'unreachable' | 'not-couchdb' | 'wrong-password' | 'no-access' | 'missing-database' | 'other';

export type AddressCheck = { ok: true; base: string; origin: string; permission: string } | { ok: false; problem: 'bad-address' | 'insecure' };

// Plain http only to this computer, by the names the manifest's optional permissions list (no IPv6 literal: match patterns have none).
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * The server's address: https anywhere; plain http only to this computer (a password sent in
 * clear over a network is refused). `permission` is the host pattern asked for: the one host
 * (match patterns in Firefox carry no port).
 */
export function checkServerAddress(server: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(server.trim());
  } catch {
    return { ok: false, problem: 'bad-address' };
  }
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'bad-address' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { ok: false, problem: 'insecure' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'bad-address' };
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return { ok: true, base, origin: url.origin, permission: `${url.protocol}//${url.hostname}/*` };
}

/** CouchDB's rule for database names. */
export function isDatabaseName(name: string): boolean {
  return /^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name);
}

/** Where a database lives under the server's address. */
export function databaseUrl(base: string, database: string): string {
  return `${base}/${encodeURIComponent(database)}`;
}

/** An HTTP status of the database's address, as a problem (undefined: fine). */
export function problemOfStatus(status: number): SyncProblem | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'no-access';
  if (status === 404) return 'missing-database';
  return 'other';
}

/** A failed sync's error (PouchDB's carry the HTTP status; a network failure is a TypeError from fetch). */
export function problemOfError(error: unknown): SyncProblem {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  if (typeof status === 'number' && status > 0) return problemOfStatus(status) ?? 'other';
  if (error instanceof TypeError || /fetch|network|ECONNREFUSED/i.test(String(error))) return 'unreachable';
  return 'other';
}

export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export type ConnectionResult = { ok: true; docCount: number } | { ok: false; problem: SyncProblem };

/**
 * "Test connection": the address and name are checked first, then the server must say it is a
 * CouchDB (its welcome at `/`), then the database must answer this user. Reads only.
 */
export async function testConnection(config: SyncConfig, fetchFn: typeof fetch): Promise<ConnectionResult> {
  const address = checkServerAddress(config.server);
  if (!address.ok) return address;
  if (!isDatabaseName(config.database)) return { ok: false, problem: 'bad-database' };
  const get = async (url: string, auth: boolean): Promise<Response | null> => {
    try {
      return await fetchFn(url, {
        headers: { Accept: 'application/json', ...(auth ? { Authorization: basicAuth(config.user, config.password) } : {}) },
        credentials: 'omit',
      });
    } catch {
      return null;
    }
  };
  const welcome = await get(`${address.base}/`, false);
  if (!welcome) return { ok: false, problem: 'unreachable' };
  const body = (await welcome.json().catch(() => null)) as Record<string, unknown> | null;
  // CouchDB says {"couchdb":"Welcome"}; pouchdb-server (express-pouchdb) {"express-pouchdb":"Welcome!"}.
  if (!body || !(typeof body.couchdb === 'string' || typeof body['express-pouchdb'] === 'string')) return { ok: false, problem: 'not-couchdb' };
  const db = await get(databaseUrl(address.base, config.database), true);
  if (!db) return { ok: false, problem: 'unreachable' };
  const problem = problemOfStatus(db.status);
  if (problem) return { ok: false, problem };
  const info = (await db.json().catch(() => null)) as { db_name?: unknown; doc_count?: unknown } | null;
  if (!info || typeof info.db_name !== 'string') return { ok: false, problem: 'not-couchdb' };
  return { ok: true, docCount: typeof info.doc_count === 'number' ? info.doc_count : 0 };
}
