/**
 * A web page may be hostile, and so may its reviewers. In real Chromium with the built
 * extension: reviews whose text, author and links carry script tags, event handlers,
 * `javascript:` URLs, right-to-left overrides, spreadsheet formulas and 100 KB of text go
 * through capture, storage, the notification, the popup, the on-page notes, the options page
 * and both exports — nothing executes, nothing is HTML, the layouts hold. Then the boundary:
 * the page's own scripts cannot reach the extension, and a compromised content script's
 * malformed, oversized and spoofed messages are refused while the worker keeps working.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup, readStore, recordNotifications, recordedNotifications } from '../support/extension';
import { readFixture, renderFixture } from '../support/fixtures';
import { pageNotes } from '../support/notes';

const BIZ_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const BIZ_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';
const PWN = 'window.__pwned=(window.__pwned||0)+1';
const SCRIPT_TEXT = `<script>${PWN}</script> Terrible service <img src=x onerror="${PWN}"> <svg onload="${PWN}">`;
const AUTHOR = `\u202Egnp.exe\u202C <b onmouseover="${PWN}">Mallory</b>`;
const FORMULA = '=HYPERLINK("http://evil.example/steal","Click for a refund")';
const LONG = `${'The wait was endless and the soup was cold. '.repeat(2_300)}END`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Review cards built from the saved new-review card, with hostile author, text and link. */
function hostileCards(): string {
  const template = readFixture('yelp/new-review-1star.html');
  const card = (i: number, author: string, text: string, stars: number, href?: string) =>
    template
      .replaceAll('Zz9yY8xX7wW6vV5uU4tT3s', `Hostile${i}UserId000000`)
      .replace('>Brandon L.</a>', `>${escapeHtml(author)}</a>`)
      .replace('alt="Photo of Brandon L."', `alt="Photo of ${escapeHtml(author)}"`)
      .replace('aria-label="1 star rating"', `aria-label="${stars} star rating"`)
      .replace(/<span class="raw__09f24__T4Ezm" lang="en">[^<]*<\/span>/, `<span class="raw__09f24__T4Ezm" lang="en">${escapeHtml(text)}</span>`)
      .replace('<div class="y-css-1jr8hwg"', `${href ? `<a href="${href}" class="y-css-1x1e1r2">Share review</a>` : ''}<div class="y-css-1jr8hwg"`);
  return [
    card(1, AUTHOR, SCRIPT_TEXT, 1, `javascript:${PWN}//hrid=evil1`),
    card(2, 'Eve', FORMULA, 2, 'https://evil.example/biz/the-golden-spoon-bistro-austin?hrid=phish'),
    card(3, 'Trudy', LONG, 1),
  ].join('\n');
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate('window.__pwned');
}

