/**
 * Which business a check page (captcha, "unusual traffic", connection check) stands in for. The
 * page itself holds no business header, so without this the owner's site would never turn blind:
 * the visit is tied (1) to the business in the page's own address or in the address the check
 * says it will send the visitor back to (`continue=`, `retpath=`…), when the site's addresses
 * carry its id, else (2) to the business the same tab showed last on the same site. Pure.
 */
import type { LayoutHealth, SiteId } from './types';
import { cidFromUrl, isGoogleMapsPlace } from './google-maps';
import { urlOnHosts } from './hosts';
import { siteHosts } from './matches';
import { trustpilotDomainOf } from './trustpilot';
import { tripadvisorLocationId } from './tripadvisor';
import { firmIdOf } from './twogis';
import { yandexOrgId } from './yandex-maps';

/** Query parameters in which check pages carry the address they were asked for. */
const RETURN_PARAMS = [
  'continue',
  'retpath',
  'return_to',
  'returnUrl',
  'return_url',
  'redirect',
  'redirect_url',
  'redirectUrl',
  'next',
  'url',
  'backurl',
  'target',
];

/** The site's own business id, when its addresses carry it (Yelp and Booking pages name theirs only inside the page). */
export function businessIdInAddress(site: SiteId, url: URL): string | undefined {
  switch (site) {
    case 'google-maps':
      return isGoogleMapsPlace(url) ? cidFromUrl(url) : undefined;
    case 'tripadvisor': {
      const id = tripadvisorLocationId(url);
      return id === undefined ? undefined : `d${id}`;
    }
    case 'trustpilot':
      return trustpilotDomainOf(url);
    case 'yandex-maps':
      return yandexOrgId(url);
    case '2gis':
      return firmIdOf(url);
    default:
      return undefined;
  }
}

/** A return address as written (plain, or Yandex's base64 `retpath` with its `_<hash>` tail), as the addresses on the site's own hosts it can be. */
function returnAddresses(raw: string, site: SiteId, base: URL): URL[] {
  const candidates = [raw];
  const encoded = /^([A-Za-z0-9+/_-]{16,}?={0,2})(?:_[0-9a-f]{8,})?$/.exec(raw)?.[1];
  if (encoded && !raw.includes(':')) {
    try {
      candidates.push(atob(encoded.replace(/-/g, '+').replace(/_/g, '/')));
    } catch {
      // Not base64 after all.
    }
  }
  return candidates.flatMap((candidate) => {
    const href = urlOnHosts(candidate, siteHosts(site), base);
    return href === undefined ? [] : [new URL(href)];
  });
}

/** The business id a check page's address names: its own path first, then the address it returns to. */
export function blockedPageBusinessId(site: SiteId, pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const own = businessIdInAddress(site, url);
  if (own !== undefined) return own;
  for (const name of RETURN_PARAMS) {
    const value = url.searchParams.get(name);
    if (!value || value.length > 4000) continue;
    for (const target of returnAddresses(value, site, url)) {
      const id = businessIdInAddress(site, target);
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

/** What the tab showed before (the tab's stored state). */
export interface PreviousTabPage {
  site: SiteId;
  businessKey?: string;
}

/**
 * The business a check page of this tab belongs to: the one its address names, else the one the
 * same tab showed last on the same site; none for any other page, or when nothing names one.
 * `keyOf` makes the stored key from the site's id (`businessKeyOf`).
 */
export function blockedPageBusinessKey(
  page: { site: SiteId; pageUrl: string; health: Pick<LayoutHealth, 'status'> },
  previous: PreviousTabPage | undefined,
  keyOf: (site: SiteId, siteBusinessId: string) => string,
): string | undefined {
  if (page.health.status !== 'blocked') return undefined;
  const id = blockedPageBusinessId(page.site, page.pageUrl);
  if (id !== undefined) return keyOf(page.site, id);
  return previous?.site === page.site ? previous.businessKey : undefined;
}
