/**
 * The promises of the Chromium suite, kept in a real Firefox (firefox-esr) with the Firefox
 * build (MV2) installed as a temporary add-on: every saved page of every site, served under its
 * real address, stores exactly its expected records and the toolbar popup on that tab shows
 * them (its text at 13 px or more, the business name never smaller than its metadata); a new 1★
 * review raises one notification (Firefox's own alert window) and the badge; its click opens
 * the review; a further visit raises nothing; the add-on's and the content scripts'
 * consoles stay free of errors; and no request goes to any host but the pages' own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n/en';
import { siteName } from '@/utils/sites/names';
import type { LayoutHealth } from '@/utils/sites/types';
import { badgeText, notificationIds, readStore, workerNetworkEntries } from '../support/extension';
import { launchFirefox, type FirefoxExtension, type FirefoxPopup } from '../support/firefox';
import { readFixture, renderFixture } from '../support/fixtures';
import { addressKey, siteFixtureRouter, startConnectProxy, startFixtureServer, type ConnectProxy, type FixtureServer } from '../support/serve';
import { capturedTab, expectedOf, expectStoredAsSaved } from '../support/site-expectations';
import { SITE_FIXTURES } from '../support/site-fixtures';
import { waitFor } from '../support/wait';
import { fontSizesOf, inPage, METADATA_SELECTOR, MIN_TEXT_PX, renderedTextSizes, sizeSummary, type TextSize } from '../support/text-sizes';

const en = createTranslator('en');
const YELP = SITE_FIXTURES.find((f) => f.file === 'yelp/golden-spoon.html')!;
const YELP_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';

/** What the popup says about a page it cannot take reviews from (components/PageHealthNote.tsx). */
const HEALTH_NOTES: Partial<Record<LayoutHealth['status'], MessageKey>> = {
  'layout-changed': 'popup.layoutChanged',
  'limited-view': 'popup.limitedView',
  'reviews-not-open': 'popup.reviewsNotOpen',
  blocked: 'popup.blocked',
  'no-reviews': 'popup.noReviewsOnPage',
};

interface PopupText {
  business: string | null;
  known: string | null;
  score: string | null;
  health: string | null;
  network: string[];
  /** The popup's width, and how far its content overflows it sideways. */
  width: number;
  overflow: number;
}

/**
 * What the owner reads in the popup once it shows the fresh view (a remembered one may paint
 * first) and Firefox has sized its panel (the popup document starts 0 px wide and takes its
 * width from the content once loaded: read when it has a width that holds for 100 ms).
 */
function readPopup(popup: FirefoxPopup, businessName?: string): Promise<PopupText> {
  return popup.evaluate<PopupText>(`new Promise((resolve) => {
    const text = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent ?? null;
    let lastWidth = 0;
    const read = () => {
      const sized = innerWidth > 0 && innerWidth === lastWidth;
      lastWidth = innerWidth;
      const ready = sized && document.querySelector('main[aria-busy="false"]') && (${JSON.stringify(businessName ?? null)} === null || text('business-name') === ${JSON.stringify(businessName ?? null)});
      if (!ready) return setTimeout(read, 100);
      resolve({ business: text('business-name'), known: text('known'), score: text('score'), health: text('health'),
        network: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /^https?:/.test(n)),
        width: innerWidth, overflow: document.documentElement.scrollWidth - innerWidth });
    };
    read();
  })`);
}

/** Hosts a saved page itself loads from (its scripts, images, styles): the only other hosts a visit may reach. */
function hostsOfPage(file: string): string[] {
  // What the page itself loads: src/href attributes and CSS url(…) in inline styles (photo tiles, avatars).
  return [...readFixture(file).matchAll(/(?:(?:src|href)="|url\((?:&quot;|["'])?)https:\/\/([^/"'&)]+)\//g)].map((m) => m[1]!);
}

