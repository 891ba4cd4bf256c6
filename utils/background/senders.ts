/**
 * Who may talk to the background. Content-script messages are accepted only from this
 * extension's own content scripts, in the top frame of a tab on a site the adapter covers;
 * page messages only from this extension's own pages.
 */
import type { Runtime } from 'webextension-polyfill';
import { siteById, siteMatchesUrl } from '../sites/registry';
import type { SiteId } from '../sites/types';

export function isOwnContentScript(sender: Runtime.MessageSender, extensionId: string, site: SiteId): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.tab || sender.tab.id === undefined) return false;
  if ((sender.frameId ?? 0) !== 0) return false;
  const adapter = siteById(site);
  return Boolean(adapter && typeof sender.url === 'string' && siteMatchesUrl(adapter, sender.url));
}

export function isOwnPage(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
