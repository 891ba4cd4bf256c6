import type { SiteId } from './types';

const NAMES: Record<SiteId, string> = { yelp: 'Yelp', 'google-maps': 'Google Maps', tripadvisor: 'Tripadvisor' };

/** The site's own name, as the owner knows it (not translated). */
export function siteName(site: SiteId): string {
  return NAMES[site];
}
