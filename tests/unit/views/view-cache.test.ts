import { describe, expect, it } from 'vitest';
import { ingestCapture } from '@/utils/store/ingest';
import { loadBusinessSummary } from '@/utils/store/read-models';
import type { PopupModel } from '@/utils/views/popup-model';
import { lastLookOf } from '@/utils/views/morning';
import {
  forgetCachedViews,
  markCachedViewsStale,
  MAX_CACHED_VIEWS,
  readCachedEntry,
  readCachedView,
  rememberView,
  viewCacheKey,
  writeCachedView,
} from '@/utils/views/view-cache';
import { freshDb } from '../../support/db';
import { DAY, ingestInput, OK_HEALTH, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);

/** localStorage as the popup sees it, in memory; `quota` makes writes fail like a full store. */
function memoryStorage(quota = Infinity) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const used = [...items.values()].reduce((n, v) => n + v.length, 0);
      if (used + value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

async function businessModel(): Promise<Extract<PopupModel, { kind: 'business' }>> {
  const db = await freshDb();
  await ingestCapture(
    db,
    ingestInput([
      review('a', { rating: 5, text: 'Lovely dinner, friendly staff.' }),
      review('b', { rating: 1, text: 'Cold food and a rude waiter.', publishedAt: T0 - 2 * DAY, datePrecision: 'day' }),
      review('old', { rating: 4, text: 'Good.', publishedAt: T0 - 800 * DAY, datePrecision: 'day' }),
    ]),
  );
  const summary = (await loadBusinessSummary(db, 'yelp:biz-1', T0))!;
  return {
    kind: 'business',
    summary,
    businesses: [summary.business],
    tab: { site: 'yelp', pageUrl: 'https://www.yelp.com/biz/x', businessKey: 'yelp:biz-1', health: OK_HEALTH, at: T0 },
  };
}

describe('remembered popup views', () => {
  it('gives back the score, reasons and attention list saved for the same business and language', async () => {
    const store = memoryStorage();
    const model = await businessModel();
    writeCachedView(store, 'b:yelp:biz-1', 'en', model, T0);
    const cached = readCachedView(store, 'b:yelp:biz-1', 'en', T0 + 60_000);
    expect(cached?.kind).toBe('business');
    if (cached?.kind !== 'business') return;
    expect(cached.summary.score).toEqual(model.summary.score);
    expect(cached.summary.risk).toEqual(model.summary.risk);
    expect(cached.summary.attention.map((r) => r.text)).toEqual(['Cold food and a rude waiter.']);
    // The tab is the current one's, never a remembered one; buckets older than the longest chart are dropped.
    expect(cached.tab).toBeUndefined();
    expect(model.summary.buckets).toHaveLength(3);
    expect(cached.summary.buckets).toHaveLength(2);
  });

  it('misses for another UI language, an old view, a damaged entry or an unknown key', async () => {
    const store = memoryStorage();
    writeCachedView(store, 'b:yelp:biz-1', 'en', await businessModel(), T0);
    expect(readCachedView(store, 'b:yelp:biz-1', 'ru', T0)).toBeNull();
    expect(readCachedView(store, 'b:yelp:biz-1', 'en', T0 + 31 * DAY)).toBeNull();
    expect(readCachedView(store, 'b:yelp:other', 'en', T0)).toBeNull();
    store.items.set('rs:view:b:yelp:biz-1', '{"format":1,"locale":"en","savedAt":');
    expect(readCachedView(store, 'b:yelp:biz-1', 'en', T0)).toBeNull();
    store.items.set('rs:view:b:yelp:biz-1', JSON.stringify({ format: 1, locale: 'en', savedAt: T0, model: { kind: '<img src=x>' } }));
    expect(readCachedView(store, 'b:yelp:biz-1', 'en', T0)).toBeNull();
  });

  it('after an import or a deletion paints no remembered view, yet still knows when the owner last looked and the score then', async () => {
    const store = memoryStorage();
    const model = await businessModel();
    writeCachedView(store, 'b:yelp:biz-1', 'en', model, T0);
    markCachedViewsStale(store);
    expect(readCachedView(store, 'b:yelp:biz-1', 'en', T0 + DAY)).toBeNull();
    const entry = readCachedEntry(store, 'b:yelp:biz-1', 'en', T0 + DAY, { stale: true });
    expect(entry?.savedAt).toBe(T0);
    expect(model.summary.trust).not.toBe('unknown');
    expect(lastLookOf([entry], 'yelp:biz-1')).toEqual({ at: T0, score: model.summary.score.score });
    // The popup's next fresh view is painted again.
    writeCachedView(store, 'b:yelp:biz-1', 'en', model, T0 + DAY);
    expect(readCachedView(store, 'b:yelp:biz-1', 'en', T0 + DAY)).not.toBeNull();
  });

  it(`keeps the ${MAX_CACHED_VIEWS} most recently opened businesses`, async () => {
    const store = memoryStorage();
    const model = await businessModel();
    for (let i = 0; i <= MAX_CACHED_VIEWS; i++) writeCachedView(store, `b:yelp:${i}`, 'en', model, T0 + i);
    expect(readCachedView(store, 'b:yelp:0', 'en', T0)).toBeNull();
    expect(readCachedView(store, 'b:yelp:1', 'en', T0)).not.toBeNull();
    expect(readCachedView(store, `b:yelp:${MAX_CACHED_VIEWS}`, 'en', T0)).not.toBeNull();
    expect([...store.items.keys()].filter((k) => k.startsWith('rs:view:'))).toHaveLength(MAX_CACHED_VIEWS);
    forgetCachedViews(store);
    expect(store.items.size).toBe(0);
  });

  it('is keyed by the business asked for, the tab’s business, or the default view away from review pages', () => {
    const tab = { site: 'yelp' as const, pageUrl: 'https://www.yelp.com/biz/x', health: OK_HEALTH, at: T0 };
    expect(viewCacheKey({ businessKey: 'yelp:a' }, undefined)).toBe('b:yelp:a');
    expect(viewCacheKey('auto', { ...tab, businessKey: 'yelp:b' })).toBe('b:yelp:b');
    expect(viewCacheKey('auto', undefined)).toBe('home');
    // A review page not captured yet has nothing to remember; the list of businesses is remembered as one view.
    expect(viewCacheKey('auto', tab)).toBeNull();
    expect(viewCacheKey('list', undefined)).toBe('list');
  });

  it('remembers the list of businesses for the next opening of the list, never a business view under its key', async () => {
    const store = memoryStorage();
    const list: PopupModel = { kind: 'list', businesses: [], places: [] };
    rememberView(store, 'list', list, 'en', T0);
    expect(readCachedView(store, 'list', 'en', T0 + 1000)).toEqual(list);
    rememberView(store, 'list', await businessModel(), 'en', T0);
    expect(readCachedView(store, 'list', 'en', T0)).toBeNull();
  });

  it('forgets a business that is gone instead of showing it again, and survives a full storage', async () => {
    const store = memoryStorage();
    const model = await businessModel();
    rememberView(store, { businessKey: 'yelp:biz-1' }, model, 'en', T0);
    expect(readCachedView(store, 'b:yelp:biz-1', 'en', T0)).not.toBeNull();
    rememberView(store, { businessKey: 'yelp:biz-1' }, { kind: 'list', businesses: [] }, 'en', T0);
    expect(readCachedView(store, 'b:yelp:biz-1', 'en', T0)).toBeNull();

    const full = memoryStorage(100);
    expect(() => rememberView(full, { businessKey: 'yelp:biz-1' }, model, 'en', T0)).not.toThrow();
    expect(readCachedView(full, 'b:yelp:biz-1', 'en', T0)).toBeNull();
  });
});
