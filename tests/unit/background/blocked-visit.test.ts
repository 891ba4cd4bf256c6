/**
 * A check page names no business: the background ties it to the business the same tab showed last
 * on the site (or the one in its address) and records it as that business's blind visit.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { closeDb, getDb } from '@/utils/store/db';
import type { CapturePageMessage } from '@/utils/messages';
import type { LayoutHealth } from '@/utils/sites/types';
import { business, OK_HEALTH, review } from '../../support/factories';

const PAGE = 'https://www.yelp.com/biz/cafe-uno';
const BLOCKED: LayoutHealth = { looksLikeReviewPage: false, cardsFound: 0, cardsRead: 0, selectors: {}, status: 'blocked' };
const sender = (tab: number, url = PAGE) => ({ id: fakeBrowser.runtime.id, tab: { id: tab } as never, frameId: 0, url });

function visit(visitId: string): CapturePageMessage {
  return {
    type: 'capture:page',
    visitId,
    site: 'yelp',
    pageUrl: PAGE,
    health: OK_HEALTH,
    capture: { site: 'yelp', business: business({ name: 'Café Uno' }), reviews: [review('a')], health: OK_HEALTH, pageLang: 'en' },
  };
}

function checkPage(visitId: string, pageUrl = PAGE): CapturePageMessage {
  return { type: 'capture:page', visitId, site: 'yelp', pageUrl, health: BLOCKED, capture: null };
}

async function send(message: unknown, from: object): Promise<unknown> {
  const [response] = (await fakeBrowser.runtime.onMessage.trigger(message, from, () => undefined)) as unknown[];
  return response;
}

const stored = async () => (await getDb()).get('businesses', 'yelp:biz-1');

describe('a check page is the blind visit of the business its tab showed', () => {
  beforeEach(async () => {
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    background.main();
    await new Promise((r) => setTimeout(r, 20));
  });

  it('turns the business of the same tab blind, keeps its name and reviews, and stays tied on the next check page', async () => {
    await send(visit('v1'), sender(7));
    expect((await stored())?.health?.status).toBe('ok');
    await send(checkPage('v2', 'https://www.yelp.com/biz/cafe-uno?hrid=x'), sender(7));
    const after = await stored();
    expect(after).toMatchObject({ name: 'Café Uno', lastVisitId: 'v2', health: { status: 'blocked' } });
    expect(await (await getDb()).count('reviews')).toBe(1);
    const tab = (await fakeBrowser.storage.session.get('tab:7'))['tab:7'];
    expect(tab).toMatchObject({ businessKey: 'yelp:biz-1', health: { status: 'blocked' } });
    // The check comes back (another load): still that business's.
    await send(checkPage('v3'), sender(7));
    expect((await stored())?.lastVisitId).toBe('v3');
    // A visit that reads the reviews again ends the blind state.
    await send(visit('v4'), sender(7));
    expect((await stored())?.health?.status).toBe('ok');
  });

  it('leaves the business alone when the check page comes up in another tab, and creates no business from a check page', async () => {
    await send(visit('v1'), sender(7));
    await send(checkPage('v2'), sender(8));
    expect((await stored())?.health?.status).toBe('ok');
    expect((await fakeBrowser.storage.session.get('tab:8'))['tab:8']).not.toHaveProperty('businessKey');
    expect(await (await getDb()).count('businesses')).toBe(1);
  });
});
