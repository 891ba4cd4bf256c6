/**
 * Issue 13, points 1, 2 and 8 in real Chromium with the built extension, the popup opened as a
 * tab at 400 × 600 (the toolbar popup's largest height): above the fold, by bounding boxes, the
 * business's state line, the first review to handle and its actions; on a first visit, "This is
 * my business". The list of businesses as the morning check, its rows in attention order with
 * their figures. No "Loading…" when a remembered view exists, and the cumulative layout shift
 * (PerformanceObserver 'layout-shift', buffered) of the daily view and the list at 0.05 at most.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteState } from '@/utils/reputation/site-state';
import { compareRows, type DashboardRow } from '@/utils/views/dashboard';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { readStore } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { buildHistory, HISTORY } from '../support/history';

const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const FOLD = 600;
const MAX_CLS = 0.05;

interface Shift {
  value: number;
  sources: string[];
}

/** Records whether "Loading…" was ever on screen, from the page's first script on. */
function watchLoading(): void {
  const w = window as unknown as { __loadingSeen: boolean };
  w.__loadingSeen = false;
  new MutationObserver(() => {
    if (document.body?.textContent?.includes('Loading…')) w.__loadingSeen = true;
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Every layout shift since the page started (buffered), without those right after input. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        const out: Shift[] = [];
        type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Entry[]) {
            if (e.hadRecentInput) continue;
            const sources = (e.sources ?? []).map((s) => {
              const el = s.node instanceof Element ? s.node : s.node?.parentElement;
              return el ? `${el.tagName.toLowerCase()}.${el.className}[${el.getAttribute('data-testid') ?? ''}]` : '?';
            });
            out.push({ value: e.value, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(out), 200);
      }),
  );
}

async function bottom(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box, 'the element is rendered').not.toBeNull();
  return box!.y + box!.height;
}

