/**
 * A store of 100,000 reviews survives export and re-import intact, through the options page of
 * the built extension in Chromium: a three-year history of 50 businesses is imported, exported,
 * deleted and imported again from its own export, and every record comes back as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateExportFile } from '@/utils/validate';
import { EXPORT_FORMAT_VERSION, type ExportFile } from '@/utils/store/export';
import { buildBigExport } from '../support/big-export';
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { openPopup } from '../support/extension';

const BUSINESSES = 50;
const PER_BUSINESS = 2_000;
const TOTAL = BUSINESSES * PER_BUSINESS;

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

describe('100,000 reviews, exported and imported again', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let options: Page;
  const now = Date.now();
  const source = buildBigExport({ businesses: BUSINESSES, perBusiness: PER_BUSINESS, now });
  const sourceFile = join(tmpdir(), `rs-100k-${now}.json`);
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
      options.waitForEvent('download', { timeout: 120_000 }),
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

  it('imports the 100,000 reviews and exports every record as it was', async () => {
    await options.locator('[data-testid="import-file"]').setInputFiles(sourceFile);
    await expect.poll(status, { timeout: 240_000, interval: 500 }).toMatch(/^Import finished/);
    expect(await status()).toBe(
      `Import finished: ${BUSINESSES} businesses, ${TOTAL.toLocaleString('en-US')} reviews, ${expected.snapshots.length} visits and ${expected.alerts.length} alerts added; 0 already known.`,
    );
    expect(await options.textContent('[data-testid="stored-counts"]')).toBe(`${BUSINESSES} businesses · ${TOTAL.toLocaleString('en-US')} reviews stored`);

    const exported = records(await exportFile());
    expect(exported.reviews).toHaveLength(TOTAL);
    expect(exported).toEqual(expected);
  });

  it('deletes everything, imports its own export, and has the same store and the same figures', async () => {
    const popupBefore = await openPopup(browser, `?business=${source.businesses[0]!.key}`);
    const scoreBefore = await popupBefore.textContent('[data-testid="score"]');
    const knownBefore = await popupBefore.textContent('[data-testid="known"]');
    await popupBefore.close();
    const first = await exportFile();
    const firstFile = join(tmpdir(), `rs-100k-export-${now}.json`);
    writeFileSync(firstFile, JSON.stringify(first));

    await options.getByRole('button', { name: 'Delete all data' }).click();
    await options.getByTestId('delete-all-confirm').getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => options.textContent('[data-testid="stored-counts"]'), { timeout: 60_000, interval: 500 }).toBe('0 businesses · 0 reviews stored');

    await options.locator('[data-testid="import-file"]').setInputFiles(firstFile);
    await expect.poll(status, { timeout: 240_000, interval: 500 }).toMatch(/^Import finished/);
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
