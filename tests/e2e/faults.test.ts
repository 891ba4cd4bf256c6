/**
 * Nothing lost, in real Chromium with the built extension: the service worker stopped in the
 * middle of a 1,000-review capture, two tabs capturing a new business at once, a version 1
 * database upgraded with its data, a full quota, and import files that are truncated, foreign
 * or huge. Across the whole session the extension makes no network request.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { buildBigPage } from '../support/big-page';
import { clearNotifications, notificationIds, openPopup, readStore, storeCounts, workerNetworkEntries } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { SITE_FIXTURES } from '../support/site-fixtures';

const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const MAPS = SITE_FIXTURES.find((f) => f.file === 'google-maps/restaurant-en.html')!;
const HOTEL = SITE_FIXTURES.find((f) => f.file === 'google-maps/hotel-en.html')!;

/** Marks the running worker instance, to tell afterwards whether the worker really was restarted. */
async function markWorker(browser: ExtensionBrowser): Promise<void> {
  await (await browser.worker()).evaluate(() => ((self as unknown as { __instance?: number }).__instance = 1));
}

async function isSameWorker(browser: ExtensionBrowser): Promise<boolean> {
  return (await browser.worker()).evaluate(() => (self as unknown as { __instance?: number }).__instance === 1);
}

describe('faults survived', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let options: Page;
  const bigPage = buildBigPage({ site: 'google-maps', file: MAPS.file, cards: 1_000, now: Date.now() });
  /** Every http(s) resource an extension page loaded, collected before each page closes. */
  const pageRequests: string[] = [];

  const closeExtensionPage = async (page: Page): Promise<void> => {
    pageRequests.push(...((await page.evaluate("performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /^https?:/.test(n))")) as string[]));
    await page.close();
  };

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      if (host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin')
        return { body: renderFixture('yelp/golden-spoon.html', { now: Date.now() }) };
      if (`https://${host}${path}` === MAPS.url) return { body: bigPage };
      return undefined;
    });
    browser = await launchWithExtension({ port: server.port });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loses nothing when the worker is stopped in the middle of a 1,000-review capture', async () => {
    const page = await browser.context.newPage();
    await page.goto(MAPS.url);
    // Stop the worker once the first of five messages is stored, while the rest are on their way.
    await waitFor(
      async () => {
        const n = (await storeCounts(await browser.worker())).reviews;
        return n > 0 && n < 1_000;
      },
      'the first part of the capture',
      30_000,
    );
    await markWorker(browser);
    await browser.stopWorker();
    await waitFor(async () => (await storeCounts(await browser.worker())).reviews >= 1_000, 'all 1,000 reviews', 60_000);
    const store = await readStore(await browser.worker());
    expect(await isSameWorker(browser)).toBe(false);
    expect(store.reviews).toHaveLength(1_000);
    expect(new Set(store.reviews.map((r) => r.key)).size).toBe(1_000);
    expect(store.reviews.every((r) => r.alertState === 'baseline')).toBe(true);
    // The maintained counts agree with the reviews: nothing counted twice.
    const total = await (
      await browser.worker()
    ).evaluate(
      (key) =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('review-sentinel');
          open.onsuccess = () => {
            const get = open.result.transaction('aggregates').objectStore('aggregates').get(key);
            get.onsuccess = () => resolve((get.result as { total: number }).total);
          };
        }),
      store.reviews[0]!.businessKey,
    );
    expect(total).toBe(1_000);
    expect(await notificationIds(await browser.worker())).toEqual([]);
    await page.close();
  });

  it('stores each review once when two tabs capture a new business at the same time, and stays silent', async () => {
    const [a, b] = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
    await Promise.all([a.goto(YELP_URL), b.goto(YELP_URL)]);
    const store = await waitFor(async () => {
      const s = await readStore(await browser.worker());
      const yelp = s.reviews.filter((r) => r.site === 'yelp');
      return yelp.length === 8 && s;
    }, 'the Yelp reviews');
    await new Promise((r) => setTimeout(r, 1_500));
    const again = await readStore(await browser.worker());
    expect(again.reviews.filter((r) => r.site === 'yelp')).toHaveLength(8);
    expect(store.businesses.filter((bz) => bz.site === 'yelp')).toHaveLength(1);
    expect(await notificationIds(await browser.worker())).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses truncated, foreign and huge import files with a clear reason, changing nothing', async () => {
    await options.reload();
    const counts = await options.textContent('[data-testid="stored-counts"]');
    const dir = tmpdir();
    const truncated = join(dir, 'rs-truncated.json');
    writeFileSync(truncated, '{"format":"review-sentinel-export","formatVersion":1,"businesses":[{"key":"yelp:x","na');
    const foreign = join(dir, 'rs-foreign.json');
    writeFileSync(foreign, JSON.stringify({ format: 'another-tool', rows: [1, 2, 3] }));
    const newer = join(dir, 'rs-newer.json');
    writeFileSync(newer, JSON.stringify({ format: 'review-sentinel-export', formatVersion: 99, businesses: [] }));
    const huge = join(dir, 'rs-huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024); // sparse: no disk used
    const cases: Array<[string, string]> = [
      [truncated, 'Import failed: the file is not JSON'],
      [foreign, 'Import failed: this file is not a Review Sentinel export'],
      [newer, 'Import failed: the file comes from a newer version of Review Sentinel; update the extension first'],
      [huge, 'Import failed: the file is larger than 512 MB'],
    ];
    for (const [file, message] of cases) {
      await options.locator('[data-testid="import-file"]').setInputFiles(file);
      await expect.poll(() => options.textContent('[role="alert"]')).toBe(message);
      expect(await options.textContent('[data-testid="stored-counts"]')).toBe(counts);
    }
  });

  it('made no network request from its worker or its pages in the whole session', async () => {
    await closeExtensionPage(options);
    expect(pageRequests).toEqual([]);
    expect(await workerNetworkEntries(await browser.worker())).toEqual([]);
    // Every request the (all-hosts) server saw came from the pages the test opened.
    const fromExtension = server.requests.filter((r) => `${r.origin ?? ''}${r.referer ?? ''}`.includes('chrome-extension://'));
    expect(fromExtension).toEqual([]);
    expect(new Set(server.requests.filter((r) => r.path.startsWith('/biz/') || r.path.startsWith('/maps/')).map((r) => r.host))).toEqual(
      new Set(['www.yelp.com', 'www.google.com']),
    );
  });
});

