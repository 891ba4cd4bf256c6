/**
 * The popup's view of the business a tab shows, prepared by the background right after that
 * tab's capture was stored and kept in `storage.session` beside the tab's state. The popup opened
 * from the toolbar on that tab reads both in one go and paints the score and its reasons at once
 * — even the first time the business is opened — while it loads the fresh view from IndexedDB.
 *
 * It is an optimisation only: it holds nothing the store does not, is dropped with the tab, and
 * is forgotten whenever a page changes stored data (role, import, deletion).
 */
import { browser } from 'wxt/browser';
import { loadPopupModel, type PopupModel } from '../views/popup-model';
import { tabStateKey, type TabState } from './tab-state';
import { compactView, MAX_VIEW_AGE } from '../views/view-cache';

const PREFIX = 'view:';
const FORMAT = 1;
/**
 * `storage.session` holds 10 MB in all, and the tabs' states live there too: a few views of
 * bounded size, the most recent, are kept.
 */
const MAX_VIEWS = 6;
const MAX_VIEW_CHARS = 400_000;
/** Captures come in bursts (a long page is several messages): the view is prepared after the last. */
const SETTLE_MS = 300;

export interface TabView {
  format: number;
  businessKey: string;
  savedAt: number;
  model: PopupModel;
}

const viewKey = (tabId: number): string => `${PREFIX}${tabId}`;
const pending = new Map<number, ReturnType<typeof setTimeout>>();

/** Prepares the view for the tab once its captures have settled. */
export function scheduleTabView(tabId: number, businessKey: string, now: () => number, settleMs = SETTLE_MS): void {
  clearTimeout(pending.get(tabId));
  pending.set(
    tabId,
    setTimeout(() => {
      pending.delete(tabId);
      void writeTabView(tabId, businessKey, now()).catch(() => undefined);
    }, settleMs),
  );
}

export async function writeTabView(tabId: number, businessKey: string, now: number): Promise<void> {
  const model = await loadPopupModel({ selection: { businessKey }, now });
  if (model.kind !== 'business') return;
  const view: TabView = { format: FORMAT, businessKey, savedAt: now, model: compactView(model, now) };
  if (JSON.stringify(view).length > MAX_VIEW_CHARS) return;
  const all = await browser.storage.session.get(null);
  const older = Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX) && key !== viewKey(tabId))
    .sort(([, a], [, b]) => ((b as Partial<TabView>).savedAt ?? 0) - ((a as Partial<TabView>).savedAt ?? 0))
    .slice(MAX_VIEWS - 1)
    .map(([key]) => key);
  if (older.length > 0) await browser.storage.session.remove(older);
  await browser.storage.session.set({ [viewKey(tabId)]: view });
}

/** The tab's state and the prepared view of its business (if it is about that business and recent), in one read. */
export async function readTabStateAndView(tabId: number | undefined, now: number): Promise<{ tab?: TabState; view?: TabView }> {
  if (tabId === undefined) return {};
  const stored = await browser.storage.session.get([tabStateKey(tabId), viewKey(tabId)]);
  const tab = stored[tabStateKey(tabId)] as TabState | undefined;
  const view = stored[viewKey(tabId)] as Partial<TabView> | undefined;
  const usable =
    tab?.businessKey !== undefined &&
    view?.format === FORMAT &&
    view.businessKey === tab.businessKey &&
    typeof view.savedAt === 'number' &&
    now - view.savedAt <= MAX_VIEW_AGE &&
    view.model?.kind === 'business';
  return { tab, view: usable ? (view as TabView) : undefined };
}

export async function forgetTabView(tabId: number): Promise<void> {
  clearTimeout(pending.get(tabId));
  pending.delete(tabId);
  await browser.storage.session.remove(viewKey(tabId));
}

/** Forgets every prepared view (stored data changed). */
export async function forgetTabViews(): Promise<void> {
  for (const timer of pending.values()) clearTimeout(timer);
  pending.clear();
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(PREFIX));
  if (keys.length > 0) await browser.storage.session.remove(keys);
}
