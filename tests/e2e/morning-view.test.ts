/**
 * Issue 13, points 3–5 in real Chromium with the built extension: the popup as rendered —
 * every visible piece of text at 13 px or more (Chrome styles extension pages' body at 75%),
 * the business name never smaller than its metadata, stars at 3:1 or more against what they
 * sit on, in the light and the dark theme; every review of a combined view names its site; a
 * long review opens in place. The chart's dates, scales and read-out by pointer and keyboard.
 * Replies: the owner's signature and own words from the options page in a draft, and no draft
 * on a competitor's review.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup, readStore } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { buildHistory, HISTORY } from '../support/history';
import { fontSizesOf, METADATA_SELECTOR, MIN_TEXT_PX, renderedTextSizes, type TextSize } from '../support/text-sizes';

const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const MIN_PX = MIN_TEXT_PX;

const renderedSizes = (page: Page): Promise<TextSize[]> => page.evaluate(renderedTextSizes);

/** Each run of star glyphs with its contrast against the first opaque background behind it (WCAG's formula). */
function starContrasts(page: Page): Promise<Array<{ kind: string; ratio: number }>> {
  return page.evaluate(() => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]): number => {
      const f = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const behind = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll('.stars > span')]
      .filter((s) => s.textContent)
      .map((s) => {
        const [a, b] = [lum(rgb(getComputedStyle(s).color)), lum(behind(s))];
        return { kind: s.className || 'filled', ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
  });
}

const px = (page: Page, selector: string): Promise<number[]> => page.evaluate(fontSizesOf, selector);

