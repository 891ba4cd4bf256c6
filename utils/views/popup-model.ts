/**
 * Assembles what the popup shows: the business on the current tab, or the owner's
 * businesses when the tab is elsewhere.
 */
import { browser } from 'wxt/browser';
import { getTabState, type TabState } from '../session/tab-state';
import { dayOf } from '../reputation/buckets';
import { DAY } from '../time';
import { MONTH_DAYS } from '../reputation/windows';
import { summarize, type BusinessSummary, type SummaryOptions } from '../reputation/summary';
import { loadSettings } from '../settings';
import { getDb, type SentinelDatabase } from '../store/db';
import { getBusiness } from '../store/queries';
import { listBusinessesForSwitcher, loadGroupSummary, loadSummaryParts, loadSummaryPartsByScan } from '../store/read-models';
import type { BusinessRecord } from '../store/schema';
import { dashboardRow, sortRows, type DashboardRow } from './dashboard';
import { viewBand, type ViewBand } from './morning';

export type PopupModel =
  | { kind: 'empty'; tab?: TabState }
  | { kind: 'business'; summary: BusinessSummary; tab?: TabState; businesses: BusinessRecord[] }
  | { kind: 'list'; businesses: BusinessRecord[]; tab?: TabState; staleAfterDays?: number; places?: DashboardRow[] };

/** `?business=<key>` opens the popup on one business (links from notifications and the options page); `?view=list` on the list of businesses. */
export function initialSelection(search: string): PopupSelection {
  const params = new URLSearchParams(search);
  if (params.get('view') === 'list') return 'list';
  const key = params.get('business');
  return key && key.length < 300 ? { businessKey: key } : 'auto';
}

/** The tab the popup is about: `?tab=<id>` (for tests and links), else the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** `auto`: the tab's business, else a sensible default; `list`: the switcher; else one business key. */
export type PopupSelection = 'auto' | 'list' | { businessKey: string };

/** The tab's state, or nothing when the popup is not about a tab. */
export function loadTabState(tabId: number | undefined): Promise<TabState | undefined> {
  return tabId === undefined ? Promise.resolve(undefined) : getTabState(tabId);
}

export async function loadPopupModel(options: {
  tabId?: number;
  tab?: Promise<TabState | undefined>;
  selection: PopupSelection;
  now: number;
  /** Read every review instead of the maintained figures (the benchmark's naive side). */
  fullScan?: boolean;
}): Promise<PopupModel> {
  const [db, tab, settings] = await Promise.all([getDb(), options.tab ?? loadTabState(options.tabId), loadSettings()]);
  const summaryOptions: SummaryOptions = { unansweredAfterDays: settings.unansweredDays, staleAfterDays: settings.staleAfterDays };
  const summaryOf = async (business: BusinessRecord | undefined) => {
    if (!business) return null;
    // A business joined with the same place on other sites shows the combined view, led by it.
    if (business.group) return loadGroupSummary(db, business.group, options.now, business.key, summaryOptions);
    const parts = options.fullScan ? loadSummaryPartsByScan(db, [business], options.now) : loadSummaryParts(db, [business], options.now);
    return summarize(await parts, options.now, summaryOptions);
  };
  const key = options.selection === 'list' ? undefined : typeof options.selection === 'object' ? options.selection.businessKey : tab?.businessKey;
  // The business in view and the switcher's list load side by side.
  const [businesses, summary] = await Promise.all([listBusinessesForSwitcher(db), key ? getBusiness(db, key).then(summaryOf) : null]);
  if (summary) return { kind: 'business', summary, tab, businesses };
  if (businesses.length === 0) return { kind: 'empty', tab };
  const list = async (): Promise<PopupModel> => ({
    kind: 'list',
    businesses,
    tab,
    staleAfterDays: settings.staleAfterDays,
    places: await loadPlaces(db, businesses, options.now, summaryOptions),
  });
  if (options.selection === 'list') return list();
  // Away from a review page: the owner's own place first, when there is exactly one (on one or several sites).
  const mine = businesses.filter((b) => b.role === 'mine');
  const places = new Set(mine.map((b) => b.group ?? b.key));
  if (!tab && places.size === 1) {
    const own = await summaryOf(mine[0]);
    if (own) return { kind: 'business', summary: own, businesses };
  }
  return list();
}

