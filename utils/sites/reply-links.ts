/**
 * Where the owner answers a review: the site's own business tools, when it has a page for it.
 * Pure, and kept apart from the adapters so the popup can link to it without carrying them.
 * The addresses are from shared/SITES.md §5 and §8; nothing is fetched, the owner's click opens it.
 */
import type { SiteId } from './types';

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

/** The owner's reply page for a review, or undefined when the site has none we know. */
export function ownerReplyUrl(site: SiteId, siteBusinessId: string, siteReviewId?: string): string | undefined {
  if (site === 'booking') return bookingReplyUrl(siteBusinessId);
  if (site === 'trustpilot') return trustpilotReplyUrl(siteReviewId);
  return undefined;
}