describe('hostile reviews, through the whole path', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let hostile = false;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer((host, path) =>
      host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
        ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slotHtml: hostile ? { 'new-reviews': hostileCards() } : {} }) }
        : undefined,
    );
    browser = await launchWithExtension({ port: server.port });
    browser.context.on('page', (p) => p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))));
    page = await browser.context.newPage();
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await page.goto(BIZ_URL);
    await waitFor(async () => (await readStore(await browser.worker())).reviews.length === 8, 'the baseline');
    const popup = await openPopup(browser, `?business=${BIZ_KEY}`);
    await popup.getByRole('button', { name: 'This is my business' }).click();
    await popup.close();
    await recordNotifications(await browser.worker());
    hostile = true;
    await page.reload();
    await waitFor(async () => (await readStore(await browser.worker())).reviews.length === 11, 'the hostile reviews');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stores the hostile texts as text: links that are not https on Yelp left out, 100 KB kept as its start', async () => {
    const store = await readStore(await browser.worker());
    const byAuthor = (name: string) => store.reviews.find((r) => r.author.includes(name))!;
    expect(byAuthor('Mallory').text).toBe(SCRIPT_TEXT);
    expect(byAuthor('Mallory').url).toBeUndefined();
    expect(byAuthor('Eve').text).toBe(FORMULA);
    expect(byAuthor('Eve').url).toBeUndefined();
    const longOne = byAuthor('Trudy');
    expect(longOne.text.length).toBe(20_000);
    expect(longOne.truncated).toBe(true);
    expect(await pwned(page)).toBeUndefined();
  });

  it('raises one plain-text notification for the three, without the right-to-left trick', async () => {
    // The alert is shown after the reviews are stored (it reads them back), so it may trail the wait above.
    const worker = await browser.worker();
    await waitFor(async () => (await recordedNotifications(worker)).length > 0 || undefined, 'the notification');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const created = await recordedNotifications(worker);
    expect(created).toHaveLength(1);
    expect(created[0]!.title).toBe('3 new negative reviews: The Golden Spoon Bistro');
    expect(created[0]!.message).toContain('<script>');
    expect(created[0]!.message).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('shows them as text in the popup, which keeps its width', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await openPopup(browser, `?business=${BIZ_KEY}`, popup);
    const texts = await popup.locator('[data-testid="attention"] .review-text').allTextContents();
    expect(texts).toContain(SCRIPT_TEXT);
    expect(await popup.locator('[data-testid="attention"] .review-author').allTextContents()).toContain(AUTHOR);
    expect(await popup.locator('main img, main svg[onload], main b').count()).toBe(0);
    expect(await popup.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    const longText = popup.locator('[data-testid="attention"] .review-text', { hasText: /^The wait was endless/ });
    expect((await longText.boundingBox())!.height).toBeLessThan(100);
    // Drafting a reply to a hostile review: the name is not a name, the text stays text.
    await popup.locator('[data-testid="attention"] [data-testid="review"]', { hasText: 'Mallory' }).getByTestId('draft-reply').click();
    expect(await popup.locator('[data-testid="reply-text"]').inputValue()).toMatch(/^Hello, thank you/);
    expect(await pwned(popup)).toBeUndefined();
    await popup.close();
  });

  it('puts plain notes on the hostile cards and leaves the page as it was', async () => {
    const notes = await waitFor(async () => {
      const found = await pageNotes(page);
      return found.length === 11 && found;
    }, 'eleven notes');
    expect(notes.filter((n) => n.text.startsWith('Review Sentinel Negative'))).toHaveLength(6);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(await page.evaluate('window.innerWidth'));
    expect(await pwned(page)).toBeUndefined();
  });

  it('keeps a hostile name as text on the options page, and neutralises formulas in the CSV', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const row = options.locator(`[data-testid="business-row"][data-key="${BIZ_KEY}"]`);
    await row.getByRole('button', { name: /^Rename/ }).click();
    await row.getByRole('textbox').fill(`<img src=x onerror="${PWN}">`);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.locator('th .business-title').textContent()).toBe(`<img src=x onerror="${PWN}">`);
    expect(await options.locator('img').count()).toBe(0);

    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/steal"",""Click for a refund"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    const file = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { reviews: Array<{ text: string }> };
    expect(file.reviews.map((r) => r.text)).toContain(SCRIPT_TEXT);
    expect(await pwned(options)).toBeUndefined();
    await options.close();
    expect(dialogs).toEqual([]);
  });
});

/** Runs code in the extension's content-script world of `page`, as a compromised content script would. */
async function contentScriptWorld(page: Page): Promise<{ run<T>(expression: string): Promise<T>; close(): Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const world = await waitFor(
    async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')),
    'the content script world',
  );
  return {
    async run<T>(expression: string): Promise<T> {
      const result = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
        result: { value: T };
        exceptionDetails?: { text: string };
      };
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
      return result.result.value;
    },
    close: () => cdp.detach(),
  };
}