describe('the worker stopped while new negative reviews are stored', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let cards = 10;
  const pages = new Map<number, string>();
  const pageOf = (n: number): string => {
    if (!pages.has(n)) pages.set(n, buildBigPage({ site: 'google-maps', file: MAPS.file, cards: n, now: Date.now() }));
    return pages.get(n)!;
  };

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => (`https://${host}${path}` === MAPS.url ? { body: pageOf(cards) } : undefined));
    browser = await launchWithExtension({ port: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('alerts each new negative review once, in one notification, and loses none of them', async () => {
    const page = await browser.context.newPage();
    await page.goto(MAPS.url);
    const baseline = await waitFor(async () => {
      const s = await readStore(await browser.worker());
      return s.reviews.length === 10 && s;
    }, 'the baseline of 10 reviews');
    const businessKey = baseline.businesses[0]!.key;
    const popup = await openPopup(browser, `?business=${businessKey}`);
    await popup.getByRole('button', { name: 'This is my business' }).click();
    await popup.close();

    // The next visit shows 990 reviews more, sent in several messages; the worker stops after the first is stored.
    cards = 1_000;
    await page.reload();
    await waitFor(
      async () => {
        const n = (await storeCounts(await browser.worker())).reviews;
        return n > 10 && n < 1_000;
      },
      'the first part of the new reviews',
      30_000,
    );
    await markWorker(browser);
    await browser.stopWorker();
    const store = await waitFor(
      async () => {
        // Every record is read only once all 1,000 reviews are there.
        if ((await storeCounts(await browser.worker())).reviews < 1_000) return false;
        const s = await readStore(await browser.worker());
        return s.reviews.length >= 1_000 && s.alerts.every((a) => a.shownAt !== undefined) && s;
      },
      'all 1,000 reviews, and the alert shown',
      60_000,
    );

    expect(await isSameWorker(browser)).toBe(false);
    expect(new Set(store.reviews.map((r) => r.key)).size).toBe(1_000);
    const alerted = store.reviews.filter((r) => r.alertState === 'alerted');
    expect(alerted.length).toBeGreaterThan(0);
    expect(alerted.every((r) => r.negative === 1)).toBe(true);
    // One alert for the visit holds every alerted review exactly once; it is the one notification.
    expect(store.alerts).toHaveLength(1);
    expect([...store.alerts[0]!.reviewKeys].sort()).toEqual(alerted.map((r) => r.key).sort());
    expect(await notificationIds(await browser.worker())).toEqual([store.alerts[0]!.id]);

    // The same page again, after another stop: nothing new, no notification again.
    await clearNotifications(await browser.worker());
    await browser.stopWorker();
    await page.reload();
    await waitFor(async () => (await storeCounts(await browser.worker())).snapshots === 3, 'the third visit');
    await new Promise((r) => setTimeout(r, 1_000));
    const again = await readStore(await browser.worker());
    expect(again.reviews).toHaveLength(1_000);
    expect(again.alerts).toHaveLength(1);
    expect(await notificationIds(await browser.worker())).toEqual([]);
    await page.close();
  });
});

