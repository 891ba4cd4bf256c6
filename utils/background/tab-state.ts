/**
 * What the content script in each tab last reported, kept in `storage.session` so the popup
 * can show it and so it survives the service worker being stopped.
 */
import { browser } from 'wxt/browser';
import type { LayoutHealth, SiteId } from '../sites/types';

export interface TabState {
  site: SiteId;
  pageUrl: string;
  businessKey?: string;
  health: LayoutHealth;
  at: number;
}

export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
}

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const stored = await browser.storage.session.get(tabStateKey(tabId));
  return stored[tabStateKey(tabId)] as TabState | undefined;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}

/** The tabs whose page shows the given business (to tell their content scripts that its notes changed). */
export async function tabsShowing(businessKey: string): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([k, v]) => k.startsWith('tab:') && (v as Partial<TabState> | undefined)?.businessKey === businessKey)
    .map(([k]) => Number(k.slice(4)))
    .filter((id) => Number.isInteger(id));
}
