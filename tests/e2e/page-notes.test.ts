/**
 * Issue 13.6 in real Chromium: the notes on a saved Google Maps page sit on the review, above
 * the owner's reply, and take the page's own look — light on the light page while the system
 * asks for dark, dark on the same page in Maps' dark colours while the system asks for light. A
 * positive review gets the quiet mark. One browser, one page, two loads.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativeLuminance, parseCssColor } from '@/utils/notes/page-theme';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { readStore } from '../support/extension';
import { renderFixture } from '../support/fixtures';
import { noteLooks, pageNotes } from '../support/notes';

const FILE = 'google-maps/restaurant-en.html';
const URL_LIGHT =
  'https://www.google.com/maps/place/The+Golden+Spoon+Bistro/@30.25,-97.75,17z/data=!4m8!3m7!1s0x8644b5a0a1b2c3d4:0x8e6273dccb2b7b1c!8m2!3d30.25!4d-97.75!9m1!1b1?entry=ttu';
const URL_DARK = `${URL_LIGHT}&theme=dark`;
const BUSINESS_KEY = 'google-maps:10259890293242034972';

/**
 * Google Maps' dark theme as the page paints it (its own colours: #202124 panes, #e8eaed text,
 * #303134 reply bubbles), laid over the saved page the way the site switches themes: one
 * style sheet and `color-scheme: dark`, the markup unchanged.
 */
const MAPS_DARK = `<style id="maps-dark">
  html { color-scheme: dark; }
  body, #side, .m6QErb { background: #202124 !important; color: #e8eaed; }
  .RfnDt, .rsqaWe, .DZSIDd { color: #9aa0a6; }
  .CDe7pd { background: #303134 !important; }
</style>`;

const luminance = (css: string): number => relativeLuminance(parseCssColor(css)!);

describe('notes on the page in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      if (host !== 'www.google.com' || !path.startsWith('/maps/place/The+Golden+Spoon+Bistro/')) return undefined;
      const html = renderFixture(FILE, { now: Date.now() });
      return { body: path.includes('theme=dark') ? html.replace('</head>', `${MAPS_DARK}</head>`) : html };
    });
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
    // The system asks for dark: the light page's notes must stay light all the same.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(URL_LIGHT);
    await waitFor(async () => (await readStore(await browser.worker())).reviews.filter((r) => r.businessKey === BUSINESS_KEY).length === 6, 'the Maps capture');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(`chrome.runtime.sendMessage({ type: 'page:set-role', businessKey: '${BUSINESS_KEY}', role: 'mine' })`);
    await options.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('puts the note between the review and the owner’s reply, light on a light page while the system is dark', async () => {
    await waitFor(async () => (await pageNotes(page)).length === 6, 'six notes on the page');
    // Where it is: in Kevin's card, right before the reply block, below his text and above the reply (as drawn).
    const where = (await page.evaluate(`(() => {
      const card = [...document.querySelectorAll('.jftiEf')].find((c) => c.textContent.includes('Kevin Turner'));
      const note = card.querySelector('review-sentinel-note');
      const reply = card.querySelector('.CDe7pd');
      const text = card.querySelector('.MyEned');
      const box = (el) => el.getBoundingClientRect();
      return {
        next: note.nextElementSibling === reply,
        notesInCard: card.querySelectorAll('review-sentinel-note').length,
        belowText: box(note).top >= box(text).bottom,
        aboveReply: box(note).bottom <= box(reply).top,
        insideReply: reply.contains(note),
      };
    })()`)) as Record<string, unknown>;
    expect(where).toEqual({ next: true, notesInCard: 1, belowText: true, aboveReply: true, insideReply: false });

    const looks = await noteLooks(page);
    const kevin = looks.find((n) => n.card.includes('We had a 7:30 reservation'))!;
    expect(kevin.text).toMatch(/^Review Sentinel Negative/);
    expect(kevin.className).toBe('note negative light');
    expect(luminance(kevin.background)).toBeGreaterThan(0.8);
    expect(luminance(kevin.color)).toBeLessThan(0.2);
    // A five-star review: the quiet mark, nothing more.
    const quiet = looks.filter((n) => n.className.includes('quiet'));
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.every((n) => n.text === '✓ Positive ×')).toBe(true);
  });

  it('turns dark on the page in Maps’ dark colours while the system asks for light', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(URL_DARK);
    await waitFor(async () => (await pageNotes(page)).length === 6, 'six notes on the dark page');
    const looks = await noteLooks(page);
    expect(looks.every((n) => n.className.split(' ').includes('dark'))).toBe(true);
    const kevin = looks.find((n) => n.card.includes('We had a 7:30 reservation'))!;
    expect(kevin.className).toBe('note negative dark');
    expect(luminance(kevin.background)).toBeLessThan(0.05);
    expect(luminance(kevin.color)).toBeGreaterThan(0.5);
    // Still above the reply.
    expect(
      await page.evaluate(
        `[...document.querySelectorAll('.jftiEf')].find((c) => c.textContent.includes('Kevin Turner')).querySelector('review-sentinel-note').nextElementSibling.className`,
      ),
    ).toBe('CDe7pd');
  });
});
