/** The toolbar badge: the number of unread negative reviews. */
import { toolbarAction } from '../browser-compat';
import { getDb } from '../store/db';
import { countUnread } from '../store/queries';

export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

export async function refreshBadge(): Promise<number> {
  const unread = await countUnread(await getDb());
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#c62828' });
  await action.setBadgeText({ text: badgeText(unread) });
  return unread;
}
