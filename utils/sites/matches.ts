/**
 * Where each site's content script runs: its match patterns, kept apart from the adapters so
 * that code which only needs to know a site's addresses (the background's checks, imports on
 * the options page) does not carry the adapters with it.
 */
import { hostPatternsOf } from './hosts';
import type { SiteId } from './types';

const GOOGLE_TLDS = [
  'com',
  'co.uk',
  'ca',
  'com.au',
  'de',
  'fr',
  'es',
  'it',
  'ru',
  'com.mx',
  'com.ar',
  'nl',
  'pl',
  'pt',
  'com.br',
  'at',
  'ch',
  'be',
  'ie',
  'co.nz',
  'com.hk',
  'com.tw',
  'com.sg',
  'co.jp',
  'co.in',
  'com.tr',
  'ua',
  'by',
  'kz',
  'cn',
  'se',
  'no',
  'dk',
  'fi',
  'cz',
];
const YELP_TLDS = [
  'com',
  'ca',
  'co.uk',
  'com.au',
  'de',
  'fr',
  'es',
  'it',
  'ie',
  'at',
  'ch',
  'be',
  'nl',
  'com.mx',
  'co.nz',
  'com.sg',
  'com.hk',
  'com.tw',
  'co.jp',
  'pl',
  'se',
  'no',
  'dk',
  'fi',
  'cz',
  'pt',
  'com.br',
  'com.tr',
  'com.ph',
  'my',
];
const TRIPADVISOR_TLDS = [
  'com',
  'co.uk',
  'ca',
  'com.au',
  'ie',
  'in',
  'de',
  'at',
  'ch',
  'fr',
  'be',
  'es',
  'com.mx',
  'com.ar',
  'it',
  'nl',
  'ru',
  'com.br',
  'pt',
  'com.tw',
  'com.hk',
  'com.sg',
  'jp',
  'se',
  'dk',
  'pl',
  'co.nz',
  'cn',
];
/** Tripadvisor's review pages among its many page types. */
export const TRIPADVISOR_PAGE_TYPES = ['Restaurant_Review', 'Hotel_Review', 'Attraction_Review', 'ShowUserReviews'];

/** Yandex Maps runs on the portal's country domains (SITES.md §6). */
export const YANDEX_TLDS = ['ru', 'com', 'com.tr', 'kz', 'by', 'uz'];
/** 2GIS's country domains (SITES.md §7). */
export const TWOGIS_TLDS = ['ru', 'kz', 'kg', 'ae', 'uz', 'by', 'az', 'ge', 'tj', 'am'];

export const SITE_MATCHES: Record<SiteId, string[]> = {
  'google-maps': [...GOOGLE_TLDS.map((tld) => `https://www.google.${tld}/maps/*`), 'https://maps.google.com/*'],
  yelp: YELP_TLDS.map((tld) => `https://*.yelp.${tld}/biz/*`),
  tripadvisor: TRIPADVISOR_TLDS.flatMap((tld) => TRIPADVISOR_PAGE_TYPES.map((type) => `https://www.tripadvisor.${tld}/${type}-*`)),
  // One host for every language (the language is in the path: `.de.html`, `reviewlist.fr.html`).
  booking: ['https://www.booking.com/hotel/*', 'https://www.booking.com/reviewlist.*'],
  // www. and the country hosts (uk., de., fr., es.…) serve the same business pages.
  trustpilot: ['https://*.trustpilot.com/review/*'],
  // Only the organisation pages (their reviews tab), never the rest of the map.
  'yandex-maps': YANDEX_TLDS.map((tld) => `https://yandex.${tld}/maps/org/*`),
  // Only firm pages, under a city (`/moscow/firm/<id>`, also `/moscow/search/…/firm/<id>`).
  '2gis': TWOGIS_TLDS.map((tld) => `https://2gis.${tld}/*/firm/*`),
};

const hostCache = new Map<SiteId, string[]>();

/** The site's own hosts, e.g. `*.yelp.com`, `www.google.de`. */
export function siteHosts(site: SiteId): string[] {
  let hosts = hostCache.get(site);
  if (!hosts) {
    hosts = hostPatternsOf(SITE_MATCHES[site] ?? []);
    hostCache.set(site, hosts);
  }
  return hosts;
}
