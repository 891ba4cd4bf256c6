/** The toolbar badge: the number of unread negative reviews, and a tooltip saying what it counts and where. */
import { toolbarAction } from '../browser-compat';
import type { Translator } from '../i18n';
import { loadUiTranslator } from '../i18n/load';
import { plainText } from '../text';
import { getDb } from '../store/db';
import { countUnread, listBusinesses, reviewTotals, unreadByBusiness } from '../store/queries';
import { businessTitle, type BusinessRecord } from '../store/schema';
import { siteState, unsafeSites, type SiteState } from '../reputation/site-state';
import { siteStateText } from '../reputation/site-state-text';
import { loadSettings } from '../settings';

export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

/** "4 new negative reviews — Trattoria Lucia"; several businesses are named with their counts, most first. */
export function badgeTitle(
  t: Translator,
  unread: number,
  rows: ReadonlyArray<{ business: BusinessRecord; unread: number }>,
  blindSites: ReadonlyArray<{ business: BusinessRecord; state: SiteState }> = [],
  now = Date.now(),
  noReviews: readonly BusinessRecord[] = [],
): string {
  const lines = [
    unreadLine(t, unread, rows),
    ...blindSites.slice(0, 3).map(({ business, state }) => siteLine(t, business, state, now)),
    // The owner's listings with no review read yet: said as the popup and the list say it, never with a score.
    ...noReviews.slice(0, 3).map((business) => plainText(t.t('badge.noReviews', { place: businessTitle(business) }), 300)),
  ];
  const said = lines.filter((line): line is string => line !== undefined);
  return said.length === 0 ? t.t('app.name') : said.join('\n');
}

/** "Trattoria Lucia — Yelp: reviews could not be read. Confirm you are not a robot on Yelp." */
function siteLine(t: Translator, business: BusinessRecord, state: SiteState, now: number): string {
  const text = siteStateText(t, state, now);
  return plainText(t.t('badge.site', { place: businessTitle(business), state: text.short, action: text.action ?? '' }), 300);
}

/** The owner's own sites that are blind or stale, blind first: the tooltip says them even when nothing is unread. */
export function blindOwnSites(
  businesses: readonly BusinessRecord[],
  now: number,
  staleAfterDays: number,
): Array<{ business: BusinessRecord; state: SiteState }> {
  const own = businesses.filter((b) => b.role === 'mine');
  const byKey = new Map(own.map((b) => [b.key, b]));
  return unsafeSites(own.map((b) => siteState(b, now, staleAfterDays))).map((state) => ({ business: byKey.get(state.businessKey)!, state }));
}

/**
 * The owner's places (a group is one) with no review read on any site, at least one of which
 * could be read (a blind one is said by its site line): the popup shows no score for them.
 */
export function ownPlacesWithoutReviews(
  businesses: readonly BusinessRecord[],
  totals: ReadonlyMap<string, number>,
  now: number,
  staleAfterDays: number,
): BusinessRecord[] {
  const places = new Map<string, BusinessRecord[]>();
  for (const b of businesses) {
    if (b.role !== 'mine') continue;
    const place = b.group ? `g:${b.group}` : `b:${b.key}`;
    places.set(place, [...(places.get(place) ?? []), b]);
  }
  const out: BusinessRecord[] = [];
  for (const sites of places.values()) {
    const read = sites.reduce((n, b) => n + (totals.get(b.key) ?? 0), 0);
    const readable = sites.some((b) => siteState(b, now, staleAfterDays).kind !== 'blind');
    if (read === 0 && readable) out.push(sites[0]!);
  }
  return out;
}

function unreadLine(t: Translator, unread: number, rows: ReadonlyArray<{ business: BusinessRecord; unread: number }>): string | undefined {
  if (unread <= 0 || rows.length === 0) return undefined;
  const places =
    rows.length === 1
      ? businessTitle(rows[0]!.business)
      : t.join(
          rows.slice(0, 3).map((row) => `${businessTitle(row.business)} (${t.number(row.unread)})`),
          'list',
        ) + (rows.length > 3 ? ` ${t.t('badge.more', { n: rows.length - 3 })}` : '');
  return plainText(t.t('badge.title', { n: unread, places }), 300);
}

export async function refreshBadge(): Promise<number> {
  const db = await getDb();
  const [unread, rows, t, businesses, settings, totals] = await Promise.all([
    countUnread(db),
    unreadByBusiness(db),
    loadUiTranslator(),
    listBusinesses(db),
    loadSettings(),
    reviewTotals(db),
  ]);
  const now = Date.now();
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#c62828' });
  await action.setBadgeText({ text: badgeText(unread) });
  const blind = blindOwnSites(businesses, now, settings.staleAfterDays);
  const empty = ownPlacesWithoutReviews(businesses, totals, now, settings.staleAfterDays);
  await action.setTitle({ title: badgeTitle(t, unread, rows, blind, now, empty) });
  return unread;
}
