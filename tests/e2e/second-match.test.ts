/**
 * One Yandex Maps review, two keys, in real Chromium with the built extension: the saved
 * coffee-ru page served under its real address. Тимур's 2★ is first reachable only by scrolling the
 * side panel (a card, no entry in the page's embedded state: a hashed id), then among the state's
 * reviews (the site's id), then a card again. The store must hold it once, under the site's id,
 * alerted once; the popup must show it once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { clearNotifications, notificationIds, openPopup, readStore, tabStateOf } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { SITE_FIXTURES } from '../support/site-fixtures';

const FIXTURE = SITE_FIXTURES.find((f) => f.file === 'yandex-maps/coffee-ru.html')!;
const BIZ_KEY = 'yandex-maps:1018907821';
const TIMUR_ID = 'Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9';
/** The saved page's time of Тимур's review, moved to a few hours before the run so it is news. */
const SAVED_TIME = '2026-11-20T06:12:44.120Z';

type Stage = 'without' | 'scrolled-card' | 'in-state';

/**
 * The page at one stage of the review's life. `without`: neither his card nor his state entry
 * (the baseline visit). `scrolled-card`: his card only among the reviews the panel appends on
 * scrolling, not in the state. `in-state`: the page as saved (his card first, his entry in the state).
 */
function pageAt(stage: Stage, reviewTime: string): string {
  let html = renderFixture(FIXTURE.file, { now: Date.now() }).replaceAll(SAVED_TIME, reviewTime);
  if (stage === 'in-state') return html;
  const card =
    /<div class="business-reviews-card-view__review" role="listitem" aria-posinset="3"[\s\S]*?(?=<div class="business-reviews-card-view__review")/.exec(html);
  if (!card || !card[0].includes('Тимур Ахметов')) throw new Error('the saved page changed: Тимур’s card not found');
  html = html.replace(card[0], '');
  html = html.replace(/(<script type="application\/json" class="state-view">)([\s\S]*?)(<\/script>)/, (_all, open: string, json: string, close: string) => {
    const state = JSON.parse(json) as { stack: Array<{ results: { items: Array<{ reviewResults: { reviews: Array<{ reviewId: string }> } }> } }> };
    const results = state.stack[0]!.results.items[0]!.reviewResults;
    results.reviews = results.reviews.filter((r) => r.reviewId !== TIMUR_ID);
    return `${open}${JSON.stringify(state)}${close}`;
  });
  if (html.includes(TIMUR_ID)) throw new Error('Тимур’s state entry is still there');
  return stage === 'scrolled-card' ? html.replace('</template>', `${card[0]}</template>`) : html;
}

describe('Yandex Maps: one review through the state and through scrolling is stored and alerted once', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let stage: Stage = 'without';
  const reviewTime = new Date(Date.now() - 3 * 3_600_000).toISOString();

  beforeAll(async () => {
    const address = new URL(FIXTURE.url);
    server = await startFixtureServer((host, path) => (host === address.host && path === address.pathname ? { body: pageAt(stage, reviewTime) } : undefined));
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const reviewsOfTimur = async () => (await readStore(await browser.worker())).reviews.filter((r) => r.author === 'Тимур Ахметов');

  const scrollPanel = () =>
    page.evaluate(() => {
      const panel = document.querySelector('.sidebar-view .scroll__container')!;
      panel.scrollTop = panel.scrollHeight;
      panel.dispatchEvent(new Event('scroll'));
    });

  it('stores the baseline silently, then alerts once when his 2★ appears only by scrolling', async () => {
    const worker = await browser.worker();
    await page.goto(FIXTURE.url);
    await waitFor(async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === BIZ_KEY).length === 4 || undefined, 'the baseline');
    await scrollPanel();
    await waitFor(async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === BIZ_KEY).length === 6 || undefined, 'the scrolled baseline');
    expect(await notificationIds(worker)).toEqual([]);

    stage = 'scrolled-card';
    await page.reload();
    await waitFor(async () => (await readStore(worker)).snapshots.length === 2 || undefined, 'the second visit');
    expect(await reviewsOfTimur()).toEqual([]);
    await scrollPanel();
    const [card] = await waitFor(async () => {
      const found = await reviewsOfTimur();
      return found.length > 0 && found;
    }, 'his card');
    expect(card).toMatchObject({ rating: 2, negative: 1, truncated: true, alertState: 'alerted', unread: 1 });
    expect(card!.siteReviewId).toMatch(/^h-/);
    const ids = await waitFor(async () => {
      const current = await notificationIds(worker);
      return current.length > 0 && current;
    }, 'the notification');
    expect(ids).toHaveLength(1);
    await clearNotifications(worker);
  });

  it('merges him into one record under the site’s id when the state holds him, and again when he is a card: no second notification', async () => {
    const worker = await browser.worker();
    stage = 'in-state';
    await page.reload();
    const moved = await waitFor(async () => {
      const found = await reviewsOfTimur();
      return found.length === 1 && found[0]!.siteReviewId === TIMUR_ID && found[0];
    }, 'his record under the site’s id');
    expect(moved).toMatchObject({ key: `yandex-maps:${TIMUR_ID}`, truncated: false, lang: 'ru', alertState: 'alerted', unread: 1 });
    expect(moved.text).toMatch(/пока ставлю два\.$/);

    stage = 'scrolled-card';
    const reloadedAt = Date.now();
    await page.reload();
    await waitFor(async () => (await readStore(worker)).snapshots.length === 4 || undefined, 'the fourth visit');
    await scrollPanel();
    // The background has taken the capture that holds the scrolled card (the tab's health counts 7 cards)…
    await waitFor(async () => {
      const state = (await tabStateOf(worker, page.url()))?.state;
      return state && state.at >= reloadedAt && state.health.cardsFound === 7;
    }, 'the capture of the scrolled cards');
    // …and a notification, had it raised one, would be shown within this time.
    await new Promise((r) => setTimeout(r, 1_500));

    const store = await readStore(worker);
    const timur = store.reviews.filter((r) => r.author === 'Тимур Ахметов');
    expect(timur.map((r) => r.key)).toEqual([`yandex-maps:${TIMUR_ID}`]);
    expect(store.reviews.filter((r) => r.businessKey === BIZ_KEY)).toHaveLength(7);
    expect(store.alerts).toHaveLength(1);
    expect(store.alerts[0]!.reviewKeys).toEqual([`yandex-maps:${TIMUR_ID}`]);
    expect(await notificationIds(worker)).toEqual([]);

    const popup = await openPopup(browser, `?business=${BIZ_KEY}`);
    expect(await popup.textContent('[data-testid="known"]')).toMatch(/^7 /);
    const authors = await popup.locator('[data-testid="attention"] .review-author').allTextContents();
    expect(authors.filter((a) => a === 'Тимур Ахметов')).toHaveLength(1);
    await popup.close();
  });
});
