/** The toolbar badge: the number of unread negative reviews. */
import { browser } from 'wxt/browser';
import { getDb } from '../store/db';
import { countUnread } from '../store/queries';

export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

function actionApi(): typeof browser.action {
  // MV3 has `action`; the Firefox MV2 build has `browserAction` with the same badge methods.
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function refreshBadge(): Promise<number> {
  const unread = await countUnread(await getDb());
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: '#c62828' });
  await action.setBadgeText({ text: badgeText(unread) });
  return unread;
}
