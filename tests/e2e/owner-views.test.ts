/**
 * What the owner sees, in real Chromium with the built extension: four months of history
 * imported from the options page, the popup on that store (score, risk and the reviews behind
 * it, chart, rating math, comparison, reply drafts), the options actions (both exports,
 * importing the exported file, rename, delete, delete all), the notes on a review page, and
 * the Russian UI. It also writes the README's screenshots to tests/e2e/screenshots/: the popup
 * in light and dark, in Russian and Chinese, the list of businesses, and the options page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup, readStore } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { buildHistory, HISTORY, type History } from '../support/history';
import { clickHide, pageNotes } from '../support/notes';

const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const BAND = { red: 'Needs attention', yellow: 'Watch closely', green: 'Healthy' } as const;
const LEVEL = { low: 'Low', elevated: 'Elevated', high: 'High', critical: 'Critical' } as const;

/** The whole popup, not just its first 600 px, for a screenshot. */
async function screenshotPopup(popup: Page, file: string): Promise<void> {
  await popup.addStyleTag({ content: '.popup { max-height: none !important; }' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await popup.locator('.popup').screenshot({ path: join(SCREENSHOTS, file) });
}

describe('the owner’s views in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let history: History;
  let historyFile: string;
  let options: Page;

  beforeAll(async () => {
    history = await buildHistory(Date.now());
    historyFile = join(tmpdir(), `review-sentinel-history-${process.pid}.json`);
    writeFileSync(historyFile, history.file);
    server = await startFixtureServer((host, path) =>
      host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
        ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now() }) }
        : undefined,
    );
    browser = await launchWithExtension({ port: server.port });
    options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 1400 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const status = () => options.locator('[data-testid="options-status"]').textContent();

  it('imports four months of history from the options page and says what it added', async () => {
    await options.locator('[data-testid="import-file"]').setInputFiles(historyFile);
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Import finished/);
    const file = JSON.parse(history.file) as { snapshots: unknown[]; alerts: unknown[] };
    expect(await status()).toBe(
      `Import finished: 3 businesses, ${history.counts.reviews} reviews, ${file.snapshots.length} visits and ${file.alerts.length} alerts added; 0 already known.`,
    );
    expect(await options.textContent('[data-testid="stored-counts"]')).toBe(`3 businesses · ${history.counts.reviews} reviews stored`);
    expect(await options.locator('[data-testid="business-row"]').count()).toBe(3);
  });

  it('shows the owner’s two sites as one view: score and trend, risk with its reviews, what needs a look, rating math, chart, competitors', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 800 });
    await openPopup(browser, `?business=${HISTORY.lucia.key}`, popup);
    const expected = history.summary;
    expect(await popup.textContent('[data-testid="business-name"]')).toBe('Trattoria Lucia');
    expect(await popup.textContent('[data-testid="group"]')).toBe('Combined view of 2 sites');
    const score = Number(await popup.textContent('[data-testid="score"]'));
    // Computed in Node a few seconds earlier with the same code: recency weights may move it by a point.
    expect(Math.abs(score - expected.score.score)).toBeLessThanOrEqual(1);
    expect(await popup.textContent('[data-testid="band"]')).toBe(BAND[expected.score.band]);
    expect(await popup.locator('[data-testid="reasons"] li').count()).toBe(expected.score.reasons.length);
    expect(await popup.textContent('[data-testid="risk-level"]')).toBe(LEVEL[expected.risk.level]);
    expect(await popup.locator('[data-testid="risk-signal"]').count()).toBe(expected.risk.signals.length);
    expect(expected.risk.signals.length).toBeGreaterThan(0);
    // Five of every review that needs a look, then "Show all N".
    expect(expected.attention.length).toBeGreaterThan(5);
    expect(await popup.locator('[data-testid="attention"] [data-testid="review"]').count()).toBe(5);
    expect(await popup.textContent('[data-testid="show-all"]')).toBe(`Show all ${expected.attention.length}`);
    expect((await popup.locator('[data-testid="freshness"] li').allTextContents()).map((t) => t.replace(/:.*/, ''))).toEqual(['Yelp', 'Google Maps']);
    expect(await popup.locator('[data-testid="rating-math"] li').allTextContents()).toEqual([
      expect.stringMatching(/^Yelp 4\.3★ from 486: one more 1★ shows 4\.3★; \d+ five-star reviews reach 4\.4★$/),
      expect.stringMatching(/^Google Maps 4\.5★ from 1,210: one more 1★ shows 4\.5★; \d+ five-star reviews reach 4\.6★$/),
    ]);

    // A reason opens the reviews behind it.
    const signal = popup
      .locator('[data-testid="risk-signal"]')
      .filter({ has: popup.locator('button') })
      .first();
    await signal.locator('button').click();
    expect(await signal.locator('[data-testid="review"]').count()).toBeGreaterThan(0);

    // The chart: a quarter by default, a year on demand, with the bars drawn.
    expect(await popup.locator('[data-testid="chart-svg"] rect.bar').count()).toBeGreaterThan(5);
    await popup.getByRole('button', { name: '1 year' }).click();
    await expect.poll(() => popup.textContent('[data-testid="chart-summary"]')).toMatch(/^Over 1 year: \d+ reviews, \d+ negative\./);

    // Compared with the competitor: one row per place, the view's own first, with its headline score.
    await popup.waitForSelector('[data-testid="comparison"]');
    expect(await popup.locator('[data-testid="comparison"] tbody th').allTextContents()).toEqual([
      'Trattoria Lucia Yelp + Google Maps · you',
      'Pizzeria Roma Tripadvisor',
    ]);
    expect(await popup.locator('[data-testid="comparison-score"]').first().textContent()).toBe(String(score));

    // A reply draft, copied for the owner to post.
    await popup.locator('[data-testid="attention"] [data-testid="draft-reply"]').first().click();
    const draft = await popup.locator('[data-testid="reply-text"]').inputValue();
    expect(draft.length).toBeGreaterThan(80);
    // It opens at its top: the caret before the greeting, the greeting in view (not the sign-off).
    const opened = await popup
      .locator('[data-testid="reply-text"]')
      .evaluate((el: HTMLTextAreaElement) => ({ caret: el.selectionStart, top: el.scrollTop, overflow: el.scrollHeight > el.clientHeight }));
    console.log('the reply draft as opened:', opened);
    expect(opened).toMatchObject({ caret: 0, top: 0 });
    expect(draft).toMatch(/^Hello /);
    await popup.locator('[data-testid="reply-copy"]').click();
    await expect.poll(() => popup.locator('[data-testid="reply-draft"] [role="status"]').textContent()).toMatch(/^Copied\./);
    // What was copied is what the owner pastes.
    const box = popup.locator('[data-testid="reply-text"]');
    await box.fill('');
    await box.press('Control+V');
    expect(await box.inputValue()).toBe(draft);
    await popup.getByRole('button', { name: 'Close' }).click();

    await screenshotPopup(popup, 'popup.png');
    // The same view in the dark theme, for the README.
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 28, 31)');
    await screenshotPopup(popup, 'popup-dark.png');
    await popup.close();
  });

  it('switches to the list of businesses, the owner’s first', async () => {
    const popup = await openPopup(browser, `?business=${HISTORY.roma.key}`);
    expect(await popup.textContent('[data-testid="business-name"]')).toBe('Pizzeria Roma');
    await popup.selectOption('[data-testid="switcher"]', '__list__');
    await popup.waitForSelector('[data-testid="business-list"]');
    expect(await popup.locator('[data-testid="business-list"] h2').allTextContents()).toEqual(['Your businesses', 'Competitors']);
    await screenshotPopup(popup, 'popup-list.png');
    await popup.close();
  });

  it('exports JSON and CSV, re-imports its own export without adding anything, renames and deletes', async () => {
    await options.reload();
    await options.waitForSelector('[data-testid="business-row"]');
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });

    const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { formatVersion: number; businesses: unknown[]; reviews: unknown[] };
    expect(exported.formatVersion).toBe(1);
    expect(exported.businesses).toHaveLength(3);
    expect(exported.reviews).toHaveLength(history.counts.reviews);

    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^review-sentinel-export-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText.split('\r\n')[0]).toBe(
      '\uFEFFbusiness,site,business_url,review_id,author,rating,title,text,language,sentiment,sentiment_label,themes,negative,published,date_shown,first_seen,replied,reply,edited,truncated,translated,review_url',
    );

    await options.locator('[data-testid="import-file"]').setInputFiles((await json.path())!);
    await expect.poll(status).toMatch(/^Import finished: 0 businesses, 0 reviews, 0 visits and 0 alerts added; \d+ already known\.$/);

    const roma = options.locator(`[data-testid="business-row"][data-key="${HISTORY.roma.key}"]`);
    await roma.getByRole('button', { name: 'Rename: Pizzeria Roma' }).click();
    await roma.getByLabel('Name shown for Pizzeria Roma').fill('Roma (across the street)');
    await roma.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => roma.locator('th').textContent()).toBe('Roma (across the street)Tripadvisor · Pizzeria Roma');

    await roma.getByTestId('delete').click();
    await roma.getByTestId('delete-confirm').click();
    await expect.poll(() => options.locator('[data-testid="business-row"]').count()).toBe(2);
    const store = await readStore(await browser.worker());
    expect(store.businesses.map((b) => b.key).sort()).toEqual([HISTORY.luciaMaps.key, HISTORY.lucia.key].sort());
    expect(store.reviews.every((r) => r.businessKey !== HISTORY.roma.key)).toBe(true);
  });

  it('puts a note on each review of a tracked business, removable, and none when the owner turns them off', async () => {
    const page = await browser.context.newPage();
    await page.goto(YELP_URL);
    await waitFor(
      async () => (await readStore(await browser.worker())).reviews.filter((r) => r.site === 'yelp' && r.businessKey.includes('Zq3rT8')).length === 8,
      'the Yelp capture',
    );
    // Not tracked yet: no notes.
    expect(await pageNotes(page)).toEqual([]);
    const cardWidth = () =>
      page.evaluate(
        "Math.round([...document.querySelectorAll('li')].filter((li) => li.textContent.includes('Derek W.')).at(-1).getBoundingClientRect().width)",
      );
    const before = { card: await cardWidth(), page: await page.evaluate('document.documentElement.scrollWidth') };

    const popup = await openPopup(browser, '?business=yelp:Zq3rT8wKp1LmNv7XyB2cDg');
    await popup.getByRole('button', { name: 'This is my business' }).click();
    await popup.close();
    const notes = await waitFor(async () => {
      const found = await pageNotes(page);
      return found.length === 8 && found;
    }, 'eight notes on the page');
    const derek = notes.find((n) => n.card.includes('Derek W.'))!;
    expect(derek.text).toMatch(/^Review Sentinel Negative/);
    expect(notes.filter((n) => /Negative/.test(n.text))).toHaveLength(3);
    // The site's layout keeps its widths: the notes sit inside the cards, nothing overflows.
    expect({ card: await cardWidth(), page: await page.evaluate('document.documentElement.scrollWidth') }).toEqual(before);

    await clickHide(page, derek);
    await expect.poll(async () => (await pageNotes(page)).length).toBe(7);

    await options.getByTestId('on-page-notes').uncheck();
    await expect.poll(async () => (await pageNotes(page)).length).toBe(0);
    await options.getByTestId('on-page-notes').check();
    await expect.poll(async () => (await pageNotes(page)).length).toBe(7);
    await page.close();
  });

  it('speaks Russian in the options page, the popup and the notes once the owner picks it, and Chinese in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(YELP_URL);
    await expect.poll(async () => (await pageNotes(page)).length).toBe(8);

    await options.selectOption('[data-testid="ui-language"]', 'ru');
    await expect.poll(() => options.textContent('h1')).toBe('Настройки Review Sentinel');
    expect(await options.textContent('#businesses-title')).toBe('Компании');

    await expect.poll(async () => (await pageNotes(page)).some((n) => n.text.startsWith('Review Sentinel Негативный'))).toBe(true);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 800 });
    await openPopup(browser, '?business=yelp:Zq3rT8wKp1LmNv7XyB2cDg', popup);
    expect(await popup.getAttribute('html', 'lang')).toBe('ru');
    expect(await popup.textContent('[data-testid="known"]')).toBe('Известно 8 отзывов');
    expect(await popup.textContent('#risk-title')).toMatch(/^Риск: /);
    expect(await popup.getByRole('button', { name: 'Это моя компания' }).getAttribute('aria-pressed')).toBe('true');
    await screenshotPopup(popup, 'popup-ru.png');
    await popup.close();
    await page.close();

    // And Chinese, for the README's screenshot.
    await options.selectOption('[data-testid="ui-language"]', 'zh');
    await expect.poll(() => options.textContent('h1')).toBe('Review Sentinel 设置');
    const zh = await browser.context.newPage();
    await zh.setViewportSize({ width: 400, height: 800 });
    await openPopup(browser, '?business=yelp:Zq3rT8wKp1LmNv7XyB2cDg', zh);
    expect(await zh.getAttribute('html', 'lang')).toBe('zh');
    expect(await zh.getByRole('button', { name: '这是我的商户' }).getAttribute('aria-pressed')).toBe('true');
    await screenshotPopup(zh, 'popup-zh.png');
    await zh.close();
    await options.selectOption('[data-testid="ui-language"]', 'en');
    await expect.poll(() => options.textContent('h1')).toBe('Review Sentinel settings');
  });

  it('deletes everything after confirming, and the popup starts over', async () => {
    await options.getByRole('button', { name: 'Delete all data' }).click();
    expect(await options.textContent('[data-testid="delete-all-confirm"]')).toMatch(
      /^This deletes 3 businesses, \d+ reviews, \d+ visits and \d+ alerts? from this browser\./,
    );
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => options.textContent('[data-testid="stored-counts"]')).toBe('0 businesses · 0 reviews stored');
    const store = await readStore(await browser.worker());
    expect(store.reviews).toEqual([]);
    const popup = await openPopup(browser, '');
    expect(await popup.textContent('[data-testid="empty"] h1')).toBe('No reviews captured yet');
    await popup.close();
  });
});