describe('Review Sentinel in Firefox', () => {
  let server: FixtureServer;
  let proxy: ConnectProxy;
  let firefox: FirefoxExtension;
  let withNewReview = false;

  beforeAll(async () => {
    const savedPages = siteFixtureRouter();
    server = await startFixtureServer((host, path) => {
      // A page with a sort or filter in its query is the same page (Yelp's `?sort_by=date_desc`).
      const bare = path.split('?')[0]!;
      if (withNewReview && (`${host}${path}` === addressKey(YELP.url) || `${host}${bare}` === addressKey(YELP.url))) {
        return { body: renderFixture(YELP.file, { now: Date.now(), slots: { 'new-reviews': 'yelp/new-review-1star.html' } }) };
      }
      return savedPages(host, path) ?? savedPages(host, bare);
    });
    proxy = await startConnectProxy(server);
    firefox = await launchFirefox({ proxyPort: proxy.port });
  });

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
  });

  it('installs the Firefox build (MV2) as a temporary add-on with its fixed moz-extension origin', async () => {
    expect(firefox.addon).toMatchObject({ id: 'review-sentinel@reviewsentinel.org', name: 'Review Sentinel', temporarilyInstalled: true });
    const seen = await firefox.background.evaluate(() => ({
      manifestVersion: browser.runtime.getManifest().manifest_version,
      origin: browser.runtime.getURL('/'),
      hasBrowserAction: typeof (browser as unknown as { browserAction?: unknown }).browserAction === 'object',
      hasSessionStorage: typeof browser.storage.session?.get === 'function',
    }));
    expect(seen).toEqual({ manifestVersion: 2, origin: firefox.origin, hasBrowserAction: true, hasSessionStorage: true });
  });

  it.each(SITE_FIXTURES)('$file: stores what the page shows, and the toolbar popup on its tab shows it', async (fixture) => {
    const { page, background } = firefox;
    await page.goto(fixture.url);
    const { state } = await capturedTab(background, fixture, page.url());
    const store = await expectStoredAsSaved(background, fixture, state);

    const popup = await firefox.openToolbarPopup();
    try {
      if (!store) {
        // A page that could not be read still names its business when it shows one (a blind
        // visit): the popup shows that business when it is stored (followed, or a redesign),
        // with what the page lacked and no score; else no business.
        // A check page names no business itself; one tied to its business by its address shows
        // that business as stored from an earlier visit.
        const stored = (await readStore(background)).businesses.find((b) => b.key === state.businessKey);
        const named = stored ? (stored.displayName ?? stored.name) : undefined;
        const shown = await readPopup(popup, named);
        expect(shown.business).toBe(named ?? null);
        if (named) expect(shown.score).toBeNull();
        const note = HEALTH_NOTES[fixture.status]!;
        expect(shown.health).toBe(en.t(note, { site: siteName(fixture.site) }));
        return;
      }
      const name = expectedOf(fixture).capture!.business.name;
      const shown = await readPopup(popup, name);
      const known = store.reviews.filter((r) => r.businessKey === state.businessKey).length;
      if (known === 0) {
        // A new listing: the business is shown, with no review known yet.
        expect(shown.business).toBe(name);
        expect(shown.known).toBe(en.t('popup.known', { n: 0 }));
        return;
      }
      expect(shown.business).toBe(name);
      expect(shown.known).toBe(en.t('popup.known', { n: known }));
      expect(shown.score).toMatch(/^\d{1,3}$/);
      expect(Number(shown.score)).toBeGreaterThan(0);
      expect(Number(shown.score)).toBeLessThanOrEqual(100);
      expect(shown.network).toEqual([]);
      // Firefox sizes a popup to its content (800 × 600 at most): the popup keeps its 400 px.
      expect(shown.width).toBe(400);
      expect(shown.overflow).toBe(0);
      if (fixture === YELP) {
        // Legible in Firefox too (issue 13.3), every section open: no visible text under 13 px, the name never smaller than its metadata.
        const legible = await popup.evaluate<{ sizes: TextSize[]; name: number[]; metadata: number[] }>(`new Promise((resolve) => {
          const read = () => {
            if (!document.querySelector('[data-testid="chart"]')) return setTimeout(read, 50);
            document.querySelectorAll('details').forEach((d) => (d.open = true));
            resolve({ sizes: ${inPage(renderedTextSizes)}, name: ${inPage(fontSizesOf, '[data-testid="business-name"]')}, metadata: ${inPage(fontSizesOf, METADATA_SELECTOR)} });
          };
          read();
        })`);
        const metadataMax = Math.max(...legible.metadata);
        console.log(`Firefox popup text (px): ${sizeSummary(legible.sizes)}; business name ${legible.name[0]}, metadata at most ${metadataMax}`);
        expect(legible.sizes.length).toBeGreaterThan(40);
        expect(legible.sizes.filter((s) => s.px < MIN_TEXT_PX - 0.01)).toEqual([]);
        expect(new Set(legible.sizes.filter((s) => s.where.startsWith('p.review-text')).map((s) => s.px))).toEqual(new Set([14]));
        expect(legible.metadata.length).toBeGreaterThan(5);
        expect(legible.name).toHaveLength(1);
        expect(legible.name[0]).toBeGreaterThanOrEqual(metadataMax);
        // The owner claims their restaurant on its first visit: the businesses visited next are not
        // theirs, so those first visits raise nothing (not even their recent negatives' summary).
        await popup.evaluate(
          `[...document.querySelectorAll('.role-buttons button')].find((b) => b.textContent === ${JSON.stringify(en.t('popup.mine'))}).click()`,
        );
        await waitFor(
          async () => (await readStore(background)).businesses.find((b) => b.key === YELP_KEY)?.role === 'mine' || undefined,
          'the claimed business',
        );
      }
    } finally {
      await popup.close();
    }
  });

  it('raises one notification (a Firefox alert) and a badge of 1 when a new 1★ review appears', async () => {
    const { page, background } = firefox;
    expect(await notificationIds(background)).toEqual([]);
    expect(await badgeText(background)).toBe('');
    withNewReview = true;
    await page.goto(YELP.url);
    const store = await waitFor(async () => {
      const s = await readStore(background);
      return s.reviews.some((r) => r.author === 'Brandon L.') && s.alerts.length > 0 && s;
    }, 'the new review and its alert');
    const brandon = store.reviews.find((r) => r.author === 'Brandon L.')!;
    expect(brandon).toMatchObject({ rating: 1, negative: 1, alertState: 'alerted', unread: 1, businessKey: YELP_KEY });
    expect(store.alerts).toHaveLength(1);
    expect(store.alerts[0]).toMatchObject({ businessKey: YELP_KEY, reviewKeys: [brandon.key], url: YELP.url });
    const ids = await waitFor(async () => {
      const current = await notificationIds(background);
      return current.length > 0 && current;
    }, 'a notification');
    expect(ids).toEqual([store.alerts[0]!.id]);
    const windows = await waitFor(async () => {
      const open = await firefox.parent<Array<{ title: string; text: string }>>(ALERT_WINDOWS);
      return open.length > 0 && open;
    }, 'the alert window');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.title).toContain('The Golden Spoon Bistro');
    expect(windows[0]!.text).toMatch(/^Brandon L\.: /);
    await waitFor(async () => (await badgeText(background)) === '1', 'the badge');
  });

  it('opens the review and clears the badge when the notification is clicked', async () => {
    const { browser, background } = firefox;
    // The new review has no link of its own: the click opens the business's reviews, newest first.
    const reviewsNewestFirst = `${YELP.url}?sort_by=date_desc#reviews`;
    const opened = browser.waitForTarget((t) => t.type() === 'page' && t.url() === reviewsNewestFirst && t !== firefox.page.target(), { timeout: 15_000 });
    expect(
      await firefox.parent<number>(
        `(() => { const w = [...Services.wm.getEnumerator('alert:alert')]; w.forEach((x) => x.onAlertClick()); return w.length; })()`,
      ),
    ).toBe(1);
    const tab = await (await opened).page();
    expect(tab?.url()).toBe(reviewsNewestFirst);
    await waitFor(async () => (await badgeText(background)) === '', 'the badge to clear');
    expect(await notificationIds(background)).toEqual([]);
    const brandon = (await readStore(background)).reviews.find((r) => r.author === 'Brandon L.')!;
    expect(brandon.unread).toBeUndefined();
    // The opened tab is a visit of its own: let it be stored before the next step counts visits.
    const visits = (s: Awaited<ReturnType<typeof readStore>>) => s.snapshots.filter((x) => x.businessKey === YELP_KEY).length;
    await waitFor(async () => visits(await readStore(background)) === 3 || undefined, 'the visit of the opened tab');
    await firefox.watchTabs();
    await tab!.close();
    await firefox.page.bringToFront();
  });

  it('raises nothing on a further identical visit', async () => {
    const { page, background } = firefox;
    await page.goto(YELP.url);
    await waitFor(async () => (await readStore(background)).snapshots.filter((x) => x.businessKey === YELP_KEY).length === 4 || undefined, 'the next visit');
    expect(await notificationIds(background)).toEqual([]);
    expect(await firefox.parent<unknown[]>(ALERT_WINDOWS)).toEqual([]);
    const store = await readStore(background);
    expect(store.alerts).toHaveLength(1);
    expect(store.reviews.filter((r) => r.businessKey === YELP_KEY)).toHaveLength(YELP.reviews + 1);
    expect(await badgeText(background)).toBe('');
  });

  it('keeps the add-on’s and the content scripts’ consoles free of errors', async () => {
    // The consoles are heard: an error logged in the background and one in the page both arrive.
    await firefox.background.evaluate(() => console.error('review-sentinel-probe: background'));
    await firefox.page.evaluate(() => console.error('review-sentinel-probe: page'));
    await waitFor(
      async () => firefox.messages.filter((m) => m.level === 'error' && m.text.startsWith('review-sentinel-probe')).length === 2 || undefined,
      'both probes',
    );
    const probe = (m: { text: string }) => m.text.startsWith('review-sentinel-probe');
    expect(firefox.messages.some((m) => m.context === firefox.page.url() && probe(m))).toBe(true);
    // Any error in the background page or a popup, and anything at all the extension's own code
    // logged there or in a content script (their source is a moz-extension: script). Firefox's
    // own warnings about the popup panel (from chrome: sources) are not the extension's.
    const ours = firefox.messages.filter(
      (m) => (m.context.startsWith(firefox.origin) && m.level === 'error') || m.source.startsWith('moz-extension://') || m.text.includes('[Review Sentinel]'),
    );
    expect(ours.filter((m) => !probe(m))).toEqual([]);
  });

  it('sent no request to any host but the pages’ own, and none from the add-on', async () => {
    const allowed = new Set(SITE_FIXTURES.flatMap((f) => [new URL(f.url).hostname, ...hostsOfPage(f.file)]));
    const hosts = [...new Set(proxy.requests.map((r) => r.host))];
    expect(hosts.filter((h) => !allowed.has(h))).toEqual([]);
    expect(proxy.requests.filter((r) => r.method !== 'CONNECT')).toEqual([]);
    // Every visited page was reached through the proxy, so the proxy did see the browser's traffic.
    expect(hosts).toEqual(expect.arrayContaining([...new Set(SITE_FIXTURES.map((f) => new URL(f.url).hostname))]));
    expect(server.requests.filter((r) => `${r.origin ?? ''}${r.referer ?? ''}`.includes('moz-extension://'))).toEqual([]);
    expect(await workerNetworkEntries(firefox.background)).toEqual([]);
  });
});

/** Firefox's own alert windows (alerts.useSystemBackend false), read with chrome privileges. */
const ALERT_WINDOWS = `[...Services.wm.getEnumerator('alert:alert')].filter((w) => !w.closed).map((w) => {
  const label = (id) => { const el = w.document.getElementById(id); return el?.getAttribute('value') || el?.textContent || ''; };
  return { title: label('alertTitleLabel'), text: label('alertTextLabel') };
})`;
