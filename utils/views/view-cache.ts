/**
 * The last view the popup showed for a business, kept in the extension's own localStorage so
 * the next popup can paint the score and its reasons in the first frame, before IndexedDB has
 * even opened. The fresh view replaces it a few milliseconds later (stale-while-revalidate).
 *
 * Only the popup and the options page (same extension origin) read or write it; it never holds
 * anything the store does not, and deleting data from the options page clears it.
 */
import type { PopupModel, PopupSelection } from './popup-model';
import type { TabState } from '../session/tab-state';
import { DAY } from '../time';

const PREFIX = 'rs:view:';
const INDEX = 'rs:views';
/** 3: list views carry their places' figures (the morning check). */
const FORMAT = 3;
/** Views kept: the businesses opened most recently. */
export const MAX_CACHED_VIEWS = 12;
/** Days of daily buckets kept: the longest chart range. */
const CHART_DAYS = 366;
/** A view older than this is not worth showing, even for a moment. */
export const MAX_VIEW_AGE = 30 * DAY;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface CachedView {
  format: number;
  locale: string;
  savedAt: number;
  model: PopupModel;
  /** The data changed under it (an import, a deletion): not painted again, but still what the owner last saw. */
  stale?: true;
}

/** Which cached view answers this popup opening: one business, the list of businesses, or the default view away from review pages. */
export function viewCacheKey(selection: PopupSelection, tab: TabState | undefined): string | null {
  if (selection === 'list') return 'list';
  if (typeof selection === 'object') return `b:${selection.businessKey}`;
  if (tab?.businessKey) return `b:${tab.businessKey}`;
  return tab ? null : 'home';
}

function readIndex(store: KeyValueStore): string[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(INDEX) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** The cached view, if it was saved in this UI language and is recent; any damage reads as a miss. */
export function readCachedView(store: KeyValueStore, key: string, locale: string, now: number): PopupModel | null {
  return readCachedEntry(store, key, locale, now)?.model ?? null;
}

/** The cached view with when it was saved; a stale one only when asked (what the owner last saw, not what to paint). */
export function readCachedEntry(
  store: KeyValueStore,
  key: string,
  locale: string,
  now: number,
  options: { stale?: boolean } = {},
): { model: PopupModel; savedAt: number } | null {
  try {
    const raw = store.getItem(PREFIX + key);
    if (!raw) return null;
    const cached = JSON.parse(raw) as Partial<CachedView>;
    if (cached.format !== FORMAT || cached.locale !== locale || typeof cached.savedAt !== 'number' || now - cached.savedAt > MAX_VIEW_AGE) return null;
    if (cached.stale && !options.stale) return null;
    const model = cached.model;
    return model && (model.kind === 'business' || model.kind === 'list') ? { model, savedAt: cached.savedAt } : null;
  } catch {
    return null;
  }
}

/** What is worth keeping of a view: no tab (it is the current tab's), daily buckets of the chart's longest range only. */
export function compactView(model: PopupModel, now: number): PopupModel {
  if (model.kind !== 'business') return { ...model, tab: undefined };
  const firstDay = Math.floor(now / DAY) - CHART_DAYS;
  return { ...model, tab: undefined, summary: { ...model.summary, buckets: model.summary.buckets.filter((b) => b.day >= firstDay) } };
}

/** Saves a fresh view and forgets the least recently saved beyond the limit. Storage errors are ignored: the cache is an optimisation. */
export function writeCachedView(store: KeyValueStore, key: string, locale: string, model: PopupModel, now: number): void {
  try {
    if (model.kind === 'empty') {
      forgetCachedViews(store, [key]);
      return;
    }
    const view: CachedView = { format: FORMAT, locale, savedAt: now, model: compactView(model, now) };
    store.setItem(PREFIX + key, JSON.stringify(view));
    const index = [key, ...readIndex(store).filter((k) => k !== key)];
    for (const old of index.slice(MAX_CACHED_VIEWS)) store.removeItem(PREFIX + old);
    store.setItem(INDEX, JSON.stringify(index.slice(0, MAX_CACHED_VIEWS)));
  } catch {
    // Quota or privacy mode: the popup simply loads from IndexedDB.
  }
}

/** Forgets the given views (by cache key), or all of them. */
export function forgetCachedViews(store: KeyValueStore, keys?: string[]): void {
  try {
    const index = readIndex(store);
    const drop = keys ?? index;
    for (const key of drop) store.removeItem(PREFIX + key);
    const kept = index.filter((k) => !drop.includes(k));
    if (kept.length > 0) store.setItem(INDEX, JSON.stringify(kept));
    else store.removeItem(INDEX);
  } catch {
    // Nothing to forget.
  }
}

/**
 * After an import or a deletion: no remembered view is painted again (it may show what is gone),
 * but each still says when the owner last looked and what the score was ("since you looked").
 */
export function markCachedViewsStale(store: KeyValueStore): void {
  try {
    for (const key of readIndex(store)) {
      const raw = store.getItem(PREFIX + key);
      if (!raw) continue;
      const view = JSON.parse(raw) as CachedView;
      store.setItem(PREFIX + key, JSON.stringify({ ...view, stale: true }));
    }
  } catch {
    // Unreadable: forget them all rather than paint them.
    forgetCachedViews(store);
  }
}

/** After a fresh load: keeps the view for next time if it answers the opening it was loaded for, else forgets that key. */
export function rememberView(store: KeyValueStore, selection: PopupSelection, model: PopupModel, locale: string, now: number): void {
  const key = viewCacheKey(selection, model.tab);
  if (!key) return;
  const answers = key === 'home' || (key === 'list' && model.kind === 'list') || (model.kind === 'business' && key === `b:${model.summary.business.key}`);
  if (answers) writeCachedView(store, key, locale, model, now);
  else forgetCachedViews(store, [key]);
}