describe('the morning view, legible, in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let options: Page;
  let spoonKey = '';
  const measured: Record<string, { min: number; name: number; stars: number }> = {};

  beforeAll(async () => {
    const history = await buildHistory(Date.now());
    const file = join(tmpdir(), `review-sentinel-morning-${process.pid}.json`);
    writeFileSync(file, history.file);
    server = await startFixtureServer((host, path) =>
      host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
        ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now() }) }
        : undefined,
    );
    browser = await launchWithExtension({ port: server.port });
    options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 1400 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid="import-file"]').setInputFiles(file);
    await waitFor(async () => /^Import finished/.test((await options.locator('[data-testid="options-status"]').textContent()) ?? ''), 'the import', 30_000);
    // A real captured page too: its long 2★ review is the one to open in place.
    const page = await browser.context.newPage();
    await page.goto(YELP_URL);
    const worker = await browser.worker();
    spoonKey = await waitFor(async () => (await readStore(worker)).businesses.find((b) => b.name === 'The Golden Spoon Bistro')?.key, 'the Yelp capture');
    await page.close();
  });

  afterAll(async () => {
    if (Object.keys(measured).length) console.log('rendered popup text (px):', JSON.stringify(measured));
    await browser?.close();
    await server?.close();
  });

  async function popupOf(key: string, scheme: 'light' | 'dark'): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await openPopup(browser, `?business=${key}`, popup);
    await popup.waitForSelector('[data-testid="chart"]');
    // Everything that can be opened, opened: its text is measured too.
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const all = popup.locator('[data-testid="show-all"]');
    if (await all.count()) await all.click();
    return popup;
  }

  it.each(['light', 'dark'] as const)('renders no text under 13 px, the name above its metadata and stars at 3:1 or more (%s)', async (scheme) => {
    const popup = await popupOf(HISTORY.lucia.key, scheme);
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(27, 28, 31)' : 'rgb(255, 255, 255)');

    const sizes = await renderedSizes(popup);
    expect(sizes.length).toBeGreaterThan(100);
    expect(sizes.filter((s) => s.px < MIN_PX - 0.01)).toEqual([]);
    const body = sizes.filter((s) => s.where.startsWith('p.review-text'));
    expect(body.length).toBeGreaterThan(5);
    expect(new Set(body.map((s) => s.px))).toEqual(new Set([14]));

    const [name] = await px(popup, '[data-testid="business-name"]');
    const metadata = await px(popup, METADATA_SELECTOR);
    expect(metadata.length).toBeGreaterThan(10);
    expect(name).toBeGreaterThanOrEqual(Math.max(...metadata));

    const stars = await starContrasts(popup);
    expect(stars.some((s) => s.kind === 'filled') && stars.some((s) => s.kind === 'stars-empty')).toBe(true);
    expect(stars.filter((s) => s.ratio < 3)).toEqual([]);
    measured[scheme] = { min: Math.min(...sizes.map((s) => s.px)), name: name!, stars: Math.round(Math.min(...stars.map((s) => s.ratio)) * 100) / 100 };

    // The combined view of Yelp and Google Maps: every review says which site it is on.
    const reviews = popup.locator('[data-testid="attention"] [data-testid="review"]');
    expect(await reviews.count()).toBeGreaterThan(5);
    expect(new Set(await popup.locator('[data-testid="attention"] [data-testid="review-site"]').allTextContents())).toEqual(new Set(['Yelp', 'Google Maps']));
    expect(await popup.locator('[data-testid="attention"] [data-testid="review-site"]').count()).toBe(await reviews.count());
    await popup.close();
  });

  it('opens a long review in place and closes it again', async () => {
    const popup = await popupOf(spoonKey, 'light');
    const sizes = await renderedSizes(popup);
    expect(sizes.filter((s) => s.px < MIN_PX - 0.01)).toEqual([]);
    const review = popup.locator('[data-testid="attention"] [data-testid="review"]', { hasText: 'I really wanted to like this place' });
    const text = review.locator('.review-text');
    const before = (await text.boundingBox())!.height;
    const more = review.getByTestId('review-more');
    expect(await more.textContent()).toBe('Show the whole review');
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const after = (await text.boundingBox())!.height;
    expect(after).toBeGreaterThan(before * 1.5);
    expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await more.click();
    expect((await text.boundingBox())!.height).toBeCloseTo(before, 0);
    // The list shows one line of each review (issue 13.1): only a review cut short has something to
    // open, and every one cut short has it.
    const cut = await popup.locator('[data-testid="attention"] [data-testid="review"]').evaluateAll((els) =>
      els.map((el) => {
        const p = el.querySelector('.review-text')!;
        return { cut: p.scrollHeight > p.clientHeight + 1, more: el.querySelector('[data-testid="review-more"]') !== null };
      }),
    );
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.filter((r) => r.cut !== r.more)).toEqual([]);
    await popup.close();
  });

  it('draws the chart with dates and scales, and reads out the period pointed at or stepped to', async () => {
    const popup = await popupOf(HISTORY.lucia.key, 'light');
    const ticks = await popup.locator('[data-testid="chart-svg"] text.tick').allTextContents();
    expect(ticks.slice(0, 6)).toEqual(['5★', '3★', '1★', '+1', '0', '-1']);
    // The busiest day's count, then three dates: 89 days ago, the middle, today.
    expect(ticks).toHaveLength(10);
    const format = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    expect(ticks.slice(7)).toEqual([format.format(today - 89 * 86_400_000), format.format(today - 44 * 86_400_000), format.format(today)]);

    const readout = popup.getByTestId('chart-readout');
    expect(await readout.textContent()).toMatch(/^Point at a bar/);
    // The pointer on the tallest bar: its day and its count.
    const bars = popup.locator('[data-testid="chart-svg"] rect.bar');
    const heights = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
    const tallest = bars.nth(heights.indexOf(Math.max(...heights)));
    await tallest.scrollIntoViewIfNeeded();
    const box = (await tallest.boundingBox())!;
    await popup.mouse.move(box.x + box.width / 2, box.y + box.height - 1);
    expect(await readout.textContent()).toMatch(new RegExp(`^[A-Z][a-z]{2} \\d{1,2}: ${ticks[6]} reviews?, \\d+ negative`));

    // The keyboard: focus lands on today, the arrows walk back a day at a time.
    await popup.mouse.move(0, 0);
    const plot = popup.getByRole('slider', { name: 'Reviews by day or week' });
    await plot.focus();
    expect(await readout.textContent()).toMatch(new RegExp(`^${format.format(today)}: `));
    await popup.keyboard.press('ArrowLeft');
    expect(await readout.textContent()).toMatch(new RegExp(`^${format.format(today - 86_400_000)}: \\d+ reviews?, \\d+ negative`));
    expect(await plot.getAttribute('aria-valuetext')).toBe(await readout.textContent());
    await popup.keyboard.press('Home');
    expect(await readout.textContent()).toMatch(new RegExp(`^${format.format(today - 89 * 86_400_000)}: `));
    await popup.close();
  });

  it('puts the owner’s signature and own words from the options page into a draft', async () => {
    const panel = options.getByTestId('replies-panel');
    await panel.getByTestId('reply-signature').fill('Marco Rossi, owner');
    await panel.getByTestId('save-signature').click();
    await expect.poll(() => panel.getByTestId('replies-status').textContent()).toBe('Saved: drafts are signed with your signature.');
    // Own words for every complaint in English, so whatever the review is about, they are used.
    await panel.getByTestId('reply-template-lang').selectOption('en');
    const topics = await panel
      .getByTestId('reply-topic')
      .locator('option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(topics).toHaveLength(9);
    for (const topic of topics) {
      await panel.getByTestId('reply-topic').selectOption(topic);
      await panel.getByTestId('reply-template-text').fill(`Our own words about ${topic}.`);
      await panel.getByTestId('save-template').click();
      await expect.poll(() => panel.getByTestId('replies-status').textContent()).toMatch(/^Saved: your words for .+ \(English\)\.$/);
    }
    expect(await panel.locator('[data-testid="reply-templates"] li').count()).toBe(9);

    const popup = await popupOf(HISTORY.lucia.key, 'light');
    const first = popup.locator('[data-testid="attention"] [data-testid="review"]').first();
    await first.getByTestId('draft-reply').click();
    await popup.getByTestId('reply-language').selectOption('en');
    const draft = await popup.getByTestId('reply-text').inputValue();
    expect(draft).toMatch(/Our own words about (general|service|waiting|cleanliness|price|quality|booking|ambience|location)\./);
    expect(draft.endsWith('please get in touch with us directly.\nMarco Rossi, owner')).toBe(true);
    expect(draft).not.toContain('Trattoria Lucia team');
    await popup.close();
  });

  it('offers no draft and no reply link on a competitor’s reviews', async () => {
    const popup = await popupOf(HISTORY.roma.key, 'light');
    expect(await popup.getByTestId('business-name').textContent()).toBe('Pizzeria Roma');
    const reviews = popup.locator('[data-testid="attention"] [data-testid="review"]');
    expect(await reviews.count()).toBeGreaterThan(0);
    expect(await popup.locator('[data-testid="draft-reply"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="reply-on-site"]').count()).toBe(0);
    // The owner's own reviews do get both, linked to the site's business tools.
    const mine = await popupOf(HISTORY.lucia.key, 'light');
    expect(await mine.locator('[data-testid="attention"] [data-testid="draft-reply"]').count()).toBeGreaterThan(0);
    expect(
      new Set(await mine.locator('[data-testid="attention"] [data-testid="reply-on-site"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')))),
    ).toEqual(new Set(['https://biz.yelp.com/', 'https://business.google.com/reviews']));
    await popup.close();
    await mine.close();
  });
});
