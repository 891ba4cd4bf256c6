/**
 * Assembles what the popup shows: the business on the current tab, or the owner's
 * businesses when the tab is elsewhere.
 */
import { browser } from 'wxt/browser';
import { getTabState, type TabState } from '../background/tab-state';
import type { BusinessSummary } from '../reputation/summary';
import { getDb } from '../store/db';
import { listBusinessesForSwitcher, loadBusinessSummary } from '../store/read-models';
import type { BusinessRecord } from '../store/schema';

export type PopupModel =
  | { kind: 'empty'; tab?: TabState }
  | { kind: 'business'; summary: BusinessSummary; tab?: TabState; businesses: BusinessRecord[] }
  | { kind: 'list'; businesses: BusinessRecord[]; tab?: TabState };

/** The tab the popup is about: `?tab=<id>` (for tests and links), else the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** `auto`: the tab's business, else a sensible default; `list`: the switcher; else one business key. */
export type PopupSelection = 'auto' | 'list' | { businessKey: string };

export async function loadPopupModel(options: { tabId?: number; selection: PopupSelection; now: number }): Promise<PopupModel> {
  const db = await getDb();
  const tab = options.tabId === undefined ? undefined : await getTabState(options.tabId);
  const businesses = await listBusinessesForSwitcher(db);
  if (options.selection === 'list') return businesses.length === 0 ? { kind: 'empty', tab } : { kind: 'list', businesses, tab };
  const key = typeof options.selection === 'object' ? options.selection.businessKey : tab?.businessKey;
  if (key) {
    const summary = await loadBusinessSummary(db, key, options.now);
    if (summary) return { kind: 'business', summary, tab, businesses };
  }
  if (businesses.length === 0) return { kind: 'empty', tab };
  // Away from a review page: the owner's own business first, if there is exactly one to show.
  const mine = businesses.filter((b) => b.role === 'mine');
  if (!tab && mine.length === 1) {
    const summary = await loadBusinessSummary(db, mine[0]!.key, options.now);
    if (summary) return { kind: 'business', summary, businesses };
  }
  return { kind: 'list', businesses, tab };
}
