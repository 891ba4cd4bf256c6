/**
 * Prepares the popup's view of a tab's business after that tab's captures settle (see
 * `utils/views/prepared-view.ts` for why and how the popup reads it).
 */
import { allTabViews, tabViewItem } from '../storage-items';
import { loadPopupModel } from '../views/popup-model';
import { PREPARED_VIEW_FORMAT, type PreparedView } from '../views/prepared-view';
import { compactView } from '../views/view-cache';

/**
 * `storage.session` holds 10 MB in all, and the tabs' states live there too: a few views of
 * bounded size, the most recent, are kept.
 */
const MAX_VIEWS = 6;
const MAX_VIEW_CHARS = 400_000;
/** Captures come in bursts (a long page is several messages): the view is prepared after the last. */
const SETTLE_MS = 300;

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
  const view: PreparedView = { format: PREPARED_VIEW_FORMAT, businessKey, savedAt: now, model: compactView(model, now) };
  if (JSON.stringify(view).length > MAX_VIEW_CHARS) return;
  const older = [...(await allTabViews())]
    .filter(([id]) => id !== tabId)
    .sort(([, a], [, b]) => ((b as Partial<PreparedView>).savedAt ?? 0) - ((a as Partial<PreparedView>).savedAt ?? 0))
    .slice(MAX_VIEWS - 1);
  await Promise.all(older.map(([id]) => tabViewItem(id).removeValue()));
  await tabViewItem(tabId).setValue(view);
}

export async function forgetTabView(tabId: number): Promise<void> {
  clearTimeout(pending.get(tabId));
  pending.delete(tabId);
  await tabViewItem(tabId).removeValue();
}

/** Forgets every prepared view (stored data changed). */
export async function forgetTabViews(): Promise<void> {
  for (const timer of pending.values()) clearTimeout(timer);
  pending.clear();
  await Promise.all([...(await allTabViews()).keys()].map((id) => tabViewItem(id).removeValue()));
}