describe('the boundary', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer((host, path) =>
      host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
        ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now() }) }
        : undefined,
    );
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
    await page.goto(BIZ_URL);
    await waitFor(async () => (await readStore(await browser.worker())).reviews.length === 8, 'the capture');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers the page’s own scripts no way in', async () => {
    expect(await page.evaluate('typeof (window.chrome && window.chrome.runtime && window.chrome.runtime.sendMessage)')).toBe('undefined');
    expect(await page.evaluate('typeof (window.browser && window.browser.runtime)')).toBe('undefined');
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('refuses malformed, oversized and spoofed messages from a compromised content script, and keeps working', async () => {
    const world = await contentScriptWorld(page);
    const base = {
      type: 'capture:page',
      visitId: 'evil-visit',
      site: 'yelp',
      pageUrl: BIZ_URL,
      health: { looksLikeReviewPage: true, cardsFound: 1, cardsRead: 1, selectors: {}, status: 'ok' },
    };
    const business = { siteBusinessId: 'Zq3rT8wKp1LmNv7XyB2cDg', name: 'The Golden Spoon Bistro', url: BIZ_URL };
    const reviewOf = (over: Record<string, unknown>) => ({ siteReviewId: 'evil-1', author: 'Eve', rating: 1, text: 'Forged.', truncated: false, ...over });
    const captureWith = (reviews: unknown[], extra: Record<string, unknown> = {}) => ({
      ...base,
      ...extra,
      capture: { site: 'yelp', business, reviews, health: base.health },
    });
    const attempts: Array<[string, unknown, { ok: boolean; stored?: number }]> = [
      ['not an object', 'capture', { ok: false }],
      ['unknown type', { ...base, type: 'page:set-role', businessKey: BIZ_KEY, role: 'competitor' }, { ok: false }],
      ['no health', { ...captureWith([]), health: undefined }, { ok: false }],
      ['another site', captureWith([reviewOf({})], { site: 'google-maps' }), { ok: false }],
      ['a javascript: page url', captureWith([reviewOf({})], { pageUrl: 'javascript:alert(1)' }), { ok: false }],
      ['501 reviews', captureWith(Array.from({ length: 501 }, (_, i) => reviewOf({ siteReviewId: `evil-${i}` }))), { ok: false }],
      ['a 20,001-character text', captureWith([reviewOf({ text: 'x'.repeat(20_001) })]), { ok: true, stored: 0 }],
      ['a rating of 7', captureWith([reviewOf({ rating: 7 })]), { ok: true, stored: 0 }],
      ['a date in 2100', captureWith([reviewOf({ publishedAt: Date.UTC(2100, 0, 1), datePrecision: 'day' })]), { ok: true, stored: 0 }],
      ['an id with markup', captureWith([reviewOf({ siteReviewId: '<img src=x>' })]), { ok: true, stored: 0 }],
      ['a javascript: review link', captureWith([reviewOf({ url: 'javascript:alert(1)' })]), { ok: true, stored: 0 }],
      ['a review link off the site', captureWith([reviewOf({ url: 'https://evil.example/biz/x?hrid=1' })]), { ok: true, stored: 0 }],
      [
        'a business address off the site',
        { ...base, capture: { site: 'yelp', business: { ...business, url: 'https://evil.example/biz/x' }, reviews: [reviewOf({})], health: base.health } },
        { ok: false },
      ],
      ['a number for text', captureWith([reviewOf({ text: 42 })]), { ok: true, stored: 0 }],
      [
        'a business name of 10 KB',
        { ...base, capture: { site: 'yelp', business: { ...business, name: 'n'.repeat(10_000) }, reviews: [reviewOf({})], health: base.health } },
        { ok: false },
      ],
      [
        'a notes request for 6,000 ids',
        { type: 'capture:notes', site: 'yelp', siteBusinessId: business.siteBusinessId, siteReviewIds: Array.from({ length: 6_000 }, (_, i) => `r${i}`) },
        { ok: false },
      ],
    ];
    for (const [what, message, expected] of attempts) {
      const response = await world.run<{ ok: boolean; stored?: number }>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
      expect(response, what).toMatchObject(expected);
    }
    // A deeply nested object is refused too, not a crash.
    const nested = await world.run<{ ok: boolean }>(
      `(() => { let o = {}; for (let i = 0; i < 5000; i++) o = { capture: o }; return chrome.runtime.sendMessage({ ...${JSON.stringify(base)}, capture: o }); })()`,
    );
    expect(nested.ok).toBe(false);

    // Nothing bad was stored; the worker still takes a valid capture.
    const store = await readStore(await browser.worker());
    expect(store.reviews).toHaveLength(8);
    expect(store.reviews.some((r) => r.author === 'Eve')).toBe(false);
    expect(store.businesses.map((b) => b.role)).toEqual([undefined]);
    const ok = await world.run<{ ok: boolean; stored: number }>(
      `chrome.runtime.sendMessage(${JSON.stringify(captureWith([reviewOf({ siteReviewId: 'fine-1', rating: 4, text: 'Nice place.' })]))})`,
    );
    expect(ok).toMatchObject({ ok: true, stored: 1 });
    await world.close();
  });
});