describe('the popup, action first, in Chromium at 400 × 600', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let spoonKey = '';
  const cls: Record<string, number> = {};

  beforeAll(async () => {
    const history = await buildHistory(Date.now());
    const file = join(tmpdir(), `review-sentinel-action-first-${process.pid}.json`);
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
    await waitFor(async () => /^Import finished/.test((await options.locator('[data-testid="options-status"]').textContent()) ?? ''), 'the import', 30_000);
    await options.close();
    // A business seen for the first time: nobody has said whose it is.
    const page = await browser.context.newPage();
    await page.goto(YELP_URL);
    const worker = await browser.worker();
    spoonKey = await waitFor(async () => (await readStore(worker)).businesses.find((b) => b.name === 'The Golden Spoon Bistro')?.key, 'the Yelp capture');
    await page.close();
  });

  afterAll(async () => {
    console.log('popup cumulative layout shift:', JSON.stringify(cls));
    await browser?.close();
    await server?.close();
  });

  /** Opens the popup as a 400 × 600 tab and waits for the fresh view and every part loaded after it. */
  async function open(query: string, settled: string): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: FOLD });
    await popup.addInitScript(watchLoading);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
    await popup.waitForSelector('main[aria-busy="false"]');
    await popup.waitForSelector(settled);
    // Late parts (the comparison's own load, the scheduled-check words) have had their frames.
    await popup.waitForTimeout(400);
    return popup;
  }

  async function measure(name: string, popup: Page): Promise<void> {
    const shifts = await layoutShifts(popup);
    const total = shifts.reduce((n, s) => n + s.value, 0);
    cls[name] = Math.round(total * 10_000) / 10_000;
    console.log(`layout shift, ${name}: ${cls[name]}`, shifts.length ? JSON.stringify(shifts) : '');
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_CLS);
  }

  it('on a first visit puts “This is my business” above the fold', async () => {
    const popup = await open(`?business=${encodeURIComponent(spoonKey)}`, '[data-testid="chart"]');
    expect(await popup.textContent('[data-testid="business-name"]')).toBe('The Golden Spoon Bistro');
    const claim = popup.getByRole('button', { name: 'This is my business' });
    expect(await bottom(popup.getByTestId('state-line'))).toBeLessThanOrEqual(FOLD);
    expect(await bottom(claim)).toBeLessThanOrEqual(FOLD);
    // Before the reviews: claiming is the first thing to do.
    expect(await bottom(claim)).toBeLessThan((await popup.getByTestId('attention').boundingBox())!.y + 1);
    await measure('first visit', popup);
    await claim.click();
    await expect.poll(async () => (await readStore(await browser.worker())).businesses.find((b) => b.key === spoonKey)?.role).toBe('mine');
    await popup.close();
  });

  it('shows the daily view’s state line, the first review to handle and its actions above the fold, without “Loading…” or layout shift', async () => {
    const query = `?business=${encodeURIComponent(HISTORY.lucia.key)}`;
    // The first opening is remembered; the next paints that at once, then the fresh figures.
    await (await open(query, '[data-testid="comparison"]')).close();
    const popup = await open(query, '[data-testid="comparison"]');
    expect(await popup.evaluate(() => (window as unknown as { __loadingSeen: boolean }).__loadingSeen)).toBe(false);

    const line = popup.getByTestId('state-line');
    expect(await bottom(line)).toBeLessThanOrEqual(FOLD);
    const score = Number(await popup.textContent('[data-testid="state-score"]'));
    expect(score).toBe(Number(await popup.textContent('[data-testid="score"]')));
    expect(await popup.textContent('[data-testid="state-band"]')).toBe(await popup.textContent('[data-testid="band"]'));
    expect(await popup.textContent('[data-testid="state-change"]')).toMatch(/since you looked (just now|\d+ seconds? ago)$/);

    const first = popup.locator('[data-testid="attention"] [data-testid="review"]').first();
    expect(await bottom(first)).toBeLessThanOrEqual(FOLD);
    for (const part of ['.stars', '[data-testid="review-site"]', '.review-date', '.review-text'])
      expect(await bottom(first.locator(part))).toBeLessThanOrEqual(FOLD);
    // One line of its text.
    const text = first.locator('.review-text');
    const lineHeight = await text.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.2);
    expect((await text.boundingBox())!.height).toBeLessThanOrEqual(lineHeight * 1.5);
    // Its actions: open it on the site, draft a reply (unless it is answered already), done.
    const answered = (await first.locator('.chip', { hasText: 'Replied' }).count()) > 0;
    console.log('the first review to handle:', await first.textContent());
    expect(await first.getByTestId('draft-reply').count()).toBe(answered ? 0 : 1);
    const drafted = popup.locator('[data-testid="attention"] [data-testid="review"]', { has: popup.getByTestId('draft-reply') }).first();
    const actions = [first.getByRole('link', { name: /^Open .+’s review on / }), drafted.getByTestId('draft-reply'), first.getByTestId('mark-done')];
    for (const action of actions) expect(await bottom(action)).toBeLessThanOrEqual(FOLD);
    // The reasons and the risk come after.
    expect((await popup.getByTestId('score').boundingBox())!.y).toBeGreaterThan((await first.boundingBox())!.y);
    await measure('daily view', popup);
    await popup.close();
  });

  it('lists the businesses as the morning check: one row per place, its figures, in attention order, without “Loading…” or layout shift', async () => {
    await (await open('?view=list', '[data-testid="business-list"]')).close();
    const popup = await open('?view=list', '[data-testid="business-list"]');
    expect(await popup.evaluate(() => (window as unknown as { __loadingSeen: boolean }).__loadingSeen)).toBe(false);
    const sections = popup.locator('[data-testid="business-list"] section');
    expect(await sections.locator('h2').allTextContents()).toEqual(['Your businesses', 'Competitors']);
    // Trattoria Lucia on Yelp and Google Maps is one row; the Golden Spoon was just marked as the owner's.
    const names = await popup.locator('.business-row-name').allTextContents();
    expect(names.sort()).toEqual(['Pizzeria Roma', 'The Golden Spoon Bistro', 'Trattoria Lucia']);
    expect(await popup.locator('[data-testid="pick-mine"]').count()).toBe(0);

    const count = (text: string | null): number => Number(/\d+/.exec(text ?? '')?.[0] ?? 0);
    for (let s = 0; s < (await sections.count()); s++) {
      const rows = sections.nth(s).getByTestId('place-row');
      const figures: DashboardRow[] = [];
      const nothing = new Map<string, boolean>();
      for (let i = 0; i < (await rows.count()); i++) {
        const row = rows.nth(i);
        const scoreText = (await row.getByTestId('row-score').textContent()) ?? '';
        const states = await row.locator('[data-testid^="row-state-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(10)));
        figures.push({
          key: (await row.getAttribute('data-key'))!,
          name: (await row.locator('.business-row-name').textContent())!,
          sites: states.map((kind) => ({ kind }) as SiteState),
          trust: 'current',
          band: 'yellow',
          score: /^\d+ · /.test(scoreText) ? Number(scoreText.split(' ')[0]) : undefined,
          urgent: (await row.getByTestId('row-urgent').count()) ? count(await row.getByTestId('row-urgent').textContent()) : 0,
          newNegatives: (await row.getByTestId('row-new').count()) ? count(await row.getByTestId('row-new').textContent()) : 0,
          unanswered: (await row.getByTestId('row-to-answer').count()) ? count(await row.getByTestId('row-to-answer').textContent()) : 0,
        });
        nothing.set(figures.at(-1)!.key, (await row.getByTestId('row-nothing').count()) > 0);
      }
      for (let i = 1; i < figures.length; i++) expect(compareRows(figures[i - 1]!, figures[i]!), JSON.stringify(figures)).toBeLessThanOrEqual(0);
      if (s === 0) {
        expect(figures.map((f) => f.name).sort()).toEqual(['The Golden Spoon Bistro', 'Trattoria Lucia']);
        // Each row's figures are its own view's: the group's row (led by either site) has both sites, the score its view shows.
        const lucia = figures.find((f) => f.name === 'Trattoria Lucia')!;
        expect([HISTORY.lucia.key, HISTORY.luciaMaps.key]).toContain(lucia.key);
        expect(lucia.sites).toHaveLength(2);
        const view = await open(`?business=${encodeURIComponent(lucia.key)}`, '[data-testid="chart"]');
        expect(Number(await view.textContent('[data-testid="state-score"]'))).toBe(lucia.score);
        const unread = view.getByTestId('unread');
        expect((await unread.count()) ? count(await unread.textContent()) : 0).toBe(lucia.newNegatives);
        await view.close();
        // A row says nothing is waiting only when its own "Needs a look" lists no review (the Golden Spoon had two unanswered).
        for (const place of figures) {
          const own = await open(`?business=${encodeURIComponent(place.key)}`, '[data-testid="chart"]');
          const listed = await own.locator('[data-testid="attention"] [data-testid="review"]').count();
          console.log(`${place.name}: ${listed} in Needs a look; row: urgent ${place.urgent}, new ${place.newNegatives}, to answer ${place.unanswered}`);
          expect(nothing.get(place.key), place.name).toBe(listed === 0);
          if (listed > 0) expect(place.urgent + place.newNegatives + place.unanswered, place.name).toBeGreaterThan(0);
          await own.close();
        }
      }
    }
    for (const row of await popup.getByTestId('place-row').all()) expect((await row.boundingBox())!.height).toBeGreaterThan(20);
    expect(await bottom(popup.getByTestId('place-row').first())).toBeLessThanOrEqual(FOLD);
    await measure('list', popup);
    await popup.close();
  });
});
