/**
 * The background's wiring, with WXT's fake browser: messages in, validation, storage,
 * notification text, badge, notification click. The real-Chromium suite covers the same path
 * in a browser; this one pins the details (texts, sender checks) quickly.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { closeDb, getDb } from '@/utils/store/db';
import { loadStoreProblem } from '@/utils/store-problems';
import { readTabStateAndView } from '@/utils/views/prepared-view';
import type { CaptureNotesResponse, CapturePageMessage, CapturePageResponse } from '@/utils/messages';
import { business, OK_HEALTH, review } from '../support/factories';

const PAGE = 'https://www.yelp.com/biz/cafe-uno';
const contentSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0, url: PAGE };

function capture(visitId: string, reviews = [review('a')]): CapturePageMessage {
  return {
    type: 'capture:page',
    visitId,
    site: 'yelp',
    pageUrl: PAGE,
    health: OK_HEALTH,
    capture: { site: 'yelp', business: business({ name: 'Café Uno' }), reviews, health: OK_HEALTH, pageLang: 'en' },
  };
}

async function send(message: unknown, sender: object = contentSender): Promise<CapturePageResponse> {
  const [response] = (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined)) as unknown[];
  return response as CapturePageResponse;
}

describe('background wiring', () => {
  beforeEach(async () => {
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    background.main();
    // Let the start-up work (pending alerts, badge) settle.
    await new Promise((r) => setTimeout(r, 20));
  });

  it('stores a capture from its own content script and stays silent on the first visit', async () => {
    const response = await send(capture('v1', [review('a'), review('b', { rating: 1, text: 'Rude staff.' })]));
    expect(response).toEqual({ ok: true, stored: 2, rejected: 0 });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const tab = await fakeBrowser.storage.session.get('tab:7');
    expect(tab['tab:7']).toMatchObject({ site: 'yelp', businessKey: 'yelp:biz-1', pageUrl: PAGE });
  });

  it('prepares the popup’s view of the tab’s business after its captures settle, and forgets it when data changes', async () => {
    await send(capture('v1', [review('a'), review('b', { rating: 1, text: 'Rude staff.' })]));
    expect(await readTabStateAndView(7, Date.now())).toMatchObject({ tab: { businessKey: 'yelp:biz-1' }, view: undefined });
    await new Promise((r) => setTimeout(r, 400));
    const { tab, view } = await readTabStateAndView(7, Date.now());
    expect(tab?.businessKey).toBe('yelp:biz-1');
    expect(view?.model.kind).toBe('business');
    if (view?.model.kind !== 'business') return;
    expect(view.model.summary).toMatchObject({ total: 2, negatives: 1 });
    expect(view.model.summary.business.name).toBe('Café Uno');
    // Another tab's view is not this one's; stored data changed on a page: views are forgotten.
    expect((await readTabStateAndView(8, Date.now())).view).toBeUndefined();
    const optionsPage = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` };
    expect(await send({ type: 'page:data-changed' }, optionsPage)).toEqual({ ok: true });
    expect((await readTabStateAndView(7, Date.now())).view).toBeUndefined();
    expect((await readTabStateAndView(7, Date.now())).tab?.businessKey).toBe('yelp:biz-1');
  });

  it('keeps at most six prepared views, the most recent, beside the tabs’ states', async () => {
    for (let tab = 1; tab <= 8; tab++) {
      await send(capture(`v${tab}`), { ...contentSender, tab: { id: 100 + tab } as never });
      await new Promise((r) => setTimeout(r, 350));
    }
    const stored = await fakeBrowser.storage.session.get(null);
    const views = Object.keys(stored)
      .filter((k) => k.startsWith('view:'))
      .sort();
    expect(views).toEqual(['view:103', 'view:104', 'view:105', 'view:106', 'view:107', 'view:108']);
    expect(Object.keys(stored).filter((k) => k.startsWith('tab:'))).toHaveLength(8);
  });

  it('raises one notification with the stars, the business and the review, and a badge', async () => {
    await send(capture('v1'));
    const bad = review('bad', { author: 'Brandon L.', rating: 1, text: 'Waited over an hour for cold pasta. Won’t be back.' });
    await send(capture('v2', [review('a'), bad]));
    const created = fakeBrowser.notifications.getAllCreateOptions();
    const ids = Object.keys(created);
    expect(ids).toHaveLength(1);
    expect(created[ids[0]!]).toMatchObject({
      type: 'basic',
      title: 'New 1★ review: Café Uno',
      message: 'Brandon L.: Waited over an hour for cold pasta. Won’t be back.',
      iconUrl: `chrome-extension://${fakeBrowser.runtime.id}/icon/128.png`,
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // The same page again: nothing new.
    await fakeBrowser.notifications.clear(ids[0]!);
    await send(capture('v3', [review('a'), bad]));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('opens the review page and clears the badge when the notification is clicked', async () => {
    await send(capture('v1'));
    await send(capture('v2', [review('bad', { rating: 2, text: 'Slow and rude.', url: `${PAGE}?hrid=xyz123` })]));
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    expect(created).toHaveBeenCalledWith({ url: `${PAGE}?hrid=xyz123`, active: true });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('refuses captures from anything but its own content script on the matching site', async () => {
    const spoofs = [
      { ...contentSender, id: 'another-extension' },
      { ...contentSender, url: 'https://evil.example/biz/cafe-uno' },
      { ...contentSender, tab: undefined },
      { ...contentSender, frameId: 3 },
      { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` },
    ];
    for (const sender of spoofs) expect(await send(capture('v1'), sender)).toMatchObject({ ok: false, error: 'sender not allowed' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('answers malformed messages with a reason and keeps working', async () => {
    for (const junk of [null, 42, 'capture', { type: 'capture:page' }, { type: 'page:set-role', businessKey: 5 }]) {
      const response = await send(junk);
      expect(response.ok).toBe(false);
    }
    expect(await send(capture('v1'))).toMatchObject({ ok: true, stored: 1 });
  });

  it('lets only its own pages change a business role', async () => {
    await send(capture('v1'));
    const page = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
    expect(await send({ type: 'page:set-role', businessKey: 'yelp:biz-1', role: 'mine' }, contentSender)).toMatchObject({ ok: false });
    expect(await send({ type: 'page:set-role', businessKey: 'yelp:biz-1', role: 'mine' }, page)).toEqual({ ok: true });
    expect(await send({ type: 'page:set-role', businessKey: 'yelp:nope', role: 'mine' }, page)).toMatchObject({ ok: false, error: 'unknown business' });
  });

  it('puts notes on the cards of tracked businesses only, in the owner’s language, and tells their tabs when that changes', async () => {
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const bad = review('bad', {
      rating: 1,
      text: 'We waited an hour and the waiter was rude.',
      publishedAt: Date.now() - 5 * 86_400_000,
      datePrecision: 'day',
    });
    // Not tracked yet: no notes.
    expect((await send(capture('v1', [review('a'), bad]))).notes).toBeUndefined();

    const page = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` };
    await send({ type: 'page:set-role', businessKey: 'yelp:biz-1', role: 'mine' }, page);
    // Tab 7 shows that business: it is told to ask for its notes again.
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'background:notes-changed' });

    const response = (await send({
      type: 'capture:notes',
      site: 'yelp',
      siteBusinessId: 'biz-1',
      siteReviewIds: ['a', 'bad', 'unknown'],
    })) as unknown as CaptureNotesResponse;
    expect(response.ok).toBe(true);
    const byId = new Map(response.notes.map((n) => [n.siteReviewId, n]));
    expect([...byId.keys()].sort()).toEqual(['a', 'bad']);
    expect(byId.get('bad')).toMatchObject({ tone: 'negative', sentiment: 'Negative', unanswered: 'No reply for 5 days' });
    expect(byId.get('bad')!.themes).toEqual(expect.arrayContaining(['− waiting time', '− service']));

    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'ru' } });
    const inRussian = (await send(capture('v2', [review('c', { rating: 2, text: 'Холодная еда.' })]))).notes!;
    expect(inRussian[0]).toMatchObject({ siteReviewId: 'c', sentiment: 'Негативный', hideLabel: 'Скрыть заметку Review Sentinel' });

    await fakeBrowser.storage.local.set({ settings: { onPageNotes: false } });
    expect((await send(capture('v3', [review('d', { rating: 1, text: 'Awful.' })]))).notes).toBeUndefined();
    // A page may not ask for notes, nor a content script of another site.
    expect(await send({ type: 'capture:notes', site: 'yelp', siteBusinessId: 'biz-1', siteReviewIds: ['a'] }, page)).toMatchObject({ ok: false });
    expect(await send({ type: 'capture:notes', site: 'yelp', siteBusinessId: 'biz-1', siteReviewIds: ['<b>'] })).toMatchObject({ ok: false });
  });

  it('tells the owner when storage is full, keeps the store as it was, and recovers on the next capture', async () => {
    await send(capture('v1', [review('a')]));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failed = await send(capture('v2', [review('a'), review('b', { rating: 1, text: 'Rude staff.' })]));
    put.mockRestore();
    expect(failed).toMatchObject({ ok: false, error: 'storage error' });
    expect(await loadStoreProblem()).toMatchObject({ kind: 'quota' });
    const db = await getDb();
    expect((await db.getAll('reviews')).map((r) => r.key)).toEqual(['yelp:a']);
    expect((await db.get('aggregates', 'yelp:biz-1'))!.total).toBe(1);

    expect(await send(capture('v3', [review('a'), review('b', { rating: 1, text: 'Rude staff.' })]))).toMatchObject({ ok: true, stored: 1 });
    expect(await loadStoreProblem()).toBeUndefined();
    expect((await db.get('aggregates', 'yelp:biz-1'))!.total).toBe(2);
  });

  it("reads a business's star-less reviews with what its own stars taught, kept in the store between captures", async () => {
    // This café's 1–2★ reviews complain about "the zorblat", a dish no word list or model knows; its 4–5★ reviews praise the staff.
    // Written over the past months, a complaint and a compliment a day (the learner reads them oldest first).
    const day = (i: number): number => Date.now() - (200 - i) * 86_400_000;
    const rated = Array.from({ length: 150 }, (_, i) => [
      review(`c${i}`, {
        rating: 1 + (i % 2),
        text: `Ordered the zorblat again at table ${i}. Zorblat, every single time.`,
        publishedAt: day(i),
        datePrecision: 'day',
      }),
      review(`p${i}`, { rating: 4 + (i % 2), text: `Lovely evening at table ${i}, the staff were great.`, publishedAt: day(i) + 1, datePrecision: 'day' }),
    ]).flat();
    expect(await send(capture('v1', rated))).toMatchObject({ ok: true, stored: 300 });
    const db = await getDb();
    expect((await db.get('starLearning', 'yelp:biz-1'))!.state.languages.en!.count).toBe(300);
    const starless = review('new', { rating: undefined, text: 'Ordered the zorblat again.' });
    expect(await send(capture('v2', [starless, review('five', { rating: 5, text: 'Ordered the zorblat again.' })]))).toMatchObject({ ok: true, stored: 2 });
    expect((await db.get('reviews', 'yelp:new'))!.analysis).toMatchObject({ label: 'negative' });
    // A 5★ review keeps the shipped model's verdict: the stars already say which way it leans.
    expect((await db.get('reviews', 'yelp:five'))!.analysis.label).not.toBe('negative');
  });
});
