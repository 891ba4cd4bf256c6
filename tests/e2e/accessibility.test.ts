/**
 * Issue 13, point 7 in real Chromium with the built extension: axe-core on the popup in each of
 * its states — empty (first run), first visit (a business just read, not marked yet), the daily
 * view (the owner's two sites over four months, every section open, a reply draft open), the list
 * of businesses — and on the options page (with a rename form and a delete confirmation open),
 * each in the light and the dark theme. Any serious or critical violation fails the test; every
 * violation found is printed. One browser, one popup page switched between states and themes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup, readStore } from '../support/extension';
import { FIXTURES_DIR, renderFixture } from '../support/fixtures';
import { buildHistory, HISTORY } from '../support/history';

const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const YELP_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';
const THEMES = ['light', 'dark'] as const;
/** The saved 1★ card turned into an urgent one (an allergic reaction), so its red "Urgent" mark is checked too. */
const URGENT_CARD = readFileSync(join(FIXTURES_DIR, 'yelp/new-review-1star.html'), 'utf8').replace(
  /Waited over an hour[^<]*/,
  'My son had an allergic reaction to the pesto although we told the server twice about his nut allergy. We ended up in the ER.',
);

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

interface AxeResult {
  violations: Violation[];
  /** Rules that passed, and text whose contrast axe could measure (passed) or could not (left for review). */
  passedRules: number;
  contrast: { passed: number; unsure: number; why: string[] };
}

/** axe-core on the page as it is now (injected once per document). */
async function runAxe(page: Page): Promise<AxeResult> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const engine = (globalThis as unknown as { axe: typeof axe }).axe;
    const results = await engine.run(document);
    const nodes = (list: typeof results.passes, id: string): number => list.find((r) => r.id === id)?.nodes.length ?? 0;
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
      })),
      passedRules: results.passes.length,
      contrast: {
        passed: nodes(results.passes, 'color-contrast'),
        unsure: nodes(results.incomplete, 'color-contrast'),
        why: [...new Set(results.incomplete.find((r) => r.id === 'color-contrast')?.nodes.map((n) => n.any[0]?.message ?? '') ?? [])].slice(0, 3),
      },
    };
  });
}

describe('accessibility (axe-core) in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let popup: Page;
  const found: Record<string, AxeResult> = {};

  beforeAll(async () => {
    server = await startFixtureServer((host, path) =>
      host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin'
        ? { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slotHtml: { 'new-reviews': URGENT_CARD } }) }
        : undefined,
    );
    browser = await launchWithExtension({ port: server.port });
    popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
  });

  afterAll(async () => {
    for (const [state, { violations: list, passedRules, contrast }] of Object.entries(found)) {
      const summary = list.length ? list.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`).join(', ') : 'no violations';
      console.log(
        `axe ${state}: ${summary}; ${passedRules} rules passed, contrast measured on ${contrast.passed} elements (${contrast.unsure} left unsure${contrast.why.length ? `: ${contrast.why.join(' | ')}` : ''})`,
      );
      for (const v of list) console.log(`  ${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target} — ${n.summary}`).join('\n')}`);
    }
    await browser?.close();
    await server?.close();
  });

  /** Runs axe in both themes on what `page` shows; fails on serious or critical violations. */
  async function check(page: Page, state: string): Promise<void> {
    // The whole page in view, the popup unscrolled: axe measures contrast only on what it can see.
    await page.addStyleTag({ content: '.popup { max-height: none !important; }' });
    const width = page.viewportSize()?.width ?? 400;
    await page.setViewportSize({ width, height: Math.max(600, await page.evaluate(() => document.documentElement.scrollHeight)) });
    for (const scheme of THEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await runAxe(page);
      found[`${state} (${scheme})`] = result;
      expect(result.contrast.passed).toBeGreaterThan(0);
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    }
  }

  it('finds nothing serious on the empty popup (first run)', async () => {
    await openPopup(browser, '', popup);
    await popup.waitForSelector('[data-testid="empty"]');
    await check(popup, 'empty');
  });

  it('finds nothing serious on a first visit (a business just read, not marked)', async () => {
    const page = await browser.context.newPage();
    await page.goto(YELP_URL);
    await waitFor(async () => {
      const stored = (await readStore(await browser.worker())).reviews.filter((r) => r.businessKey === YELP_KEY).length;
      if (stored === 9) return true;
      throw new Error(`${stored} of 9 reviews stored`);
    }, 'the Yelp capture');
    await page.close();
    await openPopup(browser, `?business=${YELP_KEY}`, popup);
    expect(await popup.getByRole('button', { name: 'This is my business' }).getAttribute('aria-pressed')).toBe('false');
    expect(await popup.getByTestId('urgent-chip').count()).toBe(1);
    await check(popup, 'first visit');
  });

  it('finds nothing serious on the daily view, every section and a reply draft open, nor on the list', async () => {
    const history = await buildHistory(Date.now());
    const file = join(tmpdir(), `review-sentinel-a11y-${process.pid}.json`);
    writeFileSync(file, history.file);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid="import-file"]').setInputFiles(file);
    await waitFor(
      async () => {
        const status = (await options.locator('[data-testid="options-status"]').textContent()) ?? '';
        if (/^Import finished/.test(status)) return true;
        throw new Error(`the options page says "${status}"`);
      },
      'the import',
      60_000,
    );
    await options.close();

    await openPopup(browser, `?business=${HISTORY.lucia.key}`, popup);
    await popup.waitForSelector('[data-testid="chart"]');
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await popup.getByTestId('show-all').click();
    await popup.locator('[data-testid="risk-signal"] button').first().click();
    await popup.locator('[data-testid="attention"] [data-testid="draft-reply"]').first().click();
    await popup.waitForSelector('[data-testid="reply-text"]');
    await check(popup, 'daily view');
    // In the real browser too: the open draft holds focus; Escape closes it and focus is back on its button.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reply-text');
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('[data-testid="reply-draft"]', { state: 'detached' });
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Draft a reply to \S/);

    await popup.selectOption('[data-testid="switcher"]', '__list__');
    await popup.waitForSelector('[data-testid="business-list"]');
    await check(popup, 'list');
  });

  it('finds nothing serious on the options page, with a rename form and a delete confirmation open', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 1400 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="business-row"]');
    const rows = options.locator('[data-testid="business-row"]');
    await rows
      .nth(0)
      .getByRole('button', { name: /^Rename/ })
      .click();
    await rows.nth(1).getByTestId('delete').click();
    await options.getByRole('button', { name: 'Delete all data' }).click();
    await options.waitForSelector('[data-testid="delete-all-confirm"]');
    await check(options, 'options');
    await options.close();
  });
});