/**
 * The morning check: one row per place (a group is one place, led by its first business in the
 * switcher's order, the owner's first), each from the summary its own view would show, sorted
 * by what needs attention.
 */
export async function loadPlaces(db: SentinelDatabase, businesses: readonly BusinessRecord[], now: number, options: SummaryOptions): Promise<DashboardRow[]> {
  const leads = new Map<string, BusinessRecord>();
  for (const b of businesses) if (!leads.has(b.group ? `g:${b.group}` : `b:${b.key}`)) leads.set(b.group ? `g:${b.group}` : `b:${b.key}`, b);
  const summaries = await Promise.all(
    [...leads.values()].map(async (lead) =>
      lead.group ? loadGroupSummary(db, lead.group, now, lead.key, options) : summarize(await loadSummaryParts(db, [lead], now), now, options),
    ),
  );
  return sortRows(summaries.filter((s): s is BusinessSummary => s !== null).map(dashboardRow));
}

/** One row of the competitor comparison: one place (a business, or a group of the same place on several sites). */
export interface ComparisonRow {
  /** The place's lead business (its name and link). */
  business: BusinessRecord;
  /** Every site of the place. */
  businesses: BusinessRecord[];
  score: number;
  /** The band as the place's own view shows it (`viewBand`): no score is shown when it is unknown or none. */
  band: ViewBand;
  provisional: boolean;
  total: number;
  negativeShare: number;
  /** Reviews published in the last `MONTH_DAYS` days, and how many were negative. */
  recent: number;
  recentNegatives: number;
}

/** A place's row, from the very summary its own view shows: the headline and its row cannot differ. */
export function comparisonRow(summary: BusinessSummary): ComparisonRow {
  const since = dayOf(summary.at - MONTH_DAYS * DAY);
  const recentDays = summary.buckets.filter((b) => b.day > since);
  return {
    business: summary.business,
    businesses: summary.businesses,
    score: summary.score.score,
    band: viewBand(summary),
    provisional: summary.confidence.provisional,
    total: summary.total,
    negativeShare: summary.negativeShare,
    recent: recentDays.reduce((n, b) => n + b.count, 0),
    recentNegatives: recentDays.reduce((n, b) => n + b.negatives, 0),
  };
}

/**
 * The owner's places beside those marked as competitors, the one in view first (its row is
 * made from the view's own summary; the others are summarised as of the same moment, with the
 * same settings, a group as one place). Empty unless there is at least one of each.
 */
export async function loadComparison(focus: BusinessSummary, database?: SentinelDatabase): Promise<ComparisonRow[]> {
  const [db, settings] = await Promise.all([database ?? getDb(), loadSettings()]);
  const options: SummaryOptions = { unansweredAfterDays: settings.unansweredDays, staleAfterDays: settings.staleAfterDays };
  const marked = (await listBusinessesForSwitcher(db)).filter((b) => b.role === 'mine' || b.role === 'competitor');
  if (!marked.some((b) => b.role === 'mine') || !marked.some((b) => b.role === 'competitor')) return [];
  const place = (b: BusinessRecord): string => (b.group ? `g:${b.group}` : `b:${b.key}`);
  const seen = new Set(focus.businesses.map(place));
  const rows = [comparisonRow(focus)];
  for (const business of marked) {
    if (seen.has(place(business))) continue;
    seen.add(place(business));
    const summary = business.group
      ? await loadGroupSummary(db, business.group, focus.at, business.key, options)
      : summarize(await loadSummaryParts(db, [business], focus.at), focus.at, options);
    if (summary) rows.push(comparisonRow(summary));
  }
  return rows;
}
