// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/PopupApp';
import { ingestCapture } from '@/utils/store/ingest';
import { closeDb, getDb } from '@/utils/store/db';
import { setBusinessRole } from '@/utils/store/queries';
import { loadPopupModel } from '@/utils/views/popup-model';
import { readCachedView } from '@/utils/views/view-cache';
import { business, ingestInput, review } from '../../support/factories';
import { renderUi } from '../../support/render';
import { SEED_NOW, seededStore } from '../../support/seeded';

let sent: unknown[] = [];

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  localStorage.clear();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  });
  vi.useFakeTimers({ now: SEED_NOW, toFake: ['Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const fresh = () => waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));

describe('the popup', () => {
  it('on first run explains what to do and which sites work', async () => {
    renderUi(<PopupApp initial="auto" />);
    await fresh();
    const empty = screen.getByTestId('empty');
    expect(within(empty).getByRole('heading').textContent).toBe('No reviews captured yet');
    expect(
      within(empty)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Open your business on one of these sites: Google Maps, Yelp, Tripadvisor, Booking.com, Trustpilot, Yandex Maps, 2GIS.',
      'Open its reviews and scroll through them: they are read as you go.',
      'Come back here and mark it “This is my business”.',
    ]);
  });

  it('away from review pages opens the owner’s business, reads its new negatives and remembers the view', async () => {
    await seededStore(await getDb());
    renderUi(<PopupApp initial="auto" />);
    await fresh();
    expect(screen.getByTestId('business-name').textContent).toBe('Trattoria Lucia');
    // Seeing them reads them (those displayed, by key): the badge is told.
    await waitFor(() => expect(sent).toContainEqual({ type: 'page:mark-read', businessKey: null, reviewKeys: ['yelp:n1', 'yelp:n2', 'yelp:n3'] }));
    const remembered = readCachedView(localStorage, 'home', 'en', SEED_NOW);
    expect(remembered?.kind === 'business' && remembered.summary.score.score).toBe(Number(screen.getByTestId('score').textContent));
  });

  it('reads only the five negatives it displays of eleven; "show all", "done" and undo, "mark all as read"', async () => {
    const db = await getDb();
    await ingestCapture(db, ingestInput([review('old')], { visitId: 'v1', now: SEED_NOW - 30 * 86_400_000, business: business({ name: 'Trattoria Lucia' }) }));
    await setBusinessRole(db, 'yelp:biz-1', 'mine');
    const eleven = Array.from({ length: 11 }, (_, i) =>
      review(`n${i}`, {
        author: `Guest ${i}`,
        rating: 1,
        text: 'Cold food and a rude waiter. Awful.',
        publishedAt: SEED_NOW - (i + 1) * 3_600_000,
        datePrecision: 'exact',
      }),
    );
    await ingestCapture(db, ingestInput(eleven, { visitId: 'v2', now: SEED_NOW - 60_000, business: business({ name: 'Trattoria Lucia' }) }));
    renderUi(<PopupApp initial={{ businessKey: 'yelp:biz-1' }} />);
    await fresh();
    const authors = () =>
      within(screen.getByTestId('attention'))
        .getAllByTestId('review')
        .map((r) => r.querySelector('.review-author')?.textContent);
    expect(authors()).toEqual(['Guest 0', 'Guest 1', 'Guest 2', 'Guest 3', 'Guest 4']);
    const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `yelp:n${from + i}`);
    await waitFor(() => expect(sent).toEqual([{ type: 'page:mark-read', businessKey: null, reviewKeys: keys(0, 5) }]));
    expect(screen.getByTestId('show-all').textContent).toBe('Show all 11');
    fireEvent.click(screen.getByTestId('show-all'));
    await waitFor(() => expect(authors()).toHaveLength(11));
    await waitFor(() => expect(sent).toContainEqual({ type: 'page:mark-read', businessKey: null, reviewKeys: keys(5, 11) }));
    sent = [];
    fireEvent.click(within(screen.getAllByTestId('review')[2]!).getByTestId('mark-done'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'page:mark-done', reviewKey: 'yelp:n2', done: true }));
    expect(screen.getByTestId('done-note').textContent).toBe('Marked as done: Guest 2 Undo');
    fireEvent.click(screen.getByTestId('undo-done'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'page:mark-done', reviewKey: 'yelp:n2', done: false }));
    fireEvent.click(screen.getByTestId('mark-all-read'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'page:mark-read', businessKey: 'yelp:biz-1' }));
  });

  it('paints a remembered view at once, then replaces it with the fresh one', async () => {
    const { db } = await seededStore(await getDb());
    const stale = await loadPopupModel({ selection: { businessKey: 'yelp:biz-1' }, now: SEED_NOW });
    if (stale.kind !== 'business') throw new Error('expected a business');
    // Since the view was remembered, another negative review arrived.
    await ingestCapture(
      db,
      ingestInput([review('n5', { rating: 1, text: 'Dirty tables and rude staff.', publishedAt: SEED_NOW - 3_600_000, datePrecision: 'exact' })], {
        visitId: 'v3',
        now: SEED_NOW,
        business: business({ name: 'Trattoria Lucia', rating: 4.3, reviewCount: 217 }),
      }),
    );
    renderUi(<PopupApp initial={{ businessKey: 'yelp:biz-1' }} cached={stale} />);
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('known').textContent).toBe('8 reviews known');
    await fresh();
    expect(screen.getByTestId('known').textContent).toBe('9 reviews known');
  });

  it('switches between businesses, grouped by the owner’s marks', async () => {
    const { db } = await seededStore(await getDb());
    await ingestCapture(
      db,
      ingestInput([review('c1', { rating: 4 })], {
        site: 'google-maps',
        visitId: 'g1',
        now: SEED_NOW,
        business: business({ siteBusinessId: '0x1:0x2', name: 'Pizzeria Roma', url: 'https://www.google.com/maps/place/Pizzeria+Roma' }),
      }),
    );
    await setBusinessRole(db, 'google-maps:0x1:0x2', 'competitor');
    await ingestCapture(
      db,
      ingestInput([review('o1', { rating: 3 })], {
        visitId: 'o1',
        now: SEED_NOW,
        business: business({ siteBusinessId: 'other', name: 'Bar Centrale', url: 'https://www.yelp.com/biz/bar-centrale' }),
      }),
    );
    renderUi(<PopupApp initial={{ businessKey: 'yelp:biz-1' }} />);
    await fresh();
    const switcher = screen.getByTestId('switcher') as HTMLSelectElement;
    expect([...switcher.options].map((o) => o.textContent)).toEqual([
      'All businesses',
      'Trattoria Lucia · Yelp',
      'Pizzeria Roma · Google Maps',
      'Bar Centrale · Yelp',
    ]);
    // A competitor is marked: the owner's business is compared with it.
    await waitFor(() => expect(screen.getByTestId('comparison').querySelectorAll('tbody tr')).toHaveLength(2));

    fireEvent.change(switcher, { target: { value: '__list__' } });
    await waitFor(() => expect(screen.getByTestId('business-list')).toBeTruthy());
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Your businesses', 'Competitors', 'Other businesses']);
    fireEvent.click(screen.getByRole('button', { name: /Pizzeria Roma/ }));
    await waitFor(() => expect(screen.getByTestId('business-name').textContent).toBe('Pizzeria Roma'));
  });
});
