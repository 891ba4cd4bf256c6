/**
 * The popup's business view, action first (issue 13.1): what its one state line says (band,
 * score, what changed since the owner last looked), what kind of "to do now" each review is, and
 * the order of the view's sections. Pure: summaries, remembered views and `now` in.
 *
 * API, in short:
 * - `lastLookOf(entries, businessKey)` → when the owner last saw this business and its score then;
 * - `noReviewsYet(summary)`, `viewBand(summary)` → no review read yet (no score, no band), else
 *   the band the view may show;
 * - `stateLine(summary, lastLook)` → the figures of the line under the business's name;
 * - `nowKind(review)`, `nowCounts(attention)` → urgent, new (unread) or unanswered;
 * - `viewSections(summary)` → the sections top to bottom.
 */
import { isUrgentReview, type AttentionFacts } from '../reviews/rules';
import type { Band } from '../reputation/score';
import { shownBand } from '../reputation/site-state';
import type { BusinessSummary } from '../reputation/summary';
import type { PopupModel } from './popup-model';

/** What the owner saw the last time the popup showed this business. */
export interface LastLook {
  at: number;
  /** The score then; absent when none was shown (every site blind). */
  score?: number;
}

type Remembered = { model: PopupModel; savedAt: number } | null | undefined;

/**
 * The newest remembered view that showed this business (alone, or in its group's combined view),
 * read before the fresh view replaces it: the popup's own memory of what the owner last saw.
 */
export function lastLookOf(entries: readonly Remembered[], businessKey: string): LastLook | undefined {
  let best: LastLook | undefined;
  for (const entry of entries) {
    if (!entry || entry.model.kind !== 'business') continue;
    const summary = entry.model.summary;
    if (!summary.businesses.some((b) => b.key === businessKey)) continue;
    if (best && best.at >= entry.savedAt) continue;
    best = { at: entry.savedAt };
    if (summary.trust !== 'unknown' && !noReviewsYet(summary)) best.score = summary.score.score;
  }
  return best;
}

export type LookChange =
  /** The owner has not looked at this business in the popup before (or not for a month). */
  | { kind: 'first' }
  | { kind: 'same'; since: number }
  /** `delta`: the score's change (absent when either side had none); `newNegatives`: reviews to act on first seen since. */
  | { kind: 'changed'; since: number; delta?: number; newNegatives: number };

/**
 * The band a view shows: never green while a site is stale or blind, `unknown` when every site is
 * blind, `none` when no review of the place has been read yet (nothing to score).
 */
export type ViewBand = Band | 'partial' | 'unknown' | 'none';

/**
 * No review of the place read yet, on a site that could be read: a listing recorded, not a score.
 * (Every site blind stays `unknown`: a site we could not read may well have reviews.)
 */
export function noReviewsYet(summary: Pick<BusinessSummary, 'total' | 'trust'>): boolean {
  return summary.total === 0 && summary.trust !== 'unknown';
}

/** The band of a place's views (state line, list row, comparison), one rule for all. */
export function viewBand(summary: Pick<BusinessSummary, 'total' | 'trust' | 'score'>): ViewBand {
  return noReviewsYet(summary) ? 'none' : shownBand(summary.score.band, summary.trust);
}

/** A number is shown only with a band: with none or unknown, any number would read as a verdict. */
export function hasScore(band: ViewBand): boolean {
  return band !== 'unknown' && band !== 'none';
}

/**
 * Why a view with every site blind has no score, so its words match the figures under them:
 * `nothing` — no review was ever read; `earlier` — the latest visits could not read the reviews,
 * and the figures shown are from earlier visits (`readAt`: the latest of them, when known).
 */
export type UnknownBasis = { kind: 'nothing' } | { kind: 'earlier'; readAt?: number };

export function unknownBasis(summary: Pick<BusinessSummary, 'total' | 'sites'>): UnknownBasis {
  if (summary.total === 0) return { kind: 'nothing' };
  const dates = summary.sites.flatMap((s) => (s.kind === 'blind' && s.readAt !== undefined ? [s.readAt] : []));
  return dates.length > 0 ? { kind: 'earlier', readAt: Math.max(...dates) } : { kind: 'earlier' };
}

export interface StateLine {
  /** As the view may show it (`viewBand`). */
  band: ViewBand;
  /** Absent when the band is unknown or none: any number would read as a verdict. */
  score?: number;
  /** New (unread) negative reviews. */
  unread: number;
  /** Urgent reviews still to handle. */
  urgent: number;
  change: LookChange;
}

/** Score differences this small are noise of the recency weights, not news. */
const SAME_SCORE = 1;

export function stateLine(summary: BusinessSummary, last: LastLook | undefined): StateLine {
  const band = viewBand(summary);
  const line: StateLine = { band, unread: summary.unread, urgent: nowCounts(summary.attention).urgent, change: { kind: 'first' } };
  if (hasScore(band)) line.score = summary.score.score;
  if (!last) return line;
  const newNegatives = summary.attention.filter((r) => r.firstSeenAt > last.at).length;
  const delta = line.score !== undefined && last.score !== undefined ? line.score - last.score : undefined;
  const moved = delta !== undefined && Math.abs(delta) > SAME_SCORE;
  const scoreAppeared = (line.score === undefined) !== (last.score === undefined);
  if (!moved && !scoreAppeared && newNegatives === 0) line.change = { kind: 'same', since: last.at };
  else line.change = { kind: 'changed', since: last.at, newNegatives, ...(moved ? { delta } : {}) };
  return line;
}

export type NowKind = 'urgent' | 'new' | 'unanswered';

/** Why a review is on the "to do now" list: urgent whatever else, then new (unread), else unanswered. */
export function nowKind(review: AttentionFacts): NowKind {
  if (isUrgentReview(review.analysis)) return 'urgent';
  return review.unread === 1 ? 'new' : 'unanswered';
}

export function nowCounts(attention: readonly AttentionFacts[]): Record<NowKind, number> {
  const counts: Record<NowKind, number> = { urgent: 0, new: 0, unanswered: 0 };
  for (const review of attention) counts[nowKind(review)]++;
  return counts;
}

export type ViewSection =
  /** "This is my business" / "Competitor": first on a business nobody marked, last once marked. */
  | 'claim'
  /** Sites stale or blind: opening them is something to do now. */
  | 'sites'
  | 'needs'
  | 'score'
  | 'risk'
  | 'stats'
  | 'below'
  | 'roles';

/**
 * Top to bottom: what to do (claim an unmarked business, re-open a site that is stale or
 * blind, answer the reviews), then why (score reasons, risk signals, figures), the role
 * buttons once marked, then the rest (rating math, chart, comparison).
 */
export function viewSections(summary: Pick<BusinessSummary, 'business' | 'trust'>): ViewSection[] {
  const marked = summary.business.role !== undefined;
  const sitesFirst = summary.trust !== 'current';
  return [
    ...(marked ? [] : (['claim'] as const)),
    ...(sitesFirst ? (['sites'] as const) : []),
    'needs',
    'score',
    'risk',
    ...(sitesFirst ? [] : (['sites'] as const)),
    'stats',
    ...(marked ? (['roles'] as const) : []),
    // Last: it loads a frame later, and what arrives at the end moves nothing above it.
    'below',
  ];
}
