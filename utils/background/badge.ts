/** The toolbar badge: the number of unread negative reviews, and a tooltip saying what it counts and where. */
import { toolbarAction } from '../browser-compat';
import type { Translator } from '../i18n';
import { loadUiTranslator } from '../i18n/load';
import { plainText } from '../text';
import { getDb } from '../store/db';
import { countUnread, unreadByBusiness } from '../store/queries';
import { businessTitle, type BusinessRecord } from '../store/schema';

export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

/** "4 new negative reviews — Trattoria Lucia"; several businesses are named with their counts, most first. */
export function badgeTitle(t: Translator, unread: number, rows: ReadonlyArray<{ business: BusinessRecord; unread: number }>): string {
  if (unread <= 0 || rows.length === 0) return t.t('app.name');
  const places =
    rows.length === 1
      ? businessTitle(rows[0]!.business)
      : rows
          .slice(0, 3)
          .map((row) => `${businessTitle(row.business)} (${t.number(row.unread)})`)
          .join(', ') + (rows.length > 3 ? ` ${t.t('badge.more', { n: rows.length - 3 })}` : '');
  return plainText(t.t('badge.title', { n: unread, places }), 300);
}

export async function refreshBadge(): Promise<number> {
  const db = await getDb();
  const [unread, rows, t] = await Promise.all([countUnread(db), unreadByBusiness(db), loadUiTranslator()]);
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#c62828' });
  await action.setBadgeText({ text: badgeText(unread) });
  await action.setTitle({ title: badgeTitle(t, unread, rows) });
  return unread;
}
