/**
 * Every saved page of every site, served under its real address in Chromium with the built
 * extension: what the content script captured must be what the adapter's expected records say.
 * Plus the live-page cases: reviews loaded by scrolling, Google Maps' in-page navigation to
 * another place, and a redesigned page the popup must warn about.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '@/utils/session/tab-state';
import {
  addressKey,
  launchWithExtension,
  siteFixtureRouter,
  startFixtureServer,
  tabIdOf,
  waitFor,
  type ExtensionBrowser,
  type FixtureServer,
} from '../support/browser';
import { openPopup, readStore, tabStateOf } from '../support/extension';
import { fixtureDate, readFixture, renderFixture } from '../support/fixtures';
import { capturedTab, expectStoredAsSaved } from '../support/site-expectations';
import { SITE_FIXTURES } from '../support/site-fixtures';

const REDESIGNED_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin-redesign';

async function tabState(worker: Worker, page: Page): Promise<TabState | undefined> {
  return (await tabStateOf(worker, page.url()))?.state;
}

describe('every site in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    const savedPages = siteFixtureRouter();
    server = await startFixtureServer((host, path) => {
      if (`${host}${path}` === addressKey(REDESIGNED_URL)) {
        // A redesign: reviewer links, passports and comment classes renamed.
        const html = renderFixture('yelp/golden-spoon.html', { now: Date.now() })
          .replaceAll('user_details?userid=', 'profile/')
          .replaceAll('user-passport-info', 'y-css-9qz1ab')
          .replaceAll('UserPassportInfoTextContainer', 'ReviewerMeta');
        return { body: html };
      }
      return savedPages(host, path);
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
    await page.goto(fixture.url);
    const { state } = await capturedTab(worker, fixture, page.url());
    await expectStoredAsSaved(worker, fixture, state);
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

  it("captures Booking's later render of the same visit, and shows its own figures and the extranet link", async () => {
    const shell = SITE_FIXTURES.find((f) => f.file === 'booking/property-empty-shell.html')!;
    const dialog = SITE_FIXTURES.find((f) => f.file === 'booking/property-dialog-en.html')!;
    const worker = await browser.worker();
    await page.goto(shell.url);
    await waitFor(async () => {
      const s = await tabState(worker, page).catch(() => undefined);
      return s?.pageUrl === page.url() && s.health.status === 'reviews-not-open' && s;
    }, 'the empty shell');
    // What Booking's own script does a moment later: the skeletons give way to the cards. (The
    // cards are another saved page's, already stored for that hotel: their titles are changed,
    // as ids are hashes of the guest, the day and the words.)
    // They are dated this week, so the negatives among them are ones to act on.
    await page.evaluate(
      ({ html, date }) => {
        const cards = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('[data-testid="review-card"]');
        cards.forEach((card) => {
          const title = card.querySelector('[data-testid="review-title"]')!;
          title.textContent = `${title.textContent} (Sevilla)`;
          card.querySelector('[data-testid="review-date"]')!.textContent = `Reviewed: ${date}`;
        });
        const list = document.querySelector('[data-testid="review-list-container"]')!;
        list.removeAttribute('aria-busy');
        list.replaceChildren(...Array.from(cards).map((card) => document.importNode(card, true)));
      },
      { html: renderFixture(dialog.file, { now: Date.now() }), date: fixtureDate(Date.now(), '-3d', 'en-GB-long') },
    );
    const key = 'booking:1187420';
    const reviews = await waitFor(async () => {
      const all = (await readStore(worker)).reviews.filter((r) => r.businessKey === key);
      return all.length === 7 && all;
    }, 'the reviews of the later render');
    expect(reviews.find((r) => r.author === 'Kevin')).toMatchObject({
      siteScore: 7,
      scale: 10,
      rating: 3.5,
      negative: 1,
      title: 'Great location, broken air conditioning (Sevilla)',
    });
    expect((await tabState(worker, page))?.health.status).toBe('ok');

    const popup = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
    await expect.poll(() => popup.textContent('[data-testid="site-rating"]')).toContain('8.9');
    expect(await popup.textContent('[data-testid="site-rating"]')).toContain('Fabuloso');
    // The chart speaks the site's own ten points too: no "4.5★" beside an "8.9".
    await expect.poll(() => popup.textContent('[data-testid="chart-summary"]')).toMatch(/Average \d+(\.\d)?\/10\./);
    expect(await popup.textContent('[data-testid="chart-summary"]')).not.toContain('★');
    const kevin = popup.locator('[data-testid="review"]', { hasText: 'Kevin' }).first();
    // The word is the page's own: this property page is in Spanish ("Bien: 7–9" in its score filter).
    expect(await kevin.locator('[data-testid="site-score"]').getAttribute('aria-label')).toBe('7.0 / 10 Bien');
    const reply = kevin.locator('[data-testid="reply-on-site"]');
    expect(await reply.textContent()).toBe('Reply on Booking.com');
    expect(await reply.getAttribute('href')).toBe('https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=1187420');
    await popup.close();
  });

  it('captures the Trustpilot page that replaces its connection check in the same visit', async () => {
    const check = SITE_FIXTURES.find((f) => f.file === 'trustpilot/verifying.html')!;
    const real = SITE_FIXTURES.find((f) => f.file === 'trustpilot/shop-en.html')!;
    const worker = await browser.worker();
    await page.goto(check.url);
    await waitFor(async () => {
      const s = await tabState(worker, page).catch(() => undefined);
      return s?.pageUrl === page.url() && s.health.status === 'blocked' && s;
    }, 'the check page');
    // The challenge passes and the page's content becomes the business page, without a new load.
    await page.evaluate(
      (html) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)));
      },
      renderFixture(real.file, { now: Date.now() }),
    );
    const state = await waitFor(async () => {
      const s = await tabState(worker, page).catch(() => undefined);
      return s?.health.status === 'ok' && s;
    }, 'the business page');
    expect(state.businessKey).toBe('trustpilot:www.partshub.co.uk');
    const stored = await waitFor(async () => {
      const all = (await readStore(worker)).reviews.filter((r) => r.businessKey === 'trustpilot:www.partshub.co.uk');
      return all.length >= 4 && all;
    }, 'the reviews after the check');
    const mark = stored.find((r) => r.author === 'Mark Jenkins')!;
    expect(mark).toMatchObject({ rating: 1, negative: 1, url: 'https://www.trustpilot.com/reviews/6744e8b7c1d2e3f405162738' });
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
    server = await startFixtureServer(siteFixtureRouter([fixture]));
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