// Chromium applies a quota override reliably to a young profile's store: this runs in its own.
describe('a full quota', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  const hotelPage = buildBigPage({ site: 'google-maps', file: HOTEL.file, cards: 400, textLength: 400, now: Date.now() });

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => (`https://${host}${path}` === HOTEL.url ? { body: hotelPage } : undefined));
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tells the owner when the quota is full, keeps the store as it was, and recovers', async () => {
    const cdp = await browser.context.newCDPSession(page);
    const origin = `chrome-extension://${browser.extensionId}`;
    const before = (await readStore(await browser.worker())).reviews.length;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await page.goto(HOTEL.url);
    const popup = await browser.context.newPage();
    await waitFor(async () => {
      await openPopup(browser, '', popup);
      return (await popup.locator('[data-testid="store-problem"]').count()) > 0;
    }, 'the storage warning');
    expect(await popup.textContent('[data-testid="store-problem"]')).toMatch(
      /^Review Sentinel could not save the latest reviews: the browser has no storage space left/,
    );
    // The failed saves changed nothing.
    expect((await readStore(await browser.worker())).reviews).toHaveLength(before);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.reload();
    await waitFor(async () => (await storeCounts(await browser.worker())).reviews === before + 400, 'the hotel reviews, saved this time');
    await openPopup(browser, '', popup);
    expect(await popup.locator('[data-testid="store-problem"]').count()).toBe(0);
    await popup.close();
    await cdp.detach();
  });
});

