/**
 * A large store survives export and re-import intact, through the options page of the built
 * extension in Chromium: a three-year history of 50 businesses is imported, exported, deleted and
 * imported again from its own export, and every record comes back as it was.
 *
 * The suite runs it with 10,000 reviews; `npm run bench:round-trip` runs the same test with
 * 100,000 (`RS_ROUND_TRIP_REVIEWS`) and prints how long each step took. Every limit follows the
 * amount of work, so a loaded machine makes it slower, not red.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateExportFile } from '@/utils/store/import-file';
import { EXPORT_FORMAT_VERSION, type ExportFile } from '@/utils/store/export';
import { buildBigExport } from '../support/big-export';
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup } from '../support/extension';

const BUSINESSES = 50;
const PER_BUSINESS = Math.max(1, Math.round(Number(process.env.RS_ROUND_TRIP_REVIEWS ?? 10_000) / BUSINESSES));
const TOTAL = BUSINESSES * PER_BUSINESS;
/** Limits per step: a fixed part plus a generous allowance per review (about 10× what a quiet machine needs). */
const STEP_MS = 60_000 + TOTAL * 3;
const TEST_MS = 3 * STEP_MS;
const timed = async <T>(what: string, step: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await step();
  console.log(`round trip of ${TOTAL.toLocaleString('en-US')} reviews: ${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

/** The records of a file in a comparable order, without what a store assigns itself (snapshot ids). */
function records(file: Pick<ExportFile, 'businesses' | 'snapshots' | 'reviews' | 'alerts'>) {
  const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    businesses: byKey(file.businesses),
    snapshots: file.snapshots
      .map(({ id: _id, ...s }) => s)
      .sort((a, b) => `${a.businessKey}|${a.capturedAt}`.localeCompare(`${b.businessKey}|${b.capturedAt}`)),
    reviews: byKey(file.reviews),
    alerts: [...file.alerts].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe(`${TOTAL.toLocaleString('en-US')} reviews, exported and imported again`, () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let options: Page;
  const now = Date.now();
  const source = buildBigExport({ businesses: BUSINESSES, perBusiness: PER_BUSINESS, now });
  const sourceFile = join(tmpdir(), `rs-round-trip-${now}.json`);
  // What the store must hold: the file as the import reads it (every field checked, `at` and `negative` derived).
  const expected = (() => {
    const checked = validateExportFile(source, now + 60_000, EXPORT_FORMAT_VERSION);
    if (!checked.ok) throw new Error(checked.reason);
    expect(checked.value.skipped).toBe(0);
    return records(checked.value);
  })();

  const status = () => options.locator('[data-testid="options-status"]').textContent();
  const exportFile = async (): Promise<ExportFile> => {
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: STEP_MS }),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    return JSON.parse(readFileSync((await download.path())!, 'utf8')) as ExportFile;
  };

  beforeAll(async () => {
    writeFileSync(sourceFile, JSON.stringify(source));
    server = await startFixtureServer(() => undefined);
    browser = await launchWithExtension({ port: server.port });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="stored-counts"]');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports the reviews and exports every record as it was', { timeout: TEST_MS }, async () => {
    await options.locator('[data-testid="import-file"]').setInputFiles(sourceFile);
    await timed('import', () => expect.poll(status, { timeout: STEP_MS, interval: 500 }).toMatch(/^Import finished/));
    expect(await status()).toBe(
      `Import finished: ${BUSINESSES} businesses, ${TOTAL.toLocaleString('en-US')} reviews, ${expected.snapshots.length} visits and ${expected.alerts.length} alerts added; 0 already known.`,
    );
    expect(await options.textContent('[data-testid="stored-counts"]')).toBe(`${BUSINESSES} businesses · ${TOTAL.toLocaleString('en-US')} reviews stored`);

    const exported = records(await timed('export', exportFile));
    expect(exported.reviews).toHaveLength(TOTAL);
    expect(exported).toEqual(expected);
  });

  it('deletes everything, imports its own export, and has the same store and the same figures', { timeout: TEST_MS }, async () => {
    const popupBefore = await openPopup(browser, `?business=${source.businesses[0]!.key}`);
    const scoreBefore = await popupBefore.textContent('[data-testid="score"]');
    const knownBefore = await popupBefore.textContent('[data-testid="known"]');
    await popupBefore.close();
    const first = await exportFile();
    const firstFile = join(tmpdir(), `rs-round-trip-export-${now}.json`);
    writeFileSync(firstFile, JSON.stringify(first));

    await options.getByRole('button', { name: 'Delete all data' }).click();
    await options.getByTestId('delete-all-confirm').getByRole('button', { name: 'Delete everything' }).click();
    await timed('delete all', () =>
      expect.poll(() => options.textContent('[data-testid="stored-counts"]'), { timeout: STEP_MS, interval: 500 }).toBe('0 businesses · 0 reviews stored'),
    );

    await options.locator('[data-testid="import-file"]').setInputFiles(firstFile);
    await timed('import of its own export', () => expect.poll(status, { timeout: STEP_MS, interval: 500 }).toMatch(/^Import finished/));
    expect(await status()).toMatch(new RegExp(`^Import finished: ${BUSINESSES} businesses, ${TOTAL.toLocaleString('en-US')} reviews`));
    const second = await exportFile();
    expect(records(second)).toEqual(records(first));

    const popupAfter = await openPopup(browser, `?business=${source.businesses[0]!.key}`);
    expect(await popupAfter.textContent('[data-testid="score"]')).toBe(scoreBefore);
    expect(await popupAfter.textContent('[data-testid="known"]')).toBe(knownBefore);
    expect(knownBefore).toBe(`${PER_BUSINESS.toLocaleString('en-US')} reviews known`);
    await popupAfter.close();
  });
});
