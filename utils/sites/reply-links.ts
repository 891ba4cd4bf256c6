/**
 * Where the owner answers a review: the site's own business tools (Google Business Profile,
 * Yelp for Business, Tripadvisor's Management Centre, Booking.com's extranet, Trustpilot
 * Business, Yandex Business, 2GIS's account), as deep as an id we know allows. Pure and light
 * (no adapter code), so the popup can build the link without loading any site's reader. Nothing
 * is fetched: the owner's click opens it. A reply page that needs an id we do not know gives way
 * to the listing itself, where the owner signed in to the site can answer.
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

/**
 * The business tools' own review pages, for sites whose links carry no id of ours: Google's
 * profile manager lists the reviews of every profile the owner manages, Yelp for Business opens
 * on the owner's business, Tripadvisor's Management Centre on the owner's listing.
 */
export const OWNER_REVIEW_PAGES = {
  'google-maps': 'https://business.google.com/reviews',
  yelp: 'https://biz.yelp.com/',
  tripadvisor: 'https://www.tripadvisor.com/ManagementCenter',
} as const satisfies Partial<Record<SiteId, string>>;

/** The owner's reply page for a review of the business, else the listing. */
export function ownerReplyUrl(site: SiteId, business: ReplyTarget, siteReviewId?: string): string | undefined {
  switch (site) {
    case 'google-maps':
    case 'yelp':
    case 'tripadvisor':
      return OWNER_REVIEW_PAGES[site];
    case 'booking':
      return bookingReplyUrl(business.siteBusinessId) ?? business.url;
    case 'trustpilot':
      // Without the review's own id, Trustpilot Business's list of reviews.
      return trustpilotReplyUrl(siteReviewId) ?? 'https://businessapp.b2b.trustpilot.com/reviews';
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
