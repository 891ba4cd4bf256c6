/**
 * What the content script in each tab last reported, kept in `storage.session` so the popup
 * can show it and so it survives the service worker being stopped. The background writes it;
 * the popup reads it.
 */
import { allTabStates, tabStateItem, type TabState } from '../storage-items';

export type { TabState };

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await tabStateItem(tabId).setValue(state);
}

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  return (await tabStateItem(tabId).getValue()) ?? undefined;
}

export async function clearTabState(tabId: number): Promise<void> {
  await tabStateItem(tabId).removeValue();
}

/** The tabs whose page shows the given business (to tell their content scripts that its notes changed). */
export async function tabsShowing(businessKey: string): Promise<number[]> {
  return [...(await allTabStates())].filter(([, state]) => state?.businessKey === businessKey).map(([id]) => id);
}
