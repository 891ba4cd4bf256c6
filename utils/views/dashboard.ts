/**
 * The list of businesses as the owner's morning check (issue 13.2): one row per place (a group
 * of the same place on several sites is one row) with its score and band, new negatives, urgent
 * reviews and each site's freshness, sorted by what needs attention. Pure: summaries in.
 *
 * API, in short:
 * - `dashboardRow(summary)` → one place's figures, from the very summary its own view shows;
 * - `compareRows(a, b)` / `sortRows(rows)` → urgent first, then new negatives, then blind or
 *   stale sites, then reviews still to answer, then the lowest score, then the name;
 * - `nothingWaiting(row)` → no urgent, new or unanswered negative review: the row may say so;
 * - `needsMinePrompt(rows)` → no place is marked as the owner's yet.
 */
import type { SiteState, ViewTrust } from '../reputation/site-state';
import type { BusinessSummary } from '../reputation/summary';
import { businessTitle, type BusinessRole } from '../store/schema';
import { hasScore, nowCounts, viewBand, type ViewBand } from './morning';

export interface DashboardRow {
  /** The place's lead business: opening the row opens its view. */
  key: string;
  name: string;
  role?: BusinessRole;
  /** Every site of the place with its state (ok, stale, blind), in the summary's order. */
  sites: SiteState[];
  trust: ViewTrust;
  /** As the place's own view shows it: never green while a site is stale or blind; `none` before any review is read. */
  band: ViewBand;
  /** Absent when every site is blind, or no review is read yet (no score is shown then). */
  score?: number;
  /** Unread negative reviews. */
  newNegatives: number;
  /** Urgent reviews not yet marked done. */
  urgent: number;
  /**
   * Negative reviews read but not answered (nor marked done), neither urgent nor new: the rest of
   * the place's "Needs a look", so the row never says nothing is waiting while its view lists reviews.
   */
  unanswered: number;
}

export function dashboardRow(summary: BusinessSummary): DashboardRow {
  const band = viewBand(summary);
  const counts = nowCounts(summary.attention);
  const row: DashboardRow = {
    key: summary.business.key,
    name: businessTitle(summary.business),
    sites: summary.sites,
    trust: summary.trust,
    band,
    newNegatives: summary.unread,
    urgent: counts.urgent,
    unanswered: counts.unanswered,
  };
  if (summary.business.role) row.role = summary.business.role;
  if (hasScore(band)) row.score = summary.score.score;
  return row;
}

/** The lowest score first; a place with no score because nothing is known leads, one with no review yet comes last. */
function scoreRank(row: DashboardRow): number {
  return row.score ?? (row.band === 'none' ? 101 : -1);
}

/** 2: a site could not be read; 1: a site is stale; 0: every site current. */
function freshnessRank(row: DashboardRow): number {
  if (row.sites.some((s) => s.kind === 'blind')) return 2;
  return row.sites.some((s) => s.kind === 'stale') ? 1 : 0;
}

/**
 * What needs attention first: urgent reviews, then new negatives, then blind or stale sites, then
 * negative reviews still to answer, then the lowest score.
 */
export function compareRows(a: DashboardRow, b: DashboardRow): number {
  return (
    b.urgent - a.urgent ||
    b.newNegatives - a.newNegatives ||
    freshnessRank(b) - freshnessRank(a) ||
    b.unanswered - a.unanswered ||
    scoreRank(a) - scoreRank(b) ||
    a.name.localeCompare(b.name) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export function sortRows(rows: readonly DashboardRow[]): DashboardRow[] {
  return [...rows].sort(compareRows);
}

/** Nothing of the place's "Needs a look" is waiting: only then may its row say so. */
export function nothingWaiting(row: Pick<DashboardRow, 'urgent' | 'newNegatives' | 'unanswered'>): boolean {
  return row.urgent === 0 && row.newNegatives === 0 && row.unanswered === 0;
}

/** No place is the owner's yet: the list asks which one is. */
export function needsMinePrompt(rows: readonly Pick<DashboardRow, 'role'>[]): boolean {
  return rows.length > 0 && !rows.some((r) => r.role === 'mine');
}