describe('a version 1 database, upgraded in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer(() => undefined);
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('[data-testid="stored-counts"]');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('upgrades a version 1 database with its data, losing nothing', async () => {
    // The extension's database is replaced by one written by version 1 (the open connections
    // close for it, as they would for an upgrade), then the extension opens it again.
    // The worker may open its database again between the delete and the old version's open (a
    // wake-up reads it); then the old version is refused and the test deletes and tries again.
    const written = await page.evaluate(`new Promise((resolve, reject) => {
      let tries = 20;
      const start = () => {
      const del = indexedDB.deleteDatabase('review-sentinel');
      del.onerror = () => reject(del.error);
      del.onblocked = () => setTimeout(() => reject(new Error('delete blocked')), 5000);
      del.onsuccess = () => {
        const open = indexedDB.open('review-sentinel', 1);
        open.onerror = () => (open.error && open.error.name === 'VersionError' && tries-- > 0 ? setTimeout(start, 250) : reject(open.error));
        open.onblocked = () => reject(new Error('blocked'));
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('businesses', { keyPath: 'key' }).createIndex('byRole', 'role');
          db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true }).createIndex('byBusiness', ['businessKey', 'capturedAt']);
          const reviews = db.createObjectStore('reviews', { keyPath: 'key' });
          reviews.createIndex('byBusiness', 'businessKey');
          reviews.createIndex('byUnread', ['businessKey', 'unread']);
          db.createObjectStore('alerts', { keyPath: 'id' }).createIndex('byCreated', 'createdAt');
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['businesses', 'snapshots', 'reviews', 'alerts'], 'readwrite');
          const now = Date.now();
          tx.objectStore('businesses').put({ key: 'yelp:v1-cafe', site: 'yelp', siteBusinessId: 'v1-cafe', name: 'Old Cafe', url: 'https://www.yelp.com/biz/v1-cafe', role: 'mine', firstSeenAt: now - 9e8, lastCheckedAt: now - 1e8, baselineVisitId: 'v1', baselineAt: now - 9e8, lastVisitId: 'v2', rating: 4.1, reviewCount: 40 });
          tx.objectStore('snapshots').put({ businessKey: 'yelp:v1-cafe', visitId: 'v1', capturedAt: now - 9e8, rating: 4.1, reviewCount: 40 });
          const analysis = (label, score) => ({ lang: 'en', score, label, themes: [], contradiction: false, version: 2 });
          for (let i = 0; i < 50; i++) {
            const bad = i % 5 === 0;
            tx.objectStore('reviews').put({ key: 'yelp:old-' + i, businessKey: 'yelp:v1-cafe', site: 'yelp', siteReviewId: 'old-' + i, author: 'Author ' + i, rating: bad ? 1 : 5, text: bad ? 'Cold food.' : 'Lovely.', truncated: false, publishedAt: now - i * 864e5, datePrecision: 'day', firstSeenAt: now - 9e8, lastSeenAt: now - 1e8, textHash: 'h' + i, analysis: analysis(bad ? 'negative' : 'positive', bad ? -0.6 : 0.7), negative: bad ? 1 : 0, alertState: 'baseline', ...(i === 0 ? { unread: 1 } : {}) });
          }
          tx.objectStore('alerts').put({ id: 'alert-old', businessKey: 'yelp:v1-cafe', reviewKeys: ['yelp:old-0'], url: 'https://www.yelp.com/biz/v1-cafe', createdAt: now - 1e8, shownAt: now - 1e8 });
          tx.oncomplete = () => { db.close(); resolve(50); };
          tx.onerror = () => reject(tx.error);
        };
      };
      };
      start();
    })`);
    expect(written).toBe(50);
    // The extension opens its database again (through the options page and the worker) and upgrades it.
    await page.reload();
    await expect.poll(() => page.textContent('[data-testid="stored-counts"]')).toBe('1 business · 50 reviews stored');
    const popup = await openPopup(browser, '?business=yelp:v1-cafe');
    expect(await popup.textContent('[data-testid="known"]')).toBe('50 reviews known');
    expect(await popup.textContent('[data-testid="negative-share"]')).toBe('20% negative');
    expect(await popup.textContent('[data-testid="unread"]')).toBe('1 new negative review');
    await popup.close();
    const store = await readStore(await browser.worker());
    expect(store.reviews).toHaveLength(50);
    expect(store.reviews.every((r) => typeof r.at === 'number')).toBe(true);
    expect(store.alerts.map((a) => a.id)).toEqual(['alert-old']);
    expect(store.businesses[0]).toMatchObject({ key: 'yelp:v1-cafe', role: 'mine', name: 'Old Cafe' });
  });
});
