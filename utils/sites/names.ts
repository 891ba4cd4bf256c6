import type { SiteId } from './types';

const NAMES: Record<SiteId, string> = {
  'google-maps': 'Google Maps',
  yelp: 'Yelp',
  tripadvisor: 'Tripadvisor',
  booking: 'Booking.com',
  trustpilot: 'Trustpilot',
  'yandex-maps': 'Yandex Maps',
  '2gis': '2GIS',
};

/** The site's own name, as the owner knows it (not translated). */
export function siteName(site: SiteId): string {
  return NAMES[site];
}

/** Every supported site, for texts that list them. */
export const SITE_NAMES: readonly string[] = Object.values(NAMES);
