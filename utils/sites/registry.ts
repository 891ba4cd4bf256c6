/** Every site adapter, for the code that must know them all (sender checks, popup, tests). */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteAdapter, SiteId } from './types';
import { googleMaps } from './google-maps';
import { tripadvisor } from './tripadvisor';
import { twoGis } from './twogis';
import { yandexMaps } from './yandex-maps';
import { yelp } from './yelp';
import { booking } from './booking';
import { trustpilot } from './trustpilot';

export const SITES: readonly SiteAdapter[] = [googleMaps, yelp, tripadvisor, booking, trustpilot, yandexMaps, twoGis];

export function siteById(id: SiteId): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id);
}

const patternCache = new Map<string, MatchPattern[]>();

/** Whether a URL is one the adapter's content script runs on. */
export function siteMatchesUrl(site: SiteAdapter, url: string): boolean {
  let patterns = patternCache.get(site.id);
  if (!patterns) {
    patterns = site.matches.map((m) => new MatchPattern(m));
    patternCache.set(site.id, patterns);
  }
  try {
    return patterns.some((p) => p.includes(url));
  } catch {
    return false;
  }
}

/** The adapter whose content script runs on this URL, if any. */
export function siteForUrl(url: string): SiteAdapter | undefined {
  return SITES.find((site) => siteMatchesUrl(site, url));
}
