/**
 * The popup's view of the business a tab shows, prepared by the background right after that
 * tab's capture was stored (`utils/background/tab-views.ts` writes it) and kept in
 * `storage.session` beside the tab's state. The popup opened from the toolbar on that tab reads
 * both in one go and paints the score and its reasons at once — even the first time the business
 * is opened — while it loads the fresh view from IndexedDB.
 *
 * It is an optimisation only: it holds nothing the store does not, is dropped with the tab, and
 * is forgotten whenever a page changes stored data (role, import, deletion).
 */
import { storage } from 'wxt/utils/storage';
import { tabStateItem, tabViewItem, type TabState } from '../storage-items';
import type { PopupModel } from './popup-model';
import { MAX_VIEW_AGE } from './view-cache';

/** Bumped whenever `PopupModel` changes shape: a view of another format is never painted. */
export const PREPARED_VIEW_FORMAT = 2;

export interface PreparedView {
  format: number;
  businessKey: string;
  savedAt: number;
  model: PopupModel;
}

/** Whether a stored value is a usable prepared view of the tab's business. */
export function usablePreparedView(tab: TabState | undefined, value: unknown, now: number): PreparedView | undefined {
  const view = value as Partial<PreparedView> | null | undefined;
  const usable =
    tab?.businessKey !== undefined &&
    view?.format === PREPARED_VIEW_FORMAT &&
    view.businessKey === tab.businessKey &&
    typeof view.savedAt === 'number' &&
    now - view.savedAt <= MAX_VIEW_AGE &&
    view.model?.kind === 'business';
  return usable ? (view as PreparedView) : undefined;
}

/** The tab's state and the prepared view of its business (if it is about that business and recent), in one read. */
export async function readTabStateAndView(tabId: number | undefined, now: number): Promise<{ tab?: TabState; view?: PreparedView }> {
  if (tabId === undefined) return {};
  const [tabEntry, viewEntry] = await storage.getItems([tabStateItem(tabId), tabViewItem(tabId)]);
  const tab = (tabEntry?.value as TabState | null) ?? undefined;
  return { tab, view: usablePreparedView(tab, viewEntry?.value, now) };
}
