// @vitest-environment jsdom
/**
 * Issue 13.9: the options page answers in the owner's language and words. "Saved." after a
 * business is marked; what an import left out, by kind and cause ("3 reviews skipped: their
 * links do not lead to Yelp"), never a developer's reason; counts by kind for export and
 * deletion; a refused file said plainly; business names and "last checked" lead to the page.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/OptionsApp';
import type { PageMessage } from '@/utils/messages';
import { closeDb, getDb } from '@/utils/store/db';
import { exportJson } from '@/utils/store/export';
import { setBusinessRole } from '@/utils/store/queries';
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
    if (this.download) downloads.push({ name: this.download, text: blob!.text() });
  });
  await seededStore(await getDb());
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The seeded store as an export file, with three review links pointing off the site and one visit of a business not in the file. */
async function tamperedExport(): Promise<{ json: string; reviews: number; snapshots: number; alerts: number }> {
  const { parts } = await exportJson(await getDb(), { now: SEED_NOW, version: '0.1.0', hideNames: false });
  const file = JSON.parse(parts.join('')) as { reviews: Array<{ url?: string }>; snapshots: Array<{ businessKey: string }>; alerts: unknown[] };
  for (const r of file.reviews.slice(0, 3)) r.url = 'https://reviews.example.net/copied';
  file.snapshots.push({ ...file.snapshots[0]!, businessKey: 'yelp:not-in-this-file' });
  return { json: JSON.stringify(file), reviews: file.reviews.length, snapshots: file.snapshots.length, alerts: file.alerts.length };
}

const status = () => screen.getByTestId('options-status');
/** "1 alert", "5 reviews": what the page must write for each count. */
const kinds = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

describe('the options page says what happened, in the owner’s words', () => {
  it('says which records an import left out and why, by kind, in English and in Russian', async () => {
    const file = await tamperedExport();
    const { unmount } = renderUi(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all data' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(screen.getByTestId('stored-counts').textContent).toBe('0 businesses · 0 reviews stored'));

    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([file.json], 'backup.json')] } });
    await waitFor(() => expect(status().textContent).toMatch(/^Import finished/));
    const lines = Array.from(status().querySelectorAll('li')).map((li) => li.textContent);
    expect(lines).toEqual(['3 reviews skipped: their links do not lead to Yelp.', '1 visit skipped: its business is not in the file.']);
    expect(status().textContent).not.toMatch(/reviews\[|is not an address|snapshots\[/);
    expect(status().querySelector('p')!.textContent).toBe(
      `Import finished: 1 business, ${kinds(file.reviews - 3, 'review', 'reviews')}, ${kinds(file.snapshots - 1, 'visit', 'visits')} and ${kinds(file.alerts, 'alert', 'alerts')} added; 0 already known.`,
    );
    unmount();

    renderUi(<OptionsApp />, 'ru');
    fireEvent.click(await screen.findByRole('button', { name: 'Удалить все данные' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Удалить всё' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Удалено компаний: 1, отзывов: \d+, посещений: \d+, уведомлений: \d+\./));
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([file.json], 'backup.json')] } });
    await waitFor(() => expect(status().querySelectorAll('li')).toHaveLength(2));
    expect(Array.from(status().querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      '3 отзыва пропущены: ссылки ведут не на Yelp.',
      '1 посещение пропущено: в файле нет его компании.',
    ]);
  });

  it('counts an export and a deletion by kind, and says a refused file plainly', async () => {
    renderUi(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = JSON.parse(await downloads[0]!.text) as { reviews: unknown[]; snapshots: unknown[]; alerts: unknown[] };
    expect(status().textContent).toBe(
      `Exported 1 business, ${kinds(file.reviews.length, 'review', 'reviews')}, ${kinds(file.snapshots.length, 'visit', 'visits')} and ${kinds(file.alerts.length, 'alert', 'alerts')}.`,
    );

    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([JSON.stringify({ format: 'another-tool' })], 'x.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Import failed: this file is not a Review Sentinel export'));
    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [new File([JSON.stringify({ format: 'review-sentinel-export', formatVersion: 99 })], 'x.json')] },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Import failed: the file comes from a newer version of Review Sentinel; update the extension first'),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect((await screen.findByTestId('delete-all-confirm')).textContent).toContain(
      `This deletes 1 business, ${kinds(file.reviews.length, 'review', 'reviews')}, ${kinds(file.snapshots.length, 'visit', 'visits')} and ${kinds(file.alerts.length, 'alert', 'alerts')} from this browser.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Deleted 1 business, /));
    expect(status().textContent).toContain('Nothing is left in this browser.');
  });

  it('says "Saved." when a business is marked, and links its name and last check to its page', async () => {
    renderUi(<OptionsApp />, 'zh');
    const saved = screen.getByTestId('settings-saved');
    const role = await screen.findByTestId('role-select');
    fireEvent.change(role, { target: { value: 'mine' } });
    await waitFor(() => expect(saved.textContent).toBe('已保存。'));
    const name = screen.getByTestId('business-link') as HTMLAnchorElement;
    expect(name.href).toMatch(/^https:\/\/www\.yelp\.com\/biz\//);
    expect(name.target).toBe('_blank');
    expect(name.rel).toBe('noopener noreferrer');
    const checked = screen.getByTestId('checked-link') as HTMLAnchorElement;
    expect(checked.href).toBe(name.href);
    expect(checked.querySelector('time')!.textContent).toMatch(/前$/);
  });
});
