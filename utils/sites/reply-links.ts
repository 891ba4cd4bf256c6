/**
 * Where the owner answers a review: the site's own business tools, when it has a page for it.
 * Pure and light (no adapter code), so the popup can build the link without loading any site's
 * reader. Nothing is fetched: the owner's click opens it. A site whose reply page needs an id we
 * do not know gets the listing itself, where the owner signed in to the site can answer.
 */
import type { CapturedBusiness, SiteId } from './types';

export type ReplyTarget = Pick<CapturedBusiness, 'siteBusinessId' | 'url'> & { orgId?: string };

const DIGITS = /^\d{3,20}$/;

/** Booking.com's extranet: the property's reviews page (the owner signs in there to reply). */
export function bookingReplyUrl(siteBusinessId: string): string | undefined {
  return /^\d{1,12}$/.test(siteBusinessId)
    ? `https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=${siteBusinessId}`
    : undefined;
}

/** Trustpilot Business: the review's own page, where the reply box is. */
export function trustpilotReplyUrl(siteReviewId: string | undefined): string | undefined {
  return siteReviewId !== undefined && /^[0-9a-f]{24}$/i.test(siteReviewId) ? `https://businessapp.b2b.trustpilot.com/reviews/${siteReviewId}` : undefined;
}

/** Sites whose owners answer in business tools of their own (the popup links there). */
export function hasOwnerReplyPage(site: SiteId): boolean {
  return site === 'yandex-maps' || site === '2gis' || site === 'booking' || site === 'trustpilot';
}

/** The owner's reply page for a review of the business, else the listing (or nothing, for a site without such a page). */
export function ownerReplyUrl(site: SiteId, business: ReplyTarget, siteReviewId?: string): string | undefined {
  switch (site) {
    case 'booking':
      return bookingReplyUrl(business.siteBusinessId);
    case 'trustpilot':
      return trustpilotReplyUrl(siteReviewId);
    case 'yandex-maps':
      // Yandex Business calls the organisation id the permalink: the same number as on the map.
      return DIGITS.test(business.siteBusinessId) ? `https://yandex.ru/sprav/${business.siteBusinessId}/p/edit/reviews/` : business.url;
    case '2gis':
      // The business account knows the organisation, not the branch shown on the map.
      return business.orgId && DIGITS.test(business.orgId) ? `https://account.2gis.com/orgs/${business.orgId}/reviews` : business.url;
    default:
      return undefined;
  }
}
