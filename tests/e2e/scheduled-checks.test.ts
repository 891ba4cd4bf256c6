/**
 * Scheduled checks (issue 17) in real Chromium with the built extension: the option sets the
 * alarm; the alarm (brought forward by the test, as if its time had come) opens the owner's Yelp
 * page newest first in a window of its own, stores the new review, raises the notification and
 * closes the tab, requesting nothing but that page; a check page stops Trustpilot's checks and
 * tells the owner once; a tab the owner starts using mid-check stays open; on Yandex Maps the
 * check clicks the sort control and "По новизне" and stores the newest review; a site left
 * unchecked brings one reminder a day, and the digest tells yesterday in the UI language, once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { ageLastVisit, clearNotifications, clickNotification, notificationIds, openPopup, readStore, workerNetworkEntries } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { SITE_FIXTURES } from '../support/site-fixtures';

const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const YELP_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';
const TRUSTPILOT_URL = 'https://www.trustpilot.com/review/www.partshub.co.uk';
const TRUSTPILOT_KEY = 'trustpilot:www.partshub.co.uk';
/** Requests Chromium itself makes (sign-in state, autofill), never the extension or the page. */
const CHROMIUM_SERVICES = /^(?:accounts\.google\.com|[\w-]+\.googleapis\.com)$/;
const YANDEX_URL = 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/';
const YANDEX_KEY = 'yandex-maps:1018907821';
const HOTEL = SITE_FIXTURES.find((f) => f.file === 'google-maps/hotel-en.html')!;
/** The same place as Google Maps first shows it: on its Overview tab, no review on screen. */
const HOTEL_OVERVIEW = SITE_FIXTURES.find((f) => f.file === 'google-maps/hotel-half-loaded.html')!;

interface WindowSeen {
  id: number;
  focused: boolean;
  state?: string;
}

