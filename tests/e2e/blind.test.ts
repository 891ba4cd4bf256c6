/**
 * Issue 12, point 1 in real Chromium: blind is never safe. A Yelp page the owner follows comes back
 * redesigned (no card can be read, the header still says "(213 Beiträge)"): the popup shows no score
 * and no green band, says what happened and what to do, and the badge tooltip says it too. A
 * Trustpilot page left unchecked longer than the setting is shown stale, in the popup, the list and
 * the tooltip. A SmartCaptcha that replaces a followed Yandex Maps page in the same tab turns that
 * business's Yandex site blind ("confirm you are not a robot").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { ageLastVisit, openPopup, readStore } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { SITE_FIXTURES } from '../support/site-fixtures';

const YELP_URL = 'https://www.yelp.de/biz/caf%C3%A9-sonnenschein-berlin';
const YELP_KEY = 'yelp:cAfE5oNnEnScHeIn1Berlin';
const TRUSTPILOT_URL = 'https://de.trustpilot.com/review/handyreparatur-schmidt.de';
const TRUSTPILOT_KEY = 'trustpilot:handyreparatur-schmidt.de';
const YANDEX = SITE_FIXTURES.find((f) => f.file === 'yandex-maps/coffee-ru.html')!;
const YANDEX_CHECK = SITE_FIXTURES.find((f) => f.file === 'yandex-maps/captcha.html')!;
const YANDEX_KEY = 'yandex-maps:1018907821';

describe('blind is never safe, in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let redesigned = false;
  let checking = false;

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      if (host === 'www.yelp.de' && path.split('?')[0] === '/biz/caf%C3%A9-sonnenschein-berlin')
        return { body: renderFixture(redesigned ? 'yelp/redesign-de.html' : 'yelp/cafe-de.html', { now: Date.now() }) };
      if (host === 'de.trustpilot.com' && path.split('?')[0] === '/review/handyreparatur-schmidt.de')
        return { body: renderFixture('trustpilot/repair-de.html', { now: Date.now() }) };
      if (host === 'yandex.ru' && path.startsWith('/maps/org/kofeynya_brusnika/1018907821/'))
        return { body: renderFixture(checking ? YANDEX_CHECK.file : YANDEX.file, { now: Date.now() }) };
      return undefined;
    });
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const badgeTitle = async () => (await browser.worker()).evaluate(() => chrome.action.getTitle({}));
  const business = async (key: string) => (await readStore(await browser.worker())).businesses.find((b) => b.key === key);

  it('after a visit that cannot read the reviews, the popup shows no score, no green band, what happened and what to do', async () => {
    await page.goto(YELP_URL);
    const worker = await browser.worker();
    await waitFor(async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === YELP_KEY).length === 3 || undefined, 'the readable visit');
    const tab = await tabIdOf(worker, page);
    const before = await openPopup(browser, `?tab=${tab}`);
    await before.getByRole('button', { name: 'This is my business' }).click();
    await expect.poll(async () => (await business(YELP_KEY))?.role).toBe('mine');
    await expect.poll(() => before.locator('[data-testid="score"]').count()).toBe(1);
    await before.close();

    // Yelp ships a redesign: the same page, its cards no longer readable.
    redesigned = true;
    await page.reload();
    await expect.poll(async () => (await business(YELP_KEY))?.health?.status).toBe('layout-changed');
    const popup = await openPopup(browser, `?tab=${tab}`);
    await expect.poll(() => popup.textContent('[data-testid="band"]')).toBe('Unknown');
    expect(await popup.locator('[data-testid="score"]').count()).toBe(0);
    // Unknown today, and said truly: the figures under it are from the earlier visit that read the reviews.
    const noScore = (await popup.textContent('[data-testid="no-score"]'))!;
    expect(noScore).toMatch(
      /^The latest visit could not read the reviews, so there is no score today\. The figures below are from earlier visits: the reviews were last read (just now|\d+ minutes? ago)\.$/,
    );
    expect(noScore).not.toContain('nothing is known');
    expect(await popup.textContent('[data-testid="known"]')).toBe('3 reviews known');
    expect(await popup.locator('.band-green').count()).toBe(0);
    const state = (await popup.textContent('[data-testid="site-state-blind"]'))!;
    expect(state).toContain('Yelp: the reviews could not be read at the last visit');
    expect(state).toContain('Read the reviews on Yelp yourself until Review Sentinel is updated.');
    const text = (await popup.textContent('main'))!;
    expect(text).not.toContain('Healthy');
    expect(text).not.toContain('No warning signs in the reviews of the last 90 days');
    expect(text).not.toContain('No negative reviews among those captured');
    expect(await popup.textContent('[data-testid="risk-level"]')).not.toBe('Low');
    await popup.close();

    await expect
      .poll(badgeTitle)
      .toContain('Café Sonnenschein — Yelp: reviews could not be read. Read the reviews on Yelp yourself until Review Sentinel is updated.');
  });

  it('a site not checked for longer than the setting is shown stale in the popup, the list and the badge tooltip', async () => {
    await page.goto(TRUSTPILOT_URL);
    const worker = await browser.worker();
    await waitFor(
      async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === TRUSTPILOT_KEY).length === 4 || undefined,
      'the Trustpilot visit',
    );
    // The owner leaves the page; the store is seeded as if the visit were nine days old.
    await page.goto('about:blank');
    await ageLastVisit(worker, TRUSTPILOT_KEY, 9);
    const popup = await openPopup(browser, `?business=${encodeURIComponent(TRUSTPILOT_KEY)}`);
    await popup.getByRole('button', { name: 'This is my business' }).click();
    await expect.poll(async () => (await business(TRUSTPILOT_KEY))?.role).toBe('mine');
    await expect
      .poll(() => popup.textContent('[data-testid="site-state-stale"]'))
      .toContain('Trustpilot: not checked for 9 days. Open the reviews on Trustpilot.');
    expect(await popup.locator('.band-green').count()).toBe(0);
    expect(await popup.textContent('[data-testid="band"]')).not.toBe('Healthy');
    expect(await popup.textContent('main')).not.toContain('No warning signs in the reviews of the last 90 days');

    // The list of businesses says both states, each with what to do.
    await popup.selectOption('[data-testid="switcher"]', '__list__');
    await expect.poll(() => popup.textContent('[data-testid="row-state-stale"]')).toBe('Trustpilot: not checked for 9 days — Open the reviews on Trustpilot.');
    expect(await popup.textContent('[data-testid="row-state-blind"]')).toBe(
      'Yelp: reviews could not be read — Read the reviews on Yelp yourself until Review Sentinel is updated.',
    );
    await popup.close();
    await expect.poll(badgeTitle).toContain('Handyreparatur Schmidt — Trustpilot: not checked for 9 days. Open the reviews on Trustpilot.');
  });

  it('shows the business’s Yandex site blind, with “confirm you are not a robot”, after the captcha replaced its page', async () => {
    await page.goto(YANDEX.url);
    const worker = await browser.worker();
    await waitFor(
      async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === YANDEX_KEY).length === YANDEX.reviews || undefined,
      'the readable visit',
    );
    const tab = await tabIdOf(worker, page);
    const before = await openPopup(browser, `?tab=${tab}`);
    await before.getByRole('button', { name: 'This is my business' }).click();
    await expect.poll(async () => (await business(YANDEX_KEY))?.role).toBe('mine');
    expect(await before.locator('[data-testid="site-state-blind"]').count()).toBe(0);
    await before.close();

    // Later in the same tab Yandex asks to prove the visitor is human instead of showing the reviews.
    checking = true;
    await page.goto(YANDEX_CHECK.url);
    await expect.poll(async () => (await business(YANDEX_KEY))?.health?.status).toBe('blocked');
    const popup = await openPopup(browser, `?tab=${tab}`);
    await expect.poll(() => popup.textContent('[data-testid="site-state-blind"]')).toContain('Yandex Maps');
    const state = (await popup.textContent('[data-testid="site-state-blind"]'))!;
    expect(state).toContain('Confirm you are not a robot on Yandex Maps.');
    expect(await popup.locator('.band-green').count()).toBe(0);
    expect(await popup.textContent('main')).not.toContain('Healthy');
    // The reviews read before are still there.
    expect((await readStore(worker)).reviews.filter((r) => r.businessKey === YANDEX_KEY)).toHaveLength(YANDEX.reviews);
    await popup.close();
    await expect.poll(badgeTitle).toContain('Yandex Maps: reviews could not be read. Confirm you are not a robot on Yandex Maps.');
  });
});
