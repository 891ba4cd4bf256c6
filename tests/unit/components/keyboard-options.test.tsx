// @vitest-environment jsdom
/**
 * Issue 13, point 7 on the options page: rename, save, delete, delete all and their
 * confirmations keep focus where the owner is — in the field or on the safe answer when they
 * open, back on the button that opened them when they close (Escape closes them), on the
 * section's title when what had focus is gone — never on the page's body.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/OptionsApp';
import { saveOwnReplies } from '@/utils/replies/own';
import { closeDb, getDb } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { business, ingestInput, review } from '../../support/factories';
import { renderUi } from '../../support/render';
import { SEED_NOW, seededStore } from '../../support/seeded';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  localStorage.clear();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true }));
  const { db } = await seededStore(await getDb());
  await ingestCapture(
    db,
    ingestInput([review('g1', { rating: 4 })], {
      site: 'google-maps',
      visitId: 'g',
      now: SEED_NOW,
      business: business({ siteBusinessId: '0x9:0x8', name: 'Luigi’s', url: 'https://www.google.com/maps/place/Luigi' }),
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const row = (key: string) => screen.getAllByTestId('business-row').find((r) => r.getAttribute('data-key') === key)!;
const focused = () => document.activeElement;
const escape = (el: Element) => fireEvent.keyDown(el, { key: 'Escape' });

describe('the options page with a keyboard', () => {
  it('opens rename in its field, goes back to Rename on Escape, Cancel and Save', async () => {
    renderUi(<OptionsApp />);
    await waitFor(() => expect(screen.getAllByTestId('business-row')).toHaveLength(2));
    const yelp = () => row('yelp:biz-1');
    const rename = () => within(yelp()).getByRole('button', { name: 'Rename: Trattoria Lucia' });

    fireEvent.click(rename());
    const field = within(yelp()).getByLabelText('Name shown for Trattoria Lucia');
    expect(focused()).toBe(field);
    escape(field);
    expect(within(yelp()).queryByLabelText('Name shown for Trattoria Lucia')).toBeNull();
    expect(focused()).toBe(rename());

    fireEvent.click(rename());
    fireEvent.click(within(yelp()).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(rename());

    fireEvent.click(rename());
    fireEvent.input(within(yelp()).getByLabelText('Name shown for Trattoria Lucia'), { target: { value: 'Lucia (Main St)' } });
    fireEvent.click(within(yelp()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(yelp()).getByRole('rowheader').textContent).toBe('Lucia (Main St)Yelp · Trattoria Lucia'));
    expect(focused()).toBe(within(yelp()).getByRole('button', { name: 'Rename: Lucia (Main St)' }));
  });

  it('opens a delete confirmation on Cancel, goes back to Delete on Escape, and rests on the table’s title once the row is gone', async () => {
    renderUi(<OptionsApp />);
    await waitFor(() => expect(screen.getAllByTestId('business-row')).toHaveLength(2));
    const google = () => row('google-maps:0x9:0x8');
    const del = () => within(google()).getByRole('button', { name: 'Delete: Luigi’s' });

    fireEvent.click(del());
    const dialog = within(google()).getByRole('alertdialog');
    expect(focused()).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    escape(focused()!);
    expect(within(google()).queryByRole('alertdialog')).toBeNull();
    expect(focused()).toBe(del());

    fireEvent.click(del());
    fireEvent.click(within(google()).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(del());

    fireEvent.click(del());
    fireEvent.click(within(google()).getByTestId('delete-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('business-row')).toHaveLength(1));
    await waitFor(() => expect(focused()).toBe(screen.getByRole('heading', { name: 'Businesses' })));
    expect(screen.getByTestId('options-status').textContent).toBe('Luigi’s deleted.');
  });

  it('opens “Delete all data” on Cancel, goes back on Escape and Cancel, and rests on the section’s title after deleting', async () => {
    renderUi(<OptionsApp />);
    await screen.findByTestId('stored-counts');
    const deleteAll = () => screen.getByRole('button', { name: 'Delete all data' });

    fireEvent.click(deleteAll());
    await screen.findByTestId('delete-all-confirm');
    expect(focused()).toBe(within(screen.getByTestId('delete-all-confirm')).getByRole('button', { name: 'Cancel' }));
    escape(focused()!);
    expect(screen.queryByTestId('delete-all-confirm')).toBeNull();
    expect(focused()).toBe(deleteAll());

    fireEvent.click(deleteAll());
    await screen.findByTestId('delete-all-confirm');
    fireEvent.click(within(screen.getByTestId('delete-all-confirm')).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(deleteAll());

    fireEvent.click(deleteAll());
    await screen.findByTestId('delete-all-confirm');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Your data' }));
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toMatch(/^Deleted 2 businesses, 9 reviews/));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Your data' }));
  });

  it('keeps focus on Save for the reply words, and on their list’s title when one is deleted', async () => {
    await saveOwnReplies((current) => ({ ...current, templates: [{ topic: 'waiting', lang: 'en', text: 'Sorry about the wait.' }] }));
    renderUi(<OptionsApp />);
    const panel = await screen.findByTestId('replies-panel');
    const save = await within(panel).findByTestId('save-signature');
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(within(panel).getByTestId('replies-status').textContent).not.toBe(''));
    expect(focused()).toBe(save);

    const remove = within(panel).getByRole('button', { name: /^Delete/ });
    remove.focus();
    fireEvent.click(remove);
    await waitFor(() => expect(within(panel).queryByTestId('reply-templates')).toBeNull());
    await waitFor(() => expect(focused()).toBe(within(panel).getByRole('heading', { name: /words/i })));
  });
});
