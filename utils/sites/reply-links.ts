/**
 * Where the owner answers a review: the site's own business dashboard. Pure and light (no
 * adapter code), so the popup can build the link without loading any site's reader. A site
 * without a known reply page, or a business whose account id is unknown, gets the listing
 * itself, where the owner signed in to the site can answer.
 */
import type { CapturedBusiness, SiteId } from './types';

export type ReplyTarget = Pick<CapturedBusiness, 'siteBusinessId' | 'url'> & { orgId?: string };

const DIGITS = /^\d{3,20}$/;

/** Sites whose owners answer on a business dashboard of their own (the popup links there). */
export function hasOwnerReplyPage(site: SiteId): boolean {
  return site === 'yandex-maps' || site === '2gis';
}

/** The owner's reply page for the business's reviews, else the listing. */
export function ownerReplyUrl(site: SiteId, business: ReplyTarget): string {
  switch (site) {
    case 'yandex-maps':
      // Yandex Business calls the organisation id the permalink: the same number as on the map.
      return DIGITS.test(business.siteBusinessId) ? `https://yandex.ru/sprav/${business.siteBusinessId}/p/edit/reviews/` : business.url;
    case '2gis':
      // The business account knows the organisation, not the branch shown on the map.
      return business.orgId && DIGITS.test(business.orgId) ? `https://account.2gis.com/orgs/${business.orgId}/reviews` : business.url;
    default:
      return business.url;
  }
}
