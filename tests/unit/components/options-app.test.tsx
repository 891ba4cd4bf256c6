// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/OptionsApp';
import { loadSettings } from '@/utils/settings';
import { closeDb, getDb } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { setBusinessRole } from '@/utils/store/queries';
import type { PageMessage } from '@/utils/messages';
import { business, ingestInput, review } from '../../support/factories';
import { renderUi } from '../../support/render';
import { SEED_NOW, seededStore } from '../../support/seeded';

let downloads: Array<{ name: string; text: Promise<string> }> = [];

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  localStorage.clear();
  downloads = [];
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Review Sentinel', version: '0.1.0' });
  // The background's part: roles go through it (it also tells open tabs about their notes).
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const m = message as PageMessage;
    if (m.type === 'page:set-role') await setBusinessRole(await getDb(), m.businessKey, m.role);
    return { ok: true };
  });
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: blob!.text() });
  });
  const { db } = await seededStore(await getDb());
  await ingestCapture(
    db,
    ingestInput([review('g1', { rating: 4 })], {
      site: 'google-maps',
      visitId: 'g',
      now: SEED_NOW,
      business: business({ siteBusinessId: '0x9:0x8', name: 'Trattoria Lucia', url: 'https://www.google.com/maps/place/Trattoria+Lucia' }),
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const row = (key: string) => screen.getAllByTestId('business-row').find((r) => r.getAttribute('data-key') === key)!;

describe('the options page', () => {
  it('lists the businesses and lets the owner mark, group, rename and delete them', async () => {
    renderUi(<OptionsApp />);
    await waitFor(() => expect(screen.getAllByTestId('business-row')).toHaveLength(2));
    const yelp = () => row('yelp:biz-1');
    const google = () => row('google-maps:0x9:0x8');
    expect(within(yelp()).getAllByRole('cell')[2]!.textContent).toBe('8');
    expect((within(yelp()).getByTestId('role-select') as HTMLSelectElement).value).toBe('mine');

    fireEvent.change(within(google()).getByTestId('role-select'), { target: { value: 'competitor' } });
    await waitFor(async () => expect((await (await getDb()).get('businesses', 'google-maps:0x9:0x8'))!.role).toBe('competitor'));
    expect((within(google()).getByTestId('role-select') as HTMLSelectElement).value).toBe('competitor');

    // The same place on two sites.
    fireEvent.change(within(yelp()).getByTestId('group-select'), { target: { value: 'google-maps:0x9:0x8' } });
    await waitFor(() => expect((within(google()).getByTestId('group-select') as HTMLSelectElement).value).toBe('yelp:biz-1'));
    const [a, b] = await Promise.all([(await getDb()).get('businesses', 'yelp:biz-1'), (await getDb()).get('businesses', 'google-maps:0x9:0x8')]);
    expect(a!.group).toBeTruthy();
    expect(a!.group).toBe(b!.group);
    fireEvent.change(within(google()).getByTestId('group-select'), { target: { value: '' } });
    await waitFor(async () => expect((await (await getDb()).get('businesses', 'yelp:biz-1'))!.group).toBeUndefined());

    fireEvent.click(within(yelp()).getByRole('button', { name: 'Rename: Trattoria Lucia' }));
    fireEvent.input(within(yelp()).getByLabelText('Name shown for Trattoria Lucia'), { target: { value: '  Lucia (Main St)  ' } });
    fireEvent.click(within(yelp()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(yelp()).getByRole('rowheader').textContent).toBe('Lucia (Main St)Yelp · Trattoria Lucia'));
    expect((await (await getDb()).get('businesses', 'yelp:biz-1'))!.displayName).toBe('Lucia (Main St)');

    fireEvent.click(within(google()).getByTestId('delete'));
    expect(within(google()).getByRole('alertdialog').textContent).toContain('Delete Trattoria Lucia and its 1 review from this browser?');
    fireEvent.click(within(google()).getByTestId('delete-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('business-row')).toHaveLength(1));
    expect(screen.getByTestId('options-status').textContent).toBe('Trattoria Lucia deleted.');
    expect(await (await getDb()).count('reviews')).toBe(8);
  });

  it('saves settings, refusing numbers out of range with the range said', async () => {
    renderUi(<OptionsApp />);
    const retention = (await screen.findByLabelText('Keep businesses I have not marked for (days without a visit)')) as HTMLInputElement;
    expect(retention.value).toBe('90');
    fireEvent.input(retention, { target: { value: '3' } });
    fireEvent.change(retention);
    expect(retention.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 7 to 3,650.');
    expect((await loadSettings()).retentionDays).toBe(90);
    fireEvent.input(retention, { target: { value: '30' } });
    fireEvent.change(retention);
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(30));

    fireEvent.change(screen.getByTestId('min-severity'), { target: { value: 'critical' } });
    fireEvent.click(screen.getByTestId('alert-competitors'));
    fireEvent.click(screen.getByTestId('on-page-notes'));
    fireEvent.change(screen.getByTestId('ui-language'), { target: { value: 'zh' } });
    await waitFor(async () =>
      expect(await loadSettings()).toMatchObject({ minSeverity: 'critical', alertCompetitors: true, onPageNotes: false, uiLanguage: 'zh' }),
    );
  });

  it('exports JSON and CSV, imports the exported file without adding anything twice, and deletes everything after confirming', async () => {
    renderUi(<OptionsApp />);
    await screen.findByTestId('stored-counts');
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe(`review-sentinel-export-${new Date().toISOString().slice(0, 10)}.json`);
    const json = await downloads[0]!.text;
    expect(JSON.parse(json)).toMatchObject({ format: 'review-sentinel-export', formatVersion: 1 });
    const exported = JSON.parse(json) as { snapshots: unknown[]; alerts: unknown[] };
    expect(screen.getByTestId('options-status').textContent).toBe(
      `Exported 2 businesses, 9 reviews, ${exported.snapshots.length} visits and ${exported.alerts.length} ${exported.alerts.length === 1 ? 'alert' : 'alerts'}.`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.name.endsWith('.csv')).toBe(true);
    expect((await downloads[1]!.text).split('\r\n')).toHaveLength(11);

    const input = screen.getByTestId('import-file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([json], 'backup.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toMatch(/^Import finished/));
    expect(screen.getByTestId('options-status').textContent).toBe('Import finished: 0 businesses, 0 reviews, 0 visits and 0 alerts added; 15 already known.');

    fireEvent.change(input, { target: { files: [new File(['not json'], 'x.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Import failed: the file is not JSON'));

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect((await screen.findByTestId('delete-all-confirm')).textContent).toMatch(
      /^This deletes 2 businesses, 9 reviews, \d+ visits and \d+ alerts? from this browser\./,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(screen.getByTestId('stored-counts').textContent).toBe('0 businesses · 0 reviews stored'));
    expect(screen.getByTestId('options-status').textContent).toMatch(
      /^Deleted 2 businesses, 9 reviews, \d+ visits and \d+ alerts?\. Nothing is left in this browser\.$/,
    );
    expect(await (await getDb()).count('reviews')).toBe(0);
  });
});
