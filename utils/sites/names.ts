import type { SiteId } from './types';

const NAMES: Record<SiteId, string> = { yelp: 'Yelp', 'google-maps': 'Google Maps', tripadvisor: 'Tripadvisor' };

/** The site's own name, as the owner knows it (not translated). */
export function siteName(site: SiteId): string {
  return NAMES[site];
}

/** Every supported site, for texts that list them. */
export const SITE_NAMES: readonly string[] = Object.values(NAMES);
