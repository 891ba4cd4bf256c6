/**
 * What a score and its trend stand on: how many reviews the extension has read, how many were on
 * the page at each site's last visit, what the sites themselves show, and how long the business
 * has been watched. Pure.
 */
import type { SiteId } from '../sites/types';
import { wholeDaysBetween } from '../time';
import { PROVISIONAL_BELOW, TREND_MIN_HISTORY_DAYS } from './windows';

/** The figures of one site as its own page shows them. */
export interface SiteBasis {
  key: string;
  site: SiteId;
  rating?: number;
  reviewCount?: number;
  /** The site's own score and scale when it is not five stars (Booking). */
  siteScore?: number;
  scale?: number;
  /** Review cards read on the page at the last visit. */
  lastRead?: number;
}

export interface Confidence {
  /** Reviews read and kept (what the score's stars, texts and velocity rest on). */
  read: number;
  /** Review cards read on the pages at the sites' last visits, summed; absent when no visit reported it. */
  lastVisitRead?: number;
  sites: SiteBasis[];
  /** Fewer than `PROVISIONAL_BELOW` reviews read: the score is mostly the site rating's prior. */
  provisional: boolean;
  /** Whole days since the business was first seen (any of its sites, any visit). */
  historyDays: number;
  /** History spans at least `TREND_MIN_HISTORY_DAYS`: arrows and "rating fell" may be shown. */
  trends: boolean;
}

export interface ConfidenceBusiness {
  key: string;
  site: SiteId;
  firstSeenAt: number;
  rating?: number;
  reviewCount?: number;
  siteScore?: number;
  scale?: number;
  health?: { cardsRead: number };
}

export function confidenceOf(businesses: readonly ConfidenceBusiness[], snapshots: readonly { capturedAt: number }[], read: number, now: number): Confidence {
  const firstSeen = Math.min(...businesses.map((b) => b.firstSeenAt), ...snapshots.map((s) => s.capturedAt));
  const historyDays = Number.isFinite(firstSeen) ? Math.max(0, wholeDaysBetween(firstSeen, now)) : 0;
  // The sites in one order whichever leads the view: most reviews on their own page first.
  const sites = sortedForTrend(businesses).map((b): SiteBasis => {
    const basis: SiteBasis = { key: b.key, site: b.site };
    if (b.rating !== undefined) basis.rating = b.rating;
    if (b.reviewCount !== undefined) basis.reviewCount = b.reviewCount;
    if (b.scale !== undefined && b.siteScore !== undefined) Object.assign(basis, { scale: b.scale, siteScore: b.siteScore });
    if (b.health) basis.lastRead = b.health.cardsRead;
    return basis;
  });
  const reported = sites.filter((s) => s.lastRead !== undefined);
  const confidence: Confidence = { read, sites, provisional: read < PROVISIONAL_BELOW, historyDays, trends: historyDays >= TREND_MIN_HISTORY_DAYS };
  if (reported.length > 0) confidence.lastVisitRead = reported.reduce((n, s) => n + s.lastRead!, 0);
  return confidence;
}

/**
 * The snapshots a group's rating trend reads: the displayed ratings of different sites are not
 * one series, so one site speaks for the group — the one with the most reviews on its own page
 * (then the smallest key), whichever site the view was opened from.
 */
export function trendSite<T extends { key: string; reviewCount?: number }>(businesses: readonly T[]): T {
  return sortedForTrend(businesses)[0]!;
}

function sortedForTrend<T extends { key: string; reviewCount?: number }>(businesses: readonly T[]): T[] {
  return [...businesses].sort((a, b) => (b.reviewCount ?? 0) - (a.reviewCount ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
