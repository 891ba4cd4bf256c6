/**
 * Sync (issue 19) in real Chromium with the built extension: two profiles, A and B, opened one
 * after the other (one browser at a time), and a CouchDB-speaking server (pouchdb-server, in
 * memory, on loopback) reached at https://couch.example.org through the fixture server. The
 * owner sets sync up in Options → Sync like anyone would; host access is asked for on the click.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { ROOT } from '../support/build';
import { openPopup, readStore, workerNetworkEntries, type Background } from '../support/extension';
import { renderFixture } from '../support/fixtures';

const BIZ_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const BIZ_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';
const COUCH_HOST = 'couch.example.org';
const ADMIN = 'Basic ' + Buffer.from('admin:admin-secret').toString('base64');

/** The counts a capture maintains (aggregates, day buckets): the figures the popup stands on. */
function readDerived(worker: Background): Promise<{ aggregates: unknown[]; days: unknown[] }> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('review-sentinel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['aggregates', 'days']);
          const out: Record<string, unknown[]> = {};
          for (const name of ['aggregates', 'days']) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result as unknown[]);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out as { aggregates: unknown[]; days: unknown[] });
          };
        };
      }),
  );
}

describe('sync between two browsers through the owner’s CouchDB', () => {
  let couch: ChildProcess;
  let couchPort = 0;
  let server: FixtureServer;
  const profiles = { a: mkdtempSync(join(tmpdir(), 'rs-sync-a-')), b: mkdtempSync(join(tmpdir(), 'rs-sync-b-')) };
  let open: ExtensionBrowser | null = null;
  const networkSeen: string[] = [];

  const couchApi = async (method: string, path: string, body?: unknown, auth = ADMIN): Promise<Record<string, unknown>> => {
    const response = await fetch(`http://127.0.0.1:${couchPort}${path}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await response.json()) as Record<string, unknown>;
  };

  beforeAll(async () => {
    couchPort = 20_000 + Math.floor(Math.random() * 20_000);
    couch = spawn(join(ROOT, 'node_modules', '.bin', 'pouchdb-server'), ['--in-memory', '-p', String(couchPort), '-o', '127.0.0.1'], {
      cwd: mkdtempSync(join(tmpdir(), 'rs-couch-')),
      stdio: 'ignore',
    });
    await waitFor(
      async () =>
        fetch(`http://127.0.0.1:${couchPort}/`).then(
          (r) => r.ok,
          () => false,
        ),
      'pouchdb-server to answer',
    );
    // As the README tells the owner: an admin, one database for the team, one user who may reach only it.
    await fetch(`http://127.0.0.1:${couchPort}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('admin-secret') });
    await couchApi('PUT', '/cafe-team');
    await couchApi('PUT', '/_users/org.couchdb.user:frontdesk', { name: 'frontdesk', password: 'desk-pass', roles: [], type: 'user' });
    await couchApi('PUT', '/cafe-team/_security', { admins: { names: [], roles: [] }, members: { names: ['frontdesk'], roles: [] } });
    server = await startFixtureServer(
      (host, path) =>
        host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
          ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slots: { 'new-reviews': 'yelp/new-review-1star.html' } }) }
          : undefined,
      { host: COUCH_HOST, port: couchPort },
    );
  });

  afterAll(async () => {
    await open?.close();
    await server?.close();
    couch?.kill();
  });

  /** One profile at a time: the other is closed first. */
  const launch = async (profile: 'a' | 'b'): Promise<ExtensionBrowser> => {
    if (open) {
      networkSeen.push(...(await workerNetworkEntries(await open.worker())));
      await open.close();
    }
    open = await launchWithExtension({ port: server.port, userDataDir: profiles[profile] });
    return open;
  };

  /**
   * The owner allows the server's host. Headless Chromium cannot show the permission prompt
   * `permissions.request` opens, so the test allows it where an owner also can — the extension's
   * site access on chrome://extensions (its own API) — after which the panel's request is granted
   * at once, as Chrome grants a request for what is already allowed.
   */
  const allowServer = async (browser: ExtensionBrowser): Promise<void> => {
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions');
    await page.evaluate(
      ([id, host]) =>
        (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(
          id!,
          host!,
        ),
      [browser.extensionId, `https://${COUCH_HOST}/*`],
    );
    await page.close();
  };

  const options = async (browser: ExtensionBrowser): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('[data-testid="sync"]');
    return page;
  };

  const fillSync = async (page: Page, password: string): Promise<void> => {
    await page.fill('[data-testid="sync-server"]', `https://${COUCH_HOST}`);
    await page.fill('[data-testid="sync-database"]', 'cafe-team');
    await page.fill('[data-testid="sync-user"]', 'frontdesk');
    await page.fill('[data-testid="sync-password"]', password);
  };

  const syncNow = async (page: Page): Promise<string> => {
    const before = await page.textContent('[data-testid="sync-last"]');
    await page.click('[data-testid="sync-now"]');
    return waitFor(async () => {
      const text = await page.textContent('[data-testid="sync-last"]');
      return text !== before && text?.startsWith('Last sync') ? text : false;
    }, 'the sync to end');
  };

  const serverDocs = async (): Promise<string[]> => {
    const all = (await couchApi('GET', '/cafe-team/_all_docs')) as { rows: Array<{ id: string }> };
    return all.rows.map((r) => r.id);
  };

  let scoreOnA = '';
  let derivedOnA: unknown;

  it('A: a capture, then sync set up in Options; the host asked for on the click; the server receives the history', async () => {
    const a = await launch('a');
    const page = await a.context.newPage();
    await page.goto(BIZ_URL);
    const worker = await a.worker();
    const store = await waitFor(async () => {
      const s = await readStore(worker);
      return s.reviews.length === 9 && s;
    }, 'the 9 reviews on A');
    expect(store.businesses[0]?.key).toBe(BIZ_KEY);
    // Nothing was asked for at install, and nothing is sent while sync is off.
    expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).not.toContain(`https://${COUCH_HOST}/*`);
    await allowServer(a);
    const settings = await options(a);
    await fillSync(settings, 'desk-pass');
    await settings.click('[data-testid="sync-enabled"]');
    const last = await waitFor(async () => {
      const text = await settings.textContent('[data-testid="sync-last"]');
      return text?.startsWith('Last sync') ? text : false;
    }, 'the first sync');
    expect(last).toMatch(/^Last sync .*: 0 documents received, 11 sent; 0 reviews changed here\.$/);
    expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).toContain(`https://${COUCH_HOST}/*`);
    const ids = await serverDocs();
    expect(ids.filter((id) => id.startsWith('r:'))).toHaveLength(9);
    expect(ids.filter((id) => id.startsWith('b:'))).toEqual([`b:${BIZ_KEY}`]);
    expect(ids.filter((id) => id.startsWith('s:'))).toHaveLength(1);
    const popup = await openPopup(a, `?business=${BIZ_KEY}`);
    scoreOnA = (await popup.textContent('[data-testid="score"]')) ?? '';
    derivedOnA = await readDerived(worker);
    expect(scoreOnA).toMatch(/\d/);
  });

  it('B: a wrong password is said in words and changes nothing; the right one brings A’s history with the same score and counts', async () => {
    const b = await launch('b');
    await allowServer(b);
    const settings = await options(b);
    await fillSync(settings, 'not-the-password');
    await settings.click('[data-testid="sync-test"]');
    await settings.waitForSelector('[data-testid="sync-note"].error');
    expect(await settings.textContent('[data-testid="sync-note"]')).toBe('wrong user name or password.');
    const worker = await b.worker();
    expect((await readStore(worker)).reviews).toHaveLength(0);
    expect(await serverDocs()).toHaveLength(11);
    await settings.fill('[data-testid="sync-password"]', 'desk-pass');
    await settings.click('[data-testid="sync-enabled"]');
    await waitFor(async () => (await readStore(worker)).reviews.length === 9, 'A’s reviews on B');
    expect(await readDerived(worker)).toEqual(derivedOnA);
    const popup = await openPopup(b, `?business=${BIZ_KEY}`);
    expect(await popup.textContent('[data-testid="score"]')).toBe(scoreOnA);
    // "Mine" set on B, sent by "Sync now".
    expect(await settings.evaluate((key) => chrome.runtime.sendMessage({ type: 'page:set-role', businessKey: key, role: 'mine' }), BIZ_KEY)).toEqual({
      ok: true,
    });
    expect(await syncNow(settings)).toMatch(/, 1 sent;/);
  });

  it('A: "mine" from B has arrived; "done" on A is sent', async () => {
    const a = await launch('a');
    const settings = await options(a);
    await syncNow(settings);
    const worker = await a.worker();
    expect((await readStore(worker)).businesses[0]?.role).toBe('mine');
    const negative = (await readStore(worker)).reviews.find((r) => r.rating === 1)!;
    expect(await settings.evaluate((key) => chrome.runtime.sendMessage({ type: 'page:mark-done', reviewKey: key, done: true }), negative.key)).toEqual({
      ok: true,
    });
    expect(await syncNow(settings)).toMatch(/, 1 sent;/);
  });

  it('B: "done" from A holds; no request went anywhere but the server and the review page', async () => {
    const b = await launch('b');
    const settings = await options(b);
    await syncNow(settings);
    const worker = await b.worker();
    const store = await readStore(worker);
    expect(store.reviews.find((r) => r.rating === 1)).toMatchObject({ done: 1 });
    expect(store.businesses[0]?.role).toBe('mine');
    networkSeen.push(...(await workerNetworkEntries(worker)));
    expect([...new Set(server.requests.map((r) => r.host))].sort()).toEqual([COUCH_HOST, 'www.yelp.com']);
    expect(networkSeen.every((url) => new URL(url).host === COUCH_HOST)).toBe(true);
  });
});
