/**
 * PouchDB as sync uses it: this browser's replica in IndexedDB (PouchDB's own database, apart from
 * the store's) and the owner's server over HTTP. One replica per server and database, so a new
 * server starts from a full send.
 */
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { replicaName } from './replica-name';

const SyncPouch = PouchDB.plugin(idb).plugin(http).plugin(replication);

export function openReplica(serverDatabaseUrl: string): Pouch.Database {
  return new SyncPouch(replicaName(serverDatabaseUrl), { adapter: 'idb' });
}

/**
 * Every request to the server without the browser's cookies for that host: PouchDB asks for
 * them (`credentials: 'include'`), but sync signs in with the owner's user and password only.
 */
export function withoutCookies(fetcher: typeof fetch = fetch): typeof fetch {
  return (input, init) => fetcher(input, { ...init, credentials: 'omit' });
}

/** The server's database; `skip_setup`: never created from here (the owner creates it, with its user). */
export function openServer(serverDatabaseUrl: string, user: string, password: string): Pouch.Database {
  return new SyncPouch(serverDatabaseUrl, { adapter: 'http', skip_setup: true, auth: { username: user, password }, fetch: withoutCookies() });
}
