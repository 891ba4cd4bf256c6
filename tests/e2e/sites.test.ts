/**
 * Every saved page of every site, served under its real address in Chromium with the built
 * extension: what the content script captured must be what the adapter's expected records say.
 * Plus the live-page cases: reviews loaded by scrolling, Google Maps' in-page navigation to
 * another place, and a redesigned page the popup must warn about.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '@/utils/sites/types';
import type { TabState } from '@/utils/background/tab-state';
import { launchWithExtension, startFixtureServer, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup, readStore } from '../support/extension';
import { FIXTURES_DIR, readFixture, renderFixture } from '../support/fixtures';
import { SITE_FIXTURES, type SiteFixture } from '../support/site-fixtures';

const REDESIGNED_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin-redesign';

function addressKey(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`;
}

function expectedOf(fixture: SiteFixture): ExtractResult {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, fixture.file.replace(/\.html$/, '.expected.json')), 'utf8')) as ExtractResult;
}

async function tabState(worker: Worker, page: Page): Promise<TabState> {
  const id = await tabIdOf(worker, page);
  return worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as TabState, `tab:${id}`);
}

describe('every site in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    const pages = new Map(SITE_FIXTURES.map((f) => [addressKey(f.url), f.file]));
    server = await startFixtureServer((host, path) => {
      const key = `${host}${path}`;
      if (key === addressKey(REDESIGNED_URL)) {
        // A redesign: reviewer links, passports and comment classes renamed.
        const html = renderFixture('yelp/golden-spoon.html', { now: Date.now() })
          .replaceAll('user_details?userid=', 'profile/')
          .replaceAll('user-passport-info', 'y-css-9qz1ab')
          .replaceAll('UserPassportInfoTextContainer', 'ReviewerMeta');
        return { body: html };
      }
      const file = pages.get(key);
      return file ? { body: renderFixture(file, { now: Date.now() }) } : undefined;
    });
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(SITE_FIXTURES)('$file: stores what the page shows', async (fixture) => {
    const worker = await browser.worker();
    const expected = expectedOf(fixture);
    await page.goto(fixture.url);
    const state = await waitFor(async () => {
      const s = await tabState(worker, page).catch(() => undefined);
      return s && s.pageUrl === page.url() && s.health.status === fixture.status && s;
    }, `the tab state of ${fixture.file}`);
    expect(state.health).toEqual(expected.health);
    if (fixture.reviews === 0) {
      expect(state.businessKey).toBeUndefined();
      return;
    }
    const businessKey = `${fixture.site}:${expected.capture!.business.siteBusinessId}`;
    expect(state.businessKey).toBe(businessKey);
    const store = await waitFor(async () => {
      const s = await readStore(worker);
      return s.reviews.filter((r) => r.businessKey === businessKey).length >= fixture.reviews && s;
    }, `${fixture.reviews} reviews of ${fixture.file}`);
    const business = store.businesses.find((b) => b.key === businessKey)!;
    expect(business).toMatchObject({ name: expected.capture!.business.name, url: expected.capture!.business.url });
    expect(business.rating).toBe(expected.capture!.business.rating);
    expect(business.reviewCount).toBe(expected.capture!.business.reviewCount);
    for (const want of expected.capture!.reviews) {
      // Hashed ids include the date text, which the served page renders relative to today.
      const got = want.siteReviewId.startsWith('h-')
        ? store.reviews.find((r) => r.businessKey === businessKey && r.author === want.author && r.text === want.text)
        : store.reviews.find((r) => r.key === `${fixture.site}:${want.siteReviewId}`);
      expect(got, `${fixture.file}: ${want.author}`).toBeDefined();
      expect(got).toMatchObject({
        author: want.author,
        text: want.text,
        truncated: want.truncated,
        businessKey,
      });
      expect(got!.rating).toBe(want.rating);
      expect(got!.title).toBe(want.title);
      expect(got!.lang).toBe(want.lang);
      expect(got!.url).toBe(want.url);
      expect(got!.reply?.text).toBe(want.reply?.text);
      expect(got!.datePrecision).toBe(want.datePrecision);
      expect(got!.publishedAt === undefined).toBe(want.publishedAt === undefined);
    }
  });

  it('captures the reviews Google Maps loads while the owner scrolls', async () => {
    const fixture = SITE_FIXTURES.find((f) => f.file === 'google-maps/restaurant-en.html')!;
    const worker = await browser.worker();
    const key = 'google-maps:10259890293242034972';
    await page.goto(fixture.url);
    await waitFor(async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === key).length >= 6 || undefined, 'the first batch');
    await page.evaluate(() => {
      const feed = document.querySelector('div[role="feed"]')!;
      feed.scrollTop = feed.scrollHeight;
      feed.dispatchEvent(new Event('scroll'));
    });
    const reviews = await waitFor(async () => {
      const all = (await readStore(worker)).reviews.filter((r) => r.businessKey === key);
      return all.length === 8 && all;
    }, 'the lazily loaded batch');
    expect(reviews.map((r) => r.author)).toEqual(expect.arrayContaining(['Sofia Rossi', 'Daniel Kim']));
    expect(reviews.find((r) => r.author === 'Sofia Rossi')).toMatchObject({
      rating: 1,
      negative: 1,
      text: 'Found a hair in my risotto. The manager did not care. Never again.',
    });
  });

  it('captures the reviews Yandex Maps loads while the owner scrolls its side panel', async () => {
    const fixture = SITE_FIXTURES.find((f) => f.file === 'yandex-maps/coffee-ru.html')!;
    const worker = await browser.worker();
    const key = 'yandex-maps:1018907821';
    await page.goto(fixture.url);
    await waitFor(async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === key).length >= 5 || undefined, 'the first reviews');
    await page.evaluate(() => {
      const panel = document.querySelector('.sidebar-view .scroll__container')!;
      panel.scrollTop = panel.scrollHeight;
      panel.dispatchEvent(new Event('scroll'));
    });
    const reviews = await waitFor(async () => {
      const all = (await readStore(worker)).reviews.filter((r) => r.businessKey === key);
      return all.length === 7 && all;
    }, 'the reviews loaded on scrolling');
    expect(reviews.find((r) => r.author === 'Марина')).toMatchObject({ rating: 1, negative: 1, truncated: true });
    // The replies that were only in the page's embedded state, never in its DOM.
    expect(reviews.find((r) => r.author === 'Дмитрий К.')?.reply?.text).toMatch(/^Дмитрий, нам очень жаль\./);
  });

  it('captures the reviews 2GIS appends on "Загрузить ещё"', async () => {
    const fixture = SITE_FIXTURES.find((f) => f.file === '2gis/coffee-ru.html')!;
    const worker = await browser.worker();
    const key = '2gis:70000001018123456';
    await page.goto(fixture.url);
    await waitFor(async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === key).length >= 4 || undefined, 'the first reviews');
    await page.getByRole('button', { name: 'Загрузить ещё' }).click();
    const reviews = await waitFor(async () => {
      const all = (await readStore(worker)).reviews.filter((r) => r.businessKey === key);
      return all.length === 6 && all;
    }, 'the appended reviews');
    expect(reviews.find((r) => r.author === 'Светлана')).toMatchObject({ rating: 1, negative: 1, truncated: false });
    const store = await readStore(worker);
    expect(store.businesses.find((b) => b.key === key)).toMatchObject({ orgId: '70000001018123400', reviewCount: 206 });
  });

  it('starts a capture for the new place when Google Maps navigates in the page', async () => {
    const from = SITE_FIXTURES.find((f) => f.file === 'google-maps/bar-es.html')!;
    const to = SITE_FIXTURES.find((f) => f.file === 'google-maps/bakery-de.html')!;
    const worker = await browser.worker();
    await page.goto(from.url);
    await waitFor(async () => (await readStore(worker)).reviews.some((r) => r.author === 'Carmen Ruiz') || undefined, 'the first place');
    const toPath = new URL(to.url);
    // What Google's own code does: the URL changes first, the panel follows a moment later.
    await page.evaluate(
      async ({ path, html }) => {
        history.pushState({}, '', path);
        await new Promise((r) => setTimeout(r, 1_500));
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.documentElement.lang = next.documentElement.lang;
        document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)));
      },
      { path: `${toPath.pathname}${toPath.search}`, html: readFixture(to.file) },
    );
    const store = await waitFor(async () => {
      const s = await readStore(worker);
      return s.reviews.some((r) => r.author === 'Sabine') && s;
    }, 'the second place');
    const bakery = store.reviews.filter((r) => r.businessKey === 'google-maps:297554536935865200');
    expect(bakery.map((r) => r.author).sort()).toEqual(['Jonas Becker', 'Mehmet Yılmaz', 'Sabine']);
    const bar = store.reviews.filter((r) => r.businessKey === 'google-maps:6804792302017257007');
    expect(bar.map((r) => r.author).sort()).toEqual(['Carmen Ruiz', 'Javier M.', 'Lucas']);
  });

  it('warns in the popup when a review page can no longer be read', async () => {
    const worker = await browser.worker();
    await page.goto(REDESIGNED_URL);
    const state = await waitFor(async () => {
      const s = await tabState(worker, page).catch(() => undefined);
      return s?.pageUrl === REDESIGNED_URL && s;
    }, 'the redesigned page');
    expect(state.health).toMatchObject({ status: 'layout-changed', cardsRead: 0, looksLikeReviewPage: true });
    expect(state.health.selectors.reviewer).toBe(-1);
    const popup = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
    await expect.poll(() => popup.textContent('[data-testid="health"]')).toContain('its reviews could not be read');
    await popup.close();
  });
});

describe('auto-expand in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    const fixture = SITE_FIXTURES.find((f) => f.file === 'google-maps/restaurant-en.html')!;
    server = await startFixtureServer((host, path) =>
      addressKey(fixture.url) === `${host}${path}` ? { body: renderFixture(fixture.file, { now: Date.now() }) } : undefined,
    );
    browser = await launchWithExtension({ port: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stores a truncated review flagged, then completes it once the owner turns on auto-expand', async () => {
    const fixture = SITE_FIXTURES.find((f) => f.file === 'google-maps/restaurant-en.html')!;
    const worker = await browser.worker();
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    const kevin = async () => (await readStore(worker)).reviews.find((r) => r.author === 'Kevin Turner');
    const first = await waitFor(kevin, 'the truncated review');
    expect(first).toMatchObject({ truncated: true });
    expect(first.text.endsWith('nobody…')).toBe(true);
    expect(await page.locator('button[jsaction*="review.expandReview"]').count()).toBe(1);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Expand truncated reviews automatically').check();
    await options.close();

    const completed = await waitFor(async () => {
      const r = await kevin();
      return r && !r.truncated && r;
    }, 'the completed review');
    expect(completed.text.endsWith('it feels like nobody is in charge.')).toBe(true);
    expect(completed.history).toBeUndefined();
    // The owner's reply has its own "More", which auto-expand leaves alone.
    expect(await page.locator('button[jsaction*="expandOwnerResponse"]').count()).toBe(1);
  });
});
