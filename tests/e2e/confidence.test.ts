/**
 * What a score stands on and one set of figures, in real Chromium with the built extension: a
 * first visit of a business (eight reviews read of 1,284) shows a provisional score that says
 * what it rests on and no trend arrow; the same business shows the same headline opened from its
 * page and from the list; the owner's place on two sites shows the same headline whichever site
 * leads the view, and that headline is a row of the comparison table.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup, readStore } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { buildHistory, HISTORY, type History } from '../support/history';

const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const SPOON = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';

/** The headline as the owner reads it: score, band, provisional mark, arrow (if any), and what it stands on. */
async function headline(popup: Page) {
  const text = async (id: string) => ((await popup.locator(`[data-testid="${id}"]`).count()) > 0 ? await popup.textContent(`[data-testid="${id}"]`) : null);
  return {
    name: await text('business-name'),
    score: await text('score'),
    band: await text('band'),
    provisional: await text('score-provisional'),
    trend: await text('score-trend'),
    basis: await text('score-basis'),
  };
}

describe('confidence and one set of figures in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let history: History;

  beforeAll(async () => {
    history = await buildHistory(Date.now());
    const file = join(tmpdir(), `review-sentinel-confidence-${process.pid}.json`);
    writeFileSync(file, history.file);
    server = await startFixtureServer((host, path) =>
      host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
        ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now() }) }
        : undefined,
    );
    browser = await launchWithExtension({ port: server.port });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid="import-file"]').setInputFiles(file);
    await waitFor(async () => /^Import finished/.test((await options.textContent('[data-testid="options-status"]')) ?? ''), 'the import', 30_000);
    await options.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a first visit: a provisional score from 8 reviews read, saying so, with no trend arrow; the same figures from the page and from the list', async () => {
    const worker = await browser.worker();
    const page = await browser.context.newPage();
    await page.goto(YELP_URL);
    await waitFor(async () => (await readStore(worker)).reviews.filter((r) => r.businessKey === SPOON).length === 8, 'the Yelp capture');
    const spoon = (await readStore(worker)).businesses.find((b) => b.key === SPOON)!;
    expect([spoon.rating, spoon.reviewCount]).toEqual([4.2, 1284]);

    // From the page (the toolbar button on the Yelp tab).
    const fromPage = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
    const seenFromPage = await headline(fromPage);
    expect(seenFromPage).toMatchObject({
      name: 'The Golden Spoon Bistro',
      provisional: 'provisional',
      trend: null,
      basis: 'From 8 reviews read; 8 on the page at the last visit; Yelp rating 4.2★ from 1,284 reviews',
    });
    expect(await fromPage.textContent('[data-testid="provisional"]')).toBe('Provisional: fewer than 10 reviews read');
    expect(await fromPage.textContent('[data-testid="trend-later"]')).toBe('No trend yet: it shows after 14 days of history (0 days so far)');
    // Some reviews on the page are weeks old, yet nothing says the rating or the score moved.
    expect(await fromPage.locator('[data-testid="risk-signal"]', { hasText: 'Site rating fell' }).count()).toBe(0);
    expect(await fromPage.locator('[data-testid="reasons"] li', { hasText: 'Site rating fell' }).count()).toBe(0);
    await fromPage.close();

    // From the list of businesses.
    const fromList = await openPopup(browser, '');
    if ((await fromList.locator('[data-testid="business-list"]').count()) === 0) {
      await fromList.selectOption('[data-testid="switcher"]', '__list__');
      await fromList.waitForSelector('[data-testid="business-list"]');
    }
    await fromList.locator('button.business-row', { hasText: 'The Golden Spoon Bistro' }).click();
    await expect.poll(() => fromList.textContent('[data-testid="business-name"]')).toBe('The Golden Spoon Bistro');
    await fromList.waitForSelector('main[aria-busy="false"]');
    expect(await headline(fromList)).toEqual(seenFromPage);
    await fromList.close();
    await page.close();
  });

  it('the owner’s place on two sites: the same headline led by either site or opened away from a review page, and it is the comparison’s first row', async () => {
    const expected = history.summary;
    const viaYelp = await openPopup(browser, `?business=${HISTORY.lucia.key}`);
    const seen = await headline(viaYelp);
    expect(seen.provisional).toBeNull();
    expect(seen.basis).toMatch(
      new RegExp(
        `^From ${expected.total.toLocaleString('en')} reviews read; \\d+ on the page at the last visit; Google Maps rating 4\\.5★ from 1,210 reviews; Yelp rating 4\\.3★ from 486 reviews$`,
      ),
    );
    // Four months of history: the arrow is there.
    expect(seen.trend).toMatch(/^[▲▼▬] (Up \d+|Down \d+|Steady) (in|over) 30 days$/);

    // The comparison: one row per place, the first is the headline itself.
    await viaYelp.waitForSelector('[data-testid="comparison"]');
    expect(await viaYelp.locator('[data-testid="comparison"] tbody th').allTextContents()).toEqual([
      'Trattoria Lucia Yelp + Google Maps · you',
      'Pizzeria Roma Tripadvisor',
    ]);
    expect(await viaYelp.locator('[data-testid="comparison-score"]').first().textContent()).toBe(seen.score);
    await viaYelp.close();

    // Led by Google Maps (a notification or the options page opens it so).
    const viaMaps = await openPopup(browser, `?business=${HISTORY.luciaMaps.key}`);
    expect(await headline(viaMaps)).toEqual(seen);
    await viaMaps.close();

    // The toolbar away from any review page: the owner's own place.
    const home = await openPopup(browser, '');
    expect(await home.textContent('[data-testid="group"]')).toBe('Combined view of 2 sites');
    expect(await headline(home)).toEqual(seen);
    await home.close();
  });
});