describe('scheduled checks in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let owner: Page;
  let options: Page;
  let withNewReview = false;
  let trustpilotBlocked = false;
  let hotelOverview = false;

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      const bare = path.split('?')[0];
      if (host === 'www.yelp.com' && bare === '/biz/the-golden-spoon-bistro-austin') {
        return {
          body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slots: withNewReview ? { 'new-reviews': 'yelp/new-review-1star.html' } : {} }),
        };
      }
      if (host === 'www.trustpilot.com' && bare === '/review/www.partshub.co.uk') {
        return { body: renderFixture(trustpilotBlocked ? 'trustpilot/verifying.html' : 'trustpilot/shop-en.html', { now: Date.now() }) };
      }
      // Google answers the address the extension stores for a place (`/maps?cid=…`) with a redirect to the place page.
      if (host === 'www.google.com' && path === '/maps?cid=1885667171979194497') return { status: 302, location: HOTEL.url, body: '' };
      // Yandex's Reviews tab with its sort control: "По новизне" reloads the list newest first.
      if (host === 'yandex.ru' && bare === '/maps/org/kofeynya_brusnika/1018907821/reviews/')
        return { body: renderFixture('yandex-maps/coffee-ru.html', { now: Date.now(), slots: { sort: 'yandex-maps/sort-newest.html' } }) };
      if (host === 'www.google.com' && bare?.startsWith('/maps/place/Riverside+Inn'))
        return { body: renderFixture(hotelOverview ? HOTEL_OVERVIEW.file : HOTEL.file, { now: Date.now() }) };
      return undefined;
    });
    browser = await launchWithExtension({ port: server.port });
    owner = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const worker = () => browser.worker();
  const alarm = async (name: string) => (await worker()).evaluate((n) => chrome.alarms.get(n), name);
  const runs = async () =>
    (await worker()).evaluate(
      async () => ((await chrome.storage.local.get('checkRuns')).checkRuns ?? {}) as Record<string, { result: string; reviewsOnPage: number; stored: number }>,
    );
  /** The alarm's time has come: the test sets it to fire now instead of in hours. */
  const fireRunAlarm = async () => (await worker()).evaluate(() => chrome.alarms.create('rs-scheduled-run', { when: Date.now() + 200 }));
  const windowsSeen = async () => (await worker()).evaluate(() => (globalThis as unknown as { seen: WindowSeen[] }).seen ?? []);
  const role = async (businessKey: string) =>
    options.evaluate((key) => chrome.runtime.sendMessage({ type: 'page:set-role', businessKey: key, role: 'mine' }), businessKey);
  /** The tab a check opens (its first address may be one the site redirects). */
  const checkPage = async (pathStart: string): Promise<Page> => {
    const page = await browser.context.waitForEvent('page', {
      predicate: (p) => p !== owner && p !== options && !p.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    });
    await page.waitForURL((u) => u.href.includes(pathStart), { timeout: 30_000 });
    return page;
  };

  /** Records what the background asks the browser to show, title and words (once per worker). */
  const recordNotifications = async () =>
    (await worker()).evaluate(() => {
      const g = self as unknown as { __created?: Array<{ title: string; message: string }> };
      if (g.__created) {
        g.__created.length = 0;
        return;
      }
      const created: Array<{ title: string; message: string }> = [];
      g.__created = created;
      const notifications = chrome.notifications as unknown as { create: (...args: unknown[]) => unknown };
      const original = notifications.create.bind(chrome.notifications);
      notifications.create = (...args: unknown[]) => {
        const { title, message } = args[1] as { title: string; message: string };
        created.push({ title, message });
        return original(...args);
      };
    });
  const created = async () => (await worker()).evaluate(() => (self as unknown as { __created: Array<{ title: string; message: string }> }).__created);
  /** The notice alarm's half hour has come (it stays periodic). */
  const fireNoticeAlarm = async () => (await worker()).evaluate(() => chrome.alarms.create('rs-notices', { when: Date.now() + 200, periodInMinutes: 30 }));

  it('turning the option on sets the alarm (off by default: none before)', async () => {
    // The owner's own visits: the baseline of each page, then marked as theirs.
    for (const url of [YELP_URL, TRUSTPILOT_URL, HOTEL.url]) {
      await owner.goto(url);
      await waitFor(
        async () => (await readStore(await worker())).businesses.length >= [YELP_URL, TRUSTPILOT_URL, HOTEL.url].indexOf(url) + 1 || undefined,
        `the visit of ${url}`,
      );
    }
    await waitFor(
      async () => (await readStore(await worker())).reviews.filter((r) => r.businessKey === YELP_KEY).length === 8 || undefined,
      'the Yelp baseline',
    );
    await owner.goto('about:blank');
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const hotelKey = (await readStore(await worker())).businesses.find((b) => b.site === 'google-maps')!.key;
    for (const key of [YELP_KEY, TRUSTPILOT_KEY, hotelKey]) await role(key);
    await options.reload();

    // `alarms` and `idle` add no install warning: Chrome's warnings for the manifest are the same without them.
    const warnings = await (
      await worker()
    ).evaluate(async () => {
      const manifest = chrome.runtime.getManifest();
      const without = { ...manifest, permissions: (manifest.permissions ?? []).filter((p) => p !== 'alarms' && p !== 'idle') };
      return {
        permissions: manifest.permissions,
        with: await chrome.management.getPermissionWarningsByManifest(JSON.stringify(manifest)),
        without: await chrome.management.getPermissionWarningsByManifest(JSON.stringify(without)),
      };
    });
    expect(warnings.permissions).toEqual(['storage', 'notifications', 'alarms', 'idle']);
    expect(warnings.with).toEqual(warnings.without);

    expect(await alarm('rs-scheduled-run')).toBeUndefined();
    const box = options.getByTestId('schedule-enabled');
    expect(await box.isChecked()).toBe(false);
    // Only Yelp for the first run: the site switches.
    await box.check();
    await options.getByTestId('schedule-site-trustpilot').uncheck();
    await options.getByTestId('schedule-site-google-maps').uncheck();
    const set = await waitFor(() => alarm('rs-scheduled-run'), 'the run alarm');
    // Every 6 hours by default: the first run one period from now.
    expect(set.scheduledTime).toBeGreaterThan(Date.now() + 5.9 * 3_600_000);
    expect(set.scheduledTime).toBeLessThan(Date.now() + 6.1 * 3_600_000);
    expect(await options.textContent(`[data-testid="check-run-${YELP_KEY}"] [data-testid="check-result"]`)).toBe('not checked yet');
  });

  it('a due alarm opens the Yelp page newest first in a window of its own, stores the new review, notifies, and closes the tab', async () => {
    withNewReview = true;
    await clearNotifications(await worker());
    await (
      await worker()
    ).evaluate(() => {
      const g = globalThis as unknown as { seen: WindowSeen[] };
      g.seen = [];
      chrome.windows.onCreated.addListener((w) => g.seen.push({ id: w.id!, focused: w.focused, state: w.state }));
    });
    const ownerWindow = await (await worker()).evaluate(async () => (await chrome.windows.getAll({ populate: false })).map((w) => w.id));
    const requestsBefore = server.requests.length;
    const opened = checkPage('/biz/the-golden-spoon-bistro-austin');
    await fireRunAlarm();
    const tab = await opened;
    expect(new URL(tab.url()).search).toBe('?sort_by=date_desc');
    const closed = new Promise<void>((resolve) => tab.once('close', () => resolve()));

    const store = await waitFor(async () => {
      const s = await readStore(await worker());
      return s.reviews.filter((r) => r.businessKey === YELP_KEY).length === 9 && s;
    }, 'the new review');
    const brandon = store.reviews.find((r) => r.author === 'Brandon L.')!;
    expect(brandon).toMatchObject({ rating: 1, negative: 1, alertState: 'alerted', unread: 1 });
    const ids = await waitFor(async () => {
      const current = await notificationIds(await worker());
      return current.length > 0 && current;
    }, 'the notification');
    expect(ids).toHaveLength(1);
    expect(store.alerts.find((a) => a.id === ids[0])).toMatchObject({ businessKey: YELP_KEY, reviewKeys: [brandon.key] });

    await closed;
    // A new window, asked for unfocused and minimized; the owner's windows got no tab.
    const seen = await windowsSeen();
    expect(seen).toHaveLength(1);
    expect(ownerWindow).not.toContain(seen[0]!.id);
    expect(seen[0]).toMatchObject({ focused: false, state: 'minimized' });
    expect(await (await worker()).evaluate(async (id) => (await chrome.windows.getAll()).some((w) => w.id === id), seen[0]!.id)).toBe(false);
    expect(owner.url()).toBe('about:blank');
    expect((await runs())[YELP_KEY]).toMatchObject({ result: 'captured', reviewsOnPage: 9, stored: 1 });
    // Nothing was requested but the page itself: its address once, its own images and script;
    // nothing from the extension (Chromium's own account and autofill services aside).
    const during = server.requests.slice(requestsBefore).filter((r) => !CHROMIUM_SERVICES.test(r.host));
    expect(during.filter((r) => r.host === 'www.yelp.com').map((r) => r.path)).toEqual(['/biz/the-golden-spoon-bistro-austin?sort_by=date_desc']);
    expect(new Set(during.map((r) => r.host))).toEqual(new Set(['www.yelp.com', 's3-media0.fl.yelpcdn.com']));
    expect(during.filter((r) => `${r.origin ?? ''}${r.referer ?? ''}`.includes('chrome-extension://'))).toEqual([]);
    expect(await workerNetworkEntries(await worker())).toEqual([]);
    // The next run is one period after this one.
    expect((await alarm('rs-scheduled-run'))!.scheduledTime).toBeGreaterThan(Date.now() + 5.9 * 3_600_000);

    const popup = await openPopup(browser, `?business=${YELP_KEY}`);
    await expect.poll(() => popup.textContent('[data-testid="freshness"]')).toBe('Yelp: checked automatically just now — open');
    await popup.close();
    await options.reload();
    await expect.poll(() => options.textContent(`[data-testid="check-run-${YELP_KEY}"] [data-testid="check-result"]`)).toBe('just now: captured 9 reviews');
  });

  it('a check page stops that site’s checks and tells the owner once', async () => {
    trustpilotBlocked = true;
    await clearNotifications(await worker());
    await options.getByTestId('schedule-site-trustpilot').check();
    const opened = checkPage('/review/www.partshub.co.uk');
    await options.getByTestId(`check-now-${TRUSTPILOT_KEY}`).click();
    const tab = await opened;
    await new Promise<void>((resolve) => tab.once('close', () => resolve()));
    const ids = await waitFor(async () => {
      const current = await notificationIds(await worker());
      return current.length > 0 && current;
    }, 'the notification that checks stopped');
    expect(ids).toEqual(['rs-stop:trustpilot']);
    const shown = await (await worker()).evaluate(async () => (await chrome.notifications.getAll()) as Record<string, unknown>);
    expect(Object.keys(shown)).toEqual(['rs-stop:trustpilot']);
    expect((await runs())[TRUSTPILOT_KEY]).toMatchObject({ result: 'blocked' });
    await options.reload();
    await expect
      .poll(() => options.textContent(`[data-testid="check-run-${TRUSTPILOT_KEY}"] [data-testid="check-result"]`))
      .toMatch(/^just now: blocked by a check page/);

    // The next scheduled run (six hours later) checks Yelp again, never Trustpilot, and says nothing twice.
    await clearNotifications(await worker());
    await (await worker()).evaluate(() => chrome.storage.local.set({ lastScheduledRunAt: Date.now() - 6 * 3_600_000 }));
    const trustpilotRequests = () => server.requests.filter((r) => r.host === 'www.trustpilot.com').length;
    const before = trustpilotRequests();
    const yelpAgain = checkPage('/biz/the-golden-spoon-bistro-austin');
    await fireRunAlarm();
    const yelpTab = await yelpAgain;
    await new Promise<void>((resolve) => yelpTab.once('close', () => resolve()));
    await waitFor(
      async () => !(await (await worker()).evaluate(async () => (await chrome.storage.session.get('checkJob')).checkJob)) || undefined,
      'the run to end',
    );
    expect(trustpilotRequests()).toBe(before);
    expect(await notificationIds(await worker())).toEqual([]);
  });

  it('a tab the owner starts using mid-check stays open', async () => {
    hotelOverview = true;
    await options.getByTestId('schedule-site-google-maps').check();
    const opened = checkPage('/maps/place/Riverside+Inn');
    const hotelKey = (await readStore(await worker())).businesses.find((b) => b.site === 'google-maps')!.key;
    await options.getByTestId(`check-now-${hotelKey}`).click();
    const tab = await opened;
    // The page said what it shows (its Reviews tab is not open yet), so the check waits.
    await waitFor(
      async () =>
        (
          await (
            await worker()
          ).evaluate(async () => (await chrome.storage.session.get('checkJob')).checkJob as { current?: { lastStatus?: string } } | undefined)
        )?.current?.lastStatus === 'reviews-not-open' || undefined,
      'the hotel page’s first capture',
    );
    await tab.bringToFront();
    await tab.mouse.click(400, 300);
    const result = await waitFor(async () => (await runs())[hotelKey]?.result, 'the check to end');
    expect(result).toBe('left-to-owner');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(tab.isClosed()).toBe(false);
    expect(browser.context.pages()).toContain(tab);
    await tab.close();
  });

  it('on Yandex Maps a check clicks the sort control and "По новизне", stores the newest reviews, notifies and closes the tab', async () => {
    await owner.goto(YANDEX_URL);
    await waitFor(
      async () => (await readStore(await worker())).reviews.filter((r) => r.businessKey === YANDEX_KEY).length === 5 || undefined,
      'the Yandex baseline',
    );
    await owner.goto('about:blank');
    await role(YANDEX_KEY);
    await clearNotifications(await worker());
    await recordNotifications();
    await options.reload();
    const requestsBefore = server.requests.length;
    const opened = checkPage('/maps/org/kofeynya_brusnika/1018907821/reviews/');
    await options.getByTestId(`check-now-${YANDEX_KEY}`).click();
    const tab = await opened;
    const closed = new Promise<void>((resolve) => tab.once('close', () => resolve()));
    // The page's own control names the order the check chose.
    await tab.waitForFunction(() => document.querySelector('.business-reviews-card-view__ranking .rating-ranking-view')?.textContent === 'По новизне');

    const store = await waitFor(async () => {
      const s = await readStore(await worker());
      return s.reviews.filter((r) => r.businessKey === YANDEX_KEY).length === 7 && s;
    }, 'the newest reviews');
    // Only the list sorted newest first holds them.
    const igor = store.reviews.find((r) => r.author === 'Игорь Н.')!;
    expect(igor).toMatchObject({ rating: 1, negative: 1, alertState: 'alerted', unread: 1 });
    expect(store.reviews.find((r) => r.author === 'Ксения Белова')).toMatchObject({ rating: 5, negative: 0 });
    const ids = await waitFor(async () => {
      const current = await notificationIds(await worker());
      return current.length > 0 && current;
    }, 'the notification');
    expect(ids).toHaveLength(1);
    expect(store.alerts.find((a) => a.id === ids[0])).toMatchObject({ businessKey: YANDEX_KEY, reviewKeys: [igor.key] });
    expect((await created())[0]?.message).toContain('Ждали заказ пятьдесят минут');

    await closed;
    expect((await runs())[YANDEX_KEY]).toMatchObject({ result: 'captured', sort: 'newest', stored: 2 });
    // The sort is the page's own: nothing was requested from Yandex but the page itself.
    const paths = server.requests
      .slice(requestsBefore)
      .filter((r) => r.host === 'yandex.ru')
      .map((r) => r.path);
    expect(paths).toEqual(['/maps/org/kofeynya_brusnika/1018907821/reviews/']);
    await options.reload();
    await expect.poll(() => options.textContent(`[data-testid="check-run-${YANDEX_KEY}"] [data-testid="check-result"]`)).toBe('just now: captured 5 reviews');
  });

  it('a site of the owner’s unchecked for 8 days brings one reminder a day; the digest tells yesterday in the UI language, once a day', async () => {
    await clearNotifications(await worker());
    await recordNotifications();
    await ageLastVisit(await worker(), TRUSTPILOT_KEY, 8);
    await fireNoticeAlarm();
    const reminders = await waitFor(async () => {
      const c = await created();
      return c.length > 0 && c;
    }, 'the reminder');
    const partsHub = (await readStore(await worker())).businesses.find((b) => b.key === TRUSTPILOT_KEY)!;
    expect(reminders).toEqual([{ title: partsHub.name, message: 'Trustpilot not checked for 8 days — open' }]);
    const [reminderId] = await notificationIds(await worker());
    expect(reminderId).toMatch(new RegExp(`^rs-remind:${TRUSTPILOT_KEY}\\|\\d{4}-\\d{2}-\\d{2}$`));
    // "open": the click opens the site's page.
    const openedPage = browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(TRUSTPILOT_URL), timeout: 15_000 });
    await clickNotification(await worker(), reminderId!);
    await (await openedPage).close();

    // Yesterday the Yandex check brought two new reviews, one negative (moved back a day in the store).
    await (
      await worker()
    ).evaluate(
      (key) =>
        new Promise<void>((resolve, reject) => {
          const noon = new Date();
          noon.setDate(noon.getDate() - 1);
          noon.setHours(12, 0, 0, 0);
          const open = indexedDB.open('review-sentinel');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('reviews', 'readwrite');
            const cursor = tx.objectStore('reviews').openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c) return;
              const r = c.value as { businessKey: string; alertState?: string; firstSeenAt: number };
              if (r.businessKey === key && r.alertState !== 'baseline') c.update({ ...r, firstSeenAt: noon.getTime() });
              c.continue();
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      YANDEX_KEY,
    );
    // The owner turns the digest on (due from midnight) with the interface in Russian.
    await (
      await worker()
    ).evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: 'ru' } });
    });
    await options.reload();
    await options.getByTestId('digest-enabled').check();
    await options.getByTestId('digest-at').fill('00:00');
    await expect
      .poll(async () => (await worker()).evaluate(async () => (await chrome.storage.local.get('settings')).settings as { digestAt?: string }))
      .toMatchObject({ digestEnabled: true, digestAt: '00:00' });
    await clearNotifications(await worker());
    await recordNotifications();
    await fireNoticeAlarm();
    const digest = await waitFor(async () => {
      const c = await created();
      return c.length > 0 && c;
    }, 'the digest');
    // The reminder was shown today already: only the digest, in Russian.
    expect(digest).toHaveLength(1);
    expect(digest[0]!.title).toBe('Review Sentinel: вчера');
    expect(digest[0]!.message).toMatch(/^Вчера: 2 новых отзыва, 1 негативный; оценка \d+ → \d+$/);

    // Never twice for one day.
    await recordNotifications();
    await fireNoticeAlarm();
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await created()).toEqual([]);
    await (
      await worker()
    ).evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: 'auto' } });
    });
  });
});
