import { describe, expect, it } from 'vitest';
import { checkServerAddress, isDatabaseName, normalizeSyncConfig, problemOfError, testConnection, type SyncConfig } from '@/utils/sync/config';
import { addToOutbox, afterSync, OUTBOX_LIMIT } from '@/utils/sync/status';

const CONFIG: SyncConfig = { enabled: true, server: 'https://couch.example.org', database: 'cafe-uno', user: 'frontdesk', password: 'pw' };

/** A server answering by path: `/` and `/<db>`, with the status and body given. */
function server(answers: Record<string, { status: number; body: unknown } | 'down'>): {
  fetch: typeof fetch;
  seen: Array<{ url: string; auth: string | null }>;
} {
  const seen: Array<{ url: string; auth: string | null }> = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    seen.push({ url, auth: new Headers(init?.headers).get('Authorization') });
    const answer = answers[new URL(url).pathname];
    if (!answer || answer === 'down') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fetchFn, seen };
}

const WELCOME = { status: 200, body: { couchdb: 'Welcome', version: '3.4.2' } };

describe('the server address', () => {
  it('takes https anywhere and plain http only on this computer', () => {
    expect(checkServerAddress('https://couch.example.org/')).toEqual({
      ok: true,
      base: 'https://couch.example.org',
      origin: 'https://couch.example.org',
      permission: 'https://couch.example.org/*',
    });
    expect(checkServerAddress('http://127.0.0.1:5984')).toMatchObject({ ok: true, base: 'http://127.0.0.1:5984', permission: 'http://127.0.0.1/*' });
    expect(checkServerAddress('http://localhost:5984/couch/')).toMatchObject({ ok: true, base: 'http://localhost:5984/couch' });
    expect(checkServerAddress('http://couch.example.org')).toEqual({ ok: false, problem: 'insecure' });
    expect(checkServerAddress('http://192.168.1.10:5984')).toEqual({ ok: false, problem: 'insecure' });
    expect(checkServerAddress('couch.example.org')).toEqual({ ok: false, problem: 'bad-address' });
    expect(checkServerAddress('https://admin:secret@couch.example.org')).toEqual({ ok: false, problem: 'bad-address' });
    expect(checkServerAddress('ftp://couch.example.org')).toEqual({ ok: false, problem: 'bad-address' });
  });

  it('takes CouchDB database names only', () => {
    expect(isDatabaseName('cafe-uno')).toBe(true);
    expect(isDatabaseName('Cafe')).toBe(false);
    expect(isDatabaseName('_users')).toBe(false);
    expect(isDatabaseName('')).toBe(false);
  });

  it('keeps nothing but the five fields, sync off unless said', () => {
    expect(normalizeSyncConfig({ server: ' https://x.org ', password: 7, extra: 1 })).toEqual({
      enabled: false,
      server: 'https://x.org',
      database: '',
      user: '',
      password: '',
    });
    expect(normalizeSyncConfig(null).enabled).toBe(false);
  });
});

describe('Test connection', () => {
  it('says fine for a CouchDB whose database answers the user, sending the password only to the database', async () => {
    const s = server({ '/': WELCOME, '/cafe-uno': { status: 200, body: { db_name: 'cafe-uno', doc_count: 12 } } });
    expect(await testConnection(CONFIG, s.fetch)).toEqual({ ok: true, docCount: 12 });
    expect(s.seen.map((r) => [r.url, r.auth !== null])).toEqual([
      ['https://couch.example.org/', false],
      ['https://couch.example.org/cafe-uno', true],
    ]);
  });

  it('tells an unreachable server, something that is not CouchDB, a wrong password, no access and a missing database apart', async () => {
    expect(await testConnection(CONFIG, server({ '/': 'down' }).fetch)).toEqual({ ok: false, problem: 'unreachable' });
    expect(await testConnection(CONFIG, server({ '/': { status: 200, body: { hello: 'nginx' } } }).fetch)).toEqual({ ok: false, problem: 'not-couchdb' });
    const unauthorized = { status: 401, body: { error: 'unauthorized', reason: 'Name or password is incorrect.' } };
    expect(await testConnection(CONFIG, server({ '/': WELCOME, '/cafe-uno': unauthorized }).fetch)).toEqual({ ok: false, problem: 'wrong-password' });
    expect(await testConnection(CONFIG, server({ '/': WELCOME, '/cafe-uno': { status: 403, body: { error: 'forbidden' } } }).fetch)).toEqual({
      ok: false,
      problem: 'no-access',
    });
    expect(await testConnection(CONFIG, server({ '/': WELCOME, '/cafe-uno': { status: 404, body: { error: 'not_found' } } }).fetch)).toEqual({
      ok: false,
      problem: 'missing-database',
    });
    expect(await testConnection({ ...CONFIG, server: 'http://couch.example.org' }, server({}).fetch)).toEqual({ ok: false, problem: 'insecure' });
    expect(await testConnection({ ...CONFIG, database: 'Bad Name' }, server({}).fetch)).toEqual({ ok: false, problem: 'bad-database' });
  });

  it('reads PouchDB’s errors by their status, and a failed fetch as an unreachable server', () => {
    expect(problemOfError(Object.assign(new Error('unauthorized'), { status: 401 }))).toBe('wrong-password');
    expect(problemOfError(Object.assign(new Error('not_found'), { status: 404 }))).toBe('missing-database');
    expect(problemOfError(new TypeError('Failed to fetch'))).toBe('unreachable');
  });
});

describe('the outbox', () => {
  it('keeps each key once, keeps keys added during a sync, and asks for a full send past its limit', () => {
    const outbox = addToOutbox(addToOutbox({ keys: [] }, ['yelp:a', 'yelp:b']), ['yelp:a']);
    expect(outbox.keys).toEqual(['yelp:a', 'yelp:b']);
    expect(afterSync(addToOutbox(outbox, ['yelp:c']), ['yelp:a', 'yelp:b'], false)).toEqual({ keys: ['yelp:c'] });
    const many = Array.from({ length: OUTBOX_LIMIT + 1 }, (_, i) => `yelp:${i}`);
    expect(addToOutbox({ keys: [] }, many)).toEqual({ keys: [], full: true });
    expect(afterSync({ keys: [], full: true }, [], true)).toEqual({ keys: [] });
  });
});
