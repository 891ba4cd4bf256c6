/**
 * The whole path in real Chromium with the built extension: a saved Yelp page served under
 * https://www.yelp.com → content script → background → IndexedDB → popup, notification, badge,
 * export. Visits: baseline, a new 1★ review, the same page again, and again after the service
 * worker was stopped.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { badgeText, clearNotifications, clickNotification, notificationIds, openPopup, readStore, workerNetworkEntries } from '../support/extension';
import { renderFixture } from '../support/fixtures';

const BIZ_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const BIZ_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';

describe('Yelp, end to end in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let withNewReview = false;

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      if (host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin') {
        const slots: Record<string, string> = withNewReview ? { 'new-reviews': 'yelp/new-review-1star.html' } : {};
        return { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slots }) };
      }
      return undefined;
    });
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const storeWithReviews = async (count: number) => {
    const worker = await browser.worker();
    return waitFor(async () => {
      const store = await readStore(worker);
      return store.reviews.length === count && store;
    }, `${count} stored reviews`);
  };

  it('stores the business, a snapshot and the 8 reviews of the first visit, silently', async () => {
    await page.goto(BIZ_URL);
    const store = await storeWithReviews(8);
    expect(store.businesses).toHaveLength(1);
    expect(store.businesses[0]).toMatchObject({ key: BIZ_KEY, name: 'The Golden Spoon Bistro', rating: 4.2, reviewCount: 1284, site: 'yelp' });
    expect(store.snapshots).toHaveLength(1);
    expect(store.snapshots[0]).toMatchObject({ businessKey: BIZ_KEY, rating: 4.2, reviewCount: 1284 });
    expect(store.reviews.every((r) => r.alertState === 'baseline' && r.businessKey === BIZ_KEY)).toBe(true);
    const derek = store.reviews.find((r) => r.author === 'Derek W.')!;
    expect(derek).toMatchObject({ rating: 2, negative: 1, lang: 'en', datePrecision: 'day' });
    expect(derek.reply?.text).toMatch(/^Derek, I'm so sorry/);
    expect(derek.analysis.label).toMatch(/negative|neutral|positive|none/);
    expect(
      store.reviews
        .filter((r) => r.negative === 1)
        .map((r) => r.author)
        .sort(),
    ).toEqual(['Derek W.', 'Jonathan K.', 'Kevin T.']);
    const worker = await browser.worker();
    expect(await notificationIds(worker)).toEqual([]);
    expect(await badgeText(worker)).toBe('');
  });

  it('shows the business, the known reviews, the negative share and when it was checked in the popup', async () => {
    const worker = await browser.worker();
    const tabId = await tabIdOf(worker, page);
    // The background prepared the popup's view of this tab's business after the capture, so the
    // popup paints it at once even though it never showed this business before.
    const prepared = await waitFor(
      () =>
        worker.evaluate(
          async (id) =>
            (await chrome.storage.session.get(`view:${id}`))[`view:${id}`] as { businessKey: string; model: { summary: { total: number } } } | undefined,
          tabId,
        ),
      'the prepared view',
    );
    expect(prepared).toMatchObject({ businessKey: BIZ_KEY, model: { kind: 'business', summary: { total: 8 } } });
    const popup = await openPopup(browser, `?tab=${tabId}`);
    await expect.poll(() => popup.textContent('[data-testid="business-name"]')).toBe('The Golden Spoon Bistro');
    expect(await popup.textContent('[data-testid="known"]')).toBe('8 reviews known');
    expect(await popup.textContent('[data-testid="negative-share"]')).toBe('38% negative');
    expect(await popup.textContent('[data-testid="freshness"]')).toBe('Yelp: checked just now — open');
    const score = Number(await popup.textContent('[data-testid="score"]'));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);
    expect(await popup.locator('[data-testid="reasons"] li').count()).toBeGreaterThan(0);
    // "Needs a look": the two unanswered negatives; Derek's is answered on the page and read (baseline).
    expect(await popup.locator('[data-testid="attention"] .review-author').allTextContents()).toEqual(['Kevin T.', 'Jonathan K.']);
    await popup.close();
  });

  it('raises exactly one notification and a badge of 1 when a new 1★ review appears', async () => {
    withNewReview = true;
    await page.reload();
    const store = await storeWithReviews(9);
    const worker = await browser.worker();
    const ids = await waitFor(async () => {
      const current = await notificationIds(worker);
      return current.length > 0 && current;
    }, 'a notification');
    expect(ids).toHaveLength(1);
    const brandon = store.reviews.find((r) => r.author === 'Brandon L.')!;
    expect(brandon).toMatchObject({ rating: 1, negative: 1, alertState: 'alerted', unread: 1 });
    const alerts = (await readStore(worker)).alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ id: ids[0], businessKey: BIZ_KEY, reviewKeys: [brandon.key], url: BIZ_URL });
    expect(alerts[0]!.shownAt).toBeGreaterThan(0);
    expect(await badgeText(worker)).toBe('1');
    expect(store.snapshots).toHaveLength(2);
  });

  it('opens the review page and clears the badge when the notification is clicked', async () => {
    const worker = await browser.worker();
    const [id] = await notificationIds(worker);
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(BIZ_URL) });
    await clickNotification(worker, id!);
    const tab = await opened;
    // Brandon's card has no link of its own: the review list opens newest first, his review on top.
    expect(tab.url()).toBe(`${BIZ_URL}?sort_by=date_desc#reviews`);
    await waitFor(async () => (await badgeText(worker)) === '', 'the badge to clear');
    expect(await notificationIds(worker)).toEqual([]);
    const brandon = (await readStore(worker)).reviews.find((r) => r.author === 'Brandon L.')!;
    expect(brandon.unread).toBeUndefined();
    // The opened tab is a visit of its own; let it be stored before the next step counts visits.
    await waitFor(async () => (await readStore(worker)).snapshots.length === 3 || undefined, 'the visit of the opened tab');
    expect(await notificationIds(worker)).toEqual([]);
    await tab.close();
  });

  it('raises nothing on a third identical visit, nor after the service worker was stopped', async () => {
    let worker = await browser.worker();
    await clearNotifications(worker);
    await page.reload();
    await waitFor(async () => (await readStore(worker)).snapshots.length === 4 || undefined, 'the third visit');
    expect(await notificationIds(worker)).toEqual([]);

    await browser.stopWorker();
    await page.reload();
    worker = await browser.worker();
    await waitFor(async () => (await readStore(worker)).snapshots.length === 5 || undefined, 'the fourth visit');
    expect(await notificationIds(worker)).toEqual([]);
    const store = await readStore(worker);
    expect(store.reviews).toHaveLength(9);
    expect(store.alerts).toHaveLength(1);
    expect(await badgeText(worker)).toBe('');
  });

  it('exports everything as versioned JSON from the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.textContent('[data-testid="stored-counts"]')).toBe('1 business · 9 reviews stored');
    const downloadEvent = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(/^review-sentinel-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown> & { reviews: Array<Record<string, unknown>> };
    expect(file).toMatchObject({ format: 'review-sentinel-export', formatVersion: 1, generator: { name: 'Review Sentinel' } });
    expect(file.businesses).toHaveLength(1);
    expect(file.snapshots).toHaveLength(5);
    expect(file.alerts).toHaveLength(1);
    expect(file.reviews).toHaveLength(9);
    const brandon = file.reviews.find((r) => r.author === 'Brandon L.')!;
    expect(brandon).toMatchObject({ rating: 1, negative: 1, businessKey: BIZ_KEY, alertState: 'alerted' });
    expect(brandon.analysis).toMatchObject({ label: expect.stringMatching(/negative|neutral|positive|none/), version: expect.any(Number) });
    await expect.poll(() => options.textContent('[data-testid="options-status"]')).toBe('Exported 1 business, 9 reviews, 5 visits and 1 alert.');
    expect(await workerNetworkEntries(await browser.worker())).toEqual([]);
    await options.close();
  });

  it('made no network request of its own during the whole session', async () => {
    const fromExtension = server.requests.filter((r) => `${r.origin ?? ''}${r.referer ?? ''}`.includes('chrome-extension://'));
    expect(fromExtension).toEqual([]);
    // Every request the fixture server saw was the page itself, its own assets, or Chromium's background services.
    const unexpected = server.requests.filter(
      (r) => !(r.host === 'www.yelp.com' || r.host.endsWith('.yelpcdn.com') || r.host.endsWith('.googleapis.com') || r.host.endsWith('.google.com')),
    );
    expect(unexpected).toEqual([]);
    expect(await workerNetworkEntries(await browser.worker())).toEqual([]);
  });
});
