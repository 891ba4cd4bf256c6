/**
 * Who is talking to the background, decided once per message from what the browser says about
 * the sender (never from the message itself): one of this extension's pages, or this extension's
 * content script in the top frame of a tab on a site an adapter covers (and which site).
 */
import type { Runtime } from 'webextension-polyfill';
import { siteForUrl } from '../sites/registry';
import type { SiteId } from '../sites/types';

export type SenderAudience = { kind: 'extension-page' } | { kind: 'content-script'; site: SiteId; tabId: number };

export interface ExtensionIds {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
}

export function senderAudience(sender: Runtime.MessageSender, ids: ExtensionIds): SenderAudience | null {
  if (sender.id !== ids.extensionId || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(ids.extensionOrigin)) return { kind: 'extension-page' };
  if (!sender.tab || sender.tab.id === undefined || (sender.frameId ?? 0) !== 0) return null;
  const site = siteForUrl(sender.url);
  return site ? { kind: 'content-script', site: site.id, tabId: sender.tab.id } : null;
}
