/**
 * Sync (issue 19) in real Chromium with the built extension: two profiles, A and B, opened one
 * after the other (one browser at a time), and a CouchDB-speaking server (pouchdb-server, in
 * memory, on loopback) reached at https://couch.example.org through the fixture server. The
 * owner sets sync up in Options → Sync like anyone would; host access is asked for on the click.
 * Issue 19, point 5: a capture on A reaches B with the same score and counts (and is not announced
 * again there); "mine" set on B reaches A; read and "done" on A hold on B; a wrong password is said
 * and changes nothing; B offline catches up both ways; a worker stopped while sending loses and
 * duplicates nothing; a business deleted on A stays deleted there, and captured on A again takes in
 * its whole history with B's counts; the extension's requests go to the configured database only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer, type Forward } from '../support/browser';
import { ROOT } from '../support/build';
import { notificationIds, openPopup, readStore, workerNetworkEntries, type Background } from '../support/extension';
import { renderFixture } from '../support/fixtures';

const BIZ_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const BIZ_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';
const COUCH_HOST = 'couch.example.org';
/** What Chromium itself asks for (sign-in, updates, autofill), not the extension. */
const CHROMIUM_SERVICES = /^(?:accounts\.google\.com|[\w-]+\.googleapis\.com)$/;
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
  let couchForward: Forward;
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
    couchForward = { host: COUCH_HOST, port: couchPort };
    server = await startFixtureServer(
      (host, path) =>
        host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
          ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slots: { 'new-reviews': 'yelp/new-review-1star.html' } }) }
          : undefined,
      couchForward,
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

  /**
   * "Sync now" pressed; resolves with the last sync in words once this sync has ended. The alarms
   * sync too (`rs-sync-soon` half a minute after a write, `rs-sync` a minute after sync is turned
   * on): what a sync moved is asserted in words only where none of them can be due, else the state.
   */
  const syncNow = async (page: Page): Promise<string> => {
    const atOf = (): Promise<number> =>
      page.evaluate(async () => ((await chrome.storage.local.get('syncStatus')).syncStatus as { at?: number } | undefined)?.at ?? 0);
    const before = await atOf();
    await page.click('[data-testid="sync-now"]');
    await waitFor(async () => (await atOf()) > before && (await page.$('[data-testid="sync-note"]')) === null, 'the sync to end');
    return (await page.textContent('[data-testid="sync-last"]')) ?? '';
  };

  const serverDocs = async (): Promise<Array<{ _id: string; _conflicts?: string[] } & Record<string, unknown>>> => {
    const all = (await couchApi('GET', '/cafe-team/_all_docs?include_docs=true&conflicts=true')) as { rows: Array<{ doc: { _id: string } }> };
    return all.rows.map((r) => r.doc);
  };
  const serverDoc = async (id: string): Promise<Record<string, unknown>> => couchApi('GET', `/cafe-team/${encodeURIComponent(id)}`);

  const setDone = (page: Page, reviewKey: string, done: boolean) =>
    page.evaluate(([key, value]) => chrome.runtime.sendMessage({ type: 'page:mark-done', reviewKey: key, done: value }), [reviewKey, done] as const);

  let scoreOnA = '';
  let derivedOnA: unknown;
  let negativeKey = '';

  it('A: a capture, then sync set up in Options; the host asked for on the click; the server receives the history', async () => {
    const a = await launch('a');
    const page = await a.context.newPage();
    await page.goto(BIZ_URL);
    const worker = await a.worker();
    const store = await waitFor(async () => {
      const s = await readStore(worker);
      return s.reviews.length === 9 && s.alerts.length === 1 && s;
    }, 'the 9 reviews and the alert on A');
    expect(store.businesses[0]?.key).toBe(BIZ_KEY);
    // The new 1★ (the one the alert is about), not the older 1★ kept as baseline: the store's order
    // follows keys hashed from the page's dates, so which 1★ comes first changes with the day.
    negativeKey = store.reviews.find((r) => r.rating === 1 && r.alertState !== 'baseline')!.key;
    // A's alert of the new 1★ review is announced here, on A.
    expect(await waitFor(async () => (await notificationIds(worker)).length > 0 && notificationIds(worker), 'A’s notification')).toEqual([store.alerts[0]!.id]);
    // Nothing was asked for at install, and nothing is sent while sync is off.
    expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).not.toContain(`https://${COUCH_HOST}/*`);
    expect(server.requests.filter((r) => r.host === COUCH_HOST)).toEqual([]);
    await allowServer(a);
    const settings = await options(a);
    await fillSync(settings, 'desk-pass');
    await settings.click('[data-testid="sync-enabled"]');
    const last = await waitFor(async () => {
      const text = await settings.textContent('[data-testid="sync-last"]');
      return text?.startsWith('Last sync') ? text : false;
    }, 'the first sync');
    // 9 reviews, the business, its visit and the alert of the 1★ review.
    expect(last).toMatch(/^Last sync .*: 0 documents received, 12 sent; 0 reviews changed here\.$/);
    expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).toContain(`https://${COUCH_HOST}/*`);
    const ids = (await serverDocs()).map((d) => d._id);
    expect(ids.filter((id) => id.startsWith('r:'))).toHaveLength(9);
    expect(ids.filter((id) => id.startsWith('b:'))).toEqual([`b:${BIZ_KEY}`]);
    expect(ids.filter((id) => id.startsWith('s:'))).toHaveLength(1);
    expect(ids.filter((id) => id.startsWith('a:'))).toHaveLength(1);
    // The owner looks at the business in the popup: the new 1★ is read, and "Sync now" sends that.
    const popup = await openPopup(a, `?business=${BIZ_KEY}`);
    scoreOnA = (await popup.textContent('[data-testid="score"]')) ?? '';
    expect(scoreOnA).toMatch(/\d/);
    await waitFor(async () => (await readStore(worker)).reviews.find((r) => r.key === negativeKey)?.readAt !== undefined, 'the 1★ read on A');
    expect(await syncNow(settings)).toMatch(/: 0 documents received, 1 sent;/);
    expect(await serverDoc(`r:${negativeKey}`)).toMatchObject({ unread: 0, readAt: expect.any(Number) });
    derivedOnA = await readDerived(worker);
  });

  it('B: a wrong password is said in words and changes nothing; the right one brings A’s history with the same score and counts, and no second announcement', async () => {
    const b = await launch('b');
    await allowServer(b);
    const settings = await options(b);
    await fillSync(settings, 'not-the-password');
    await settings.click('[data-testid="sync-test"]');
    await settings.waitForSelector('[data-testid="sync-note"].error');
    expect(await settings.textContent('[data-testid="sync-note"]')).toBe('wrong user name or password.');
    const worker = await b.worker();
    expect((await readStore(worker)).reviews).toHaveLength(0);
    expect(await serverDocs()).toHaveLength(12);
    // Turned on with the wrong password all the same: the sync fails in those words, and still nothing changes.
    await settings.click('[data-testid="sync-enabled"]');
    await expect.poll(() => settings.textContent('[data-testid="sync-last"]')).toMatch(/^Last sync .* failed: wrong user name or password\.$/);
    expect((await readStore(worker)).reviews).toHaveLength(0);
    expect(await serverDocs()).toHaveLength(12);
    // The right password: off and on again.
    await settings.click('[data-testid="sync-enabled"]');
    await settings.fill('[data-testid="sync-password"]', 'desk-pass');
    await settings.click('[data-testid="sync-enabled"]');
    await waitFor(async () => (await readStore(worker)).reviews.length === 9, 'A’s reviews on B');
    expect(await readDerived(worker)).toEqual(derivedOnA);
    // Read on A is read here: the 1★ is not unread on B either.
    const read = (await readStore(worker)).reviews.find((r) => r.key === negativeKey);
    expect(read?.readAt).toEqual(expect.any(Number));
    expect(read?.unread).toBeUndefined();
    const popup = await openPopup(b, `?business=${BIZ_KEY}`);
    expect(await popup.textContent('[data-testid="score"]')).toBe(scoreOnA);
    // A's alert arrived as announced: B shows no notification, not even when B visits the page itself.
    expect((await readStore(worker)).alerts.map((alert) => alert.shownAt !== undefined)).toEqual([true]);
    const page = await b.context.newPage();
    await page.goto(BIZ_URL);
    await waitFor(async () => (await readStore(worker)).snapshots.length === 2, 'B’s own visit');
    expect(await notificationIds(worker)).toEqual([]);
    expect(await readDerived(worker)).toEqual(derivedOnA);
    // "Mine" set on B in Options → Businesses, sent by "Sync now".
    await settings.reload();
    await settings.selectOption('[data-testid="business-row"] [data-testid="role-select"]', 'mine');
    await expect.poll(async () => (await readStore(worker)).businesses[0]?.role).toBe('mine');
    expect(await syncNow(settings)).toMatch(/^Last sync .*: 0 documents received, \d+ sent;/);
    expect(await serverDoc(`b:${BIZ_KEY}`)).toMatchObject({ role: { value: 'mine', at: expect.any(Number) } });
  });

  it('A: "mine" from B arrives; "done" on A is sent; the business is deleted on A', async () => {
    const a = await launch('a');
    const settings = await options(a);
    expect(await syncNow(settings)).toMatch(/^Last sync .*: \d+ documents? received, 0 sent;/);
    const worker = await a.worker();
    expect((await readStore(worker)).businesses[0]?.role).toBe('mine');
    expect(await setDone(settings, negativeKey, true)).toEqual({ ok: true });
    expect(await syncNow(settings)).toMatch(/: 0 documents received, 1 sent;/);
    expect(await serverDoc(`r:${negativeKey}`)).toMatchObject({ done: { value: true } });
    // The owner deletes the business on A: from this browser only, so nothing is sent and the server keeps it.
    await settings.reload();
    await settings.click('[data-testid="business-row"] [data-testid="delete"]');
    await settings.click('[data-testid="delete-confirm"]');
    await expect.poll(async () => (await readStore(worker)).reviews.length).toBe(0);
    expect(await syncNow(settings)).toMatch(/: 0 documents received, 0 sent;/);
    expect((await serverDocs()).filter((d) => d._id.startsWith('r:'))).toHaveLength(9);
  });

  let derivedOnB: unknown;

  it('B: offline, the sync fails in words and changes nothing; back online, it catches up both ways; a worker stopped mid-sync loses and duplicates nothing', async () => {
    const b = await launch('b');
    const worker = await b.worker();
    let settings = await options(b);
    // The server is gone for a while; meanwhile the owner renames the business on B.
    couchForward.down = true;
    expect(await syncNow(settings)).toMatch(/^Last sync .* failed: the server could not be reached\./);
    expect((await readStore(worker)).reviews.find((r) => r.key === negativeKey)?.done).toBeUndefined();
    const row = settings.locator('[data-testid="business-row"]', { hasText: 'The Golden Spoon Bistro' });
    await row.getByRole('button', { name: 'Rename: The Golden Spoon Bistro' }).click();
    await row.getByLabel('Name shown for The Golden Spoon Bistro').fill('Golden Spoon (Congress Ave)');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await readStore(worker)).businesses[0]?.displayName).toBe('Golden Spoon (Congress Ave)');
    couchForward.down = false;
    expect(await syncNow(settings)).toMatch(/^Last sync .*: \d+ documents? received, 1 sent;/);
    expect((await readStore(worker)).reviews.find((r) => r.key === negativeKey)).toMatchObject({ done: 1 });
    expect((await readStore(worker)).businesses[0]).toMatchObject({ role: 'mine', displayName: 'Golden Spoon (Congress Ave)' });
    expect(await readDerived(worker)).toEqual(derivedOnA);

    // Another review marked done on B; the worker stops while the sync is sending it to the server.
    // The older of the two 2★ reviews, the same one whatever the day (the store's order follows hashed keys).
    const twoStar = (await readStore(worker)).reviews.filter((r) => r.rating === 2).sort((x, y) => (x.publishedAt ?? 0) - (y.publishedAt ?? 0))[0]!;
    expect(await setDone(settings, twoStar.key, true)).toEqual({ ok: true });
    let cut: (error: Error) => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      couchForward.before = (method, path) => {
        if (method !== 'POST' || !path.startsWith('/cafe-team/_bulk_docs')) return undefined;
        couchForward.before = undefined;
        resolve();
        return new Promise<void>((_, fail) => (cut = fail));
      };
    });
    await settings.click('[data-testid="sync-now"]');
    await held;
    // B has written the change into its replica and is sending it; the worker stops, the connection with it.
    await b.stopWorker();
    cut(new Error('the worker stopped'));
    await settings.close();
    expect((await serverDoc(`r:${twoStar.key}`)).done).toMatchObject({ value: false });
    settings = await options(b);
    expect(await syncNow(settings)).toMatch(/^Last sync .*: 0 documents received, 1 sent;/);
    const docs = await serverDocs();
    expect(docs.filter((d) => d._conflicts)).toEqual([]);
    expect(docs.filter((d) => d._id.startsWith('r:'))).toHaveLength(9);
    expect(docs.filter((d) => d._id.startsWith('s:'))).toHaveLength(2);
    expect(docs.filter((d) => d._id.startsWith('a:'))).toHaveLength(1);
    expect(docs.find((d) => d._id === `r:${twoStar.key}`)).toMatchObject({ done: { value: true } });
    const after = await readStore(await b.worker());
    expect(after.reviews).toHaveLength(9);
    expect(after.alerts).toHaveLength(1);
    expect(await readDerived(await b.worker())).toEqual(derivedOnA);

    // B visits the page again (the business A deleted), and sends that visit.
    const page = await b.context.newPage();
    await page.goto(BIZ_URL);
    await waitFor(async () => (await readStore(await b.worker())).snapshots.length === 3, 'B’s second visit');
    await syncNow(settings);
    expect((await serverDocs()).filter((d) => d._id.startsWith('s:'))).toHaveLength(3);
    derivedOnB = await readDerived(await b.worker());
    expect(derivedOnB).toEqual(derivedOnA);
  });

  it('A: the deleted business does not come back in pieces; captured on A again, its whole history returns with B’s changes and counts; no request went anywhere but the server and the review page', async () => {
    const a = await launch('a');
    const settings = await options(a);
    // Whatever arrived (B's visit), nothing of the deleted business changed here. (The periodic alarm may have synced first.)
    expect(await syncNow(settings)).toMatch(/: \d+ documents? received, 0 sent; 0 reviews changed here\./);
    const worker = await a.worker();
    expect(await readStore(worker)).toMatchObject({ businesses: [], reviews: [], alerts: [] });
    expect(await readDerived(worker)).toEqual({ aggregates: [], days: [] });
    const page = await a.context.newPage();
    await page.goto(BIZ_URL);
    await waitFor(async () => (await readStore(worker)).reviews.length === 9, 'A’s new capture');
    await syncNow(settings);
    const store = await readStore(worker);
    // Back whole, with what B changed meanwhile: the rename, and "done" on the 2★ set on B.
    expect(store.businesses[0]).toMatchObject({ role: 'mine', displayName: 'Golden Spoon (Congress Ave)' });
    expect(
      store.reviews
        .filter((r) => r.done === 1)
        .map((r) => r.rating)
        .sort(),
    ).toEqual([1, 2]);
    expect(await readDerived(worker)).toEqual(derivedOnB);

    networkSeen.push(...(await workerNetworkEntries(worker)));
    // The extension's own requests (an extension origin or referrer) went to the configured server's database only.
    const fromExtension = server.requests.filter((r) => `${r.origin ?? ''}${r.referer ?? ''}`.includes('chrome-extension://'));
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter((r) => r.host !== COUCH_HOST || !(r.path === '/' || r.path.startsWith('/cafe-team')))).toEqual([]);
    // Everything else the fixture server saw was the review page, its own assets, or Chromium's background services.
    const others = server.requests.filter(
      (r) => !(r.host === COUCH_HOST || r.host === 'www.yelp.com' || r.host.endsWith('.yelpcdn.com') || CHROMIUM_SERVICES.test(r.host)),
    );
    expect(others).toEqual([]);
    expect(networkSeen.length).toBeGreaterThan(0);
    expect(networkSeen.filter((url) => new URL(url).host !== COUCH_HOST)).toEqual([]);
  });
});
