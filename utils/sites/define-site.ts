import { LIMITS, REVIEW_ID_PATTERN } from '../messages';
import { hostPatternsOf, urlOnHosts } from './hosts';
import { fallbackReviewId } from './review-id';
import { pageSaysReviews, readReviewSignals } from './review-signals';
import type { CapturedBusiness, CapturedReview, ExtractResult, LayoutHealth, PageCapture, SiteAdapter, SiteDefinition, SiteScan } from './types';

function cut(value: string | undefined, max: number): string | undefined {
  return value === undefined || value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/**
 * Keeps a review within the sizes the background accepts: an enormous text is kept as its
 * start and marked truncated (the review is not lost); an over-long link, or one that leads
 * off the site (`hosts`), is left out.
 */
export function fitToLimits(review: CapturedReview, hosts: readonly string[]): CapturedReview {
  const tooLong = review.text.length > LIMITS.textLength;
  // An id the site garbled (or a page forged) gives way to one made from the review itself.
  const idOk = review.siteReviewId.length <= LIMITS.idLength && REVIEW_ID_PATTERN.test(review.siteReviewId);
  const fitted: CapturedReview = {
    ...review,
    siteReviewId: idOk ? review.siteReviewId : fallbackReviewId(review.author, review.dateText, review.text),
    author: cut(review.author, LIMITS.authorLength)!,
    text: cut(review.text, LIMITS.textLength)!,
    truncated: review.truncated || tooLong,
    title: cut(review.title, LIMITS.titleLength),
    dateText: cut(review.dateText, LIMITS.dateTextLength),
    url: review.url !== undefined && review.url.length <= LIMITS.urlLength ? urlOnHosts(review.url, hosts) : undefined,
  };
  if (review.reply) {
    fitted.reply = { ...review.reply, text: cut(review.reply.text, LIMITS.textLength)! };
    if (review.reply.dateText !== undefined) fitted.reply.dateText = cut(review.reply.dateText, LIMITS.dateTextLength);
  }
  if (fitted.title === undefined) delete fitted.title;
  if (fitted.dateText === undefined) delete fitted.dateText;
  if (fitted.url === undefined) delete fitted.url;
  return fitted;
}

/** Page states that are sent with the business header but no review (the store records the blind visit). */
const BLIND_PAGE_STATES: ReadonlySet<LayoutHealth['status']> = new Set(['layout-changed', 'limited-view', 'reviews-not-open', 'blocked']);

export function emptyHealth(status: LayoutHealth['status'], looksLikeReviewPage: boolean): LayoutHealth {
  return { looksLikeReviewPage, cardsFound: 0, cardsRead: 0, selectors: {}, status };
}

/** The health status that follows from what the page showed. */
export function healthStatus(
  scan: Pick<SiteScan, 'looksLikeReviewPage' | 'expectsReviews' | 'status'>,
  cardsFound: number,
  cardsRead: number,
): LayoutHealth['status'] {
  if (scan.status) return scan.status;
  if (!scan.looksLikeReviewPage) return 'not-a-review-page';
  if (cardsRead > 0) return 'ok';
  if (cardsFound > 0 || scan.expectsReviews) return 'layout-changed';
  return 'no-reviews';
}

export function healthOf(scan: SiteScan, cardsRead: number): LayoutHealth {
  return {
    looksLikeReviewPage: scan.looksLikeReviewPage,
    cardsFound: scan.cards.length,
    cardsRead,
    selectors: scan.selectors,
    status: healthStatus(scan, scan.cards.length, cardsRead),
  };
}

/** Reviews in page order without duplicates (the same review shown twice keeps its first card). */
export function uniqueReviews(reviews: ReadonlyArray<CapturedReview | null>): CapturedReview[] {
  const seen = new Set<string>();
  const out: CapturedReview[] = [];
  for (const review of reviews) {
    if (!review || seen.has(review.siteReviewId)) continue;
    seen.add(review.siteReviewId);
    out.push(review);
  }
  return out;
}

/**
 * The capture a page yields. A page without readable reviews (limited view, reviews tab not
 * open) yields none; a page whose cards could not be read (a redesign) still yields its
 * business header, so the popup can show the business with the warning; and a business with no
 * reviews yet (a new listing) yields its header with no reviews, so its first visit is recorded
 * and its first review ever is news rather than the baseline.
 */
export function captureOf(site: Pick<SiteAdapter, 'id' | 'hosts'>, scan: SiteScan, reviews: CapturedReview[], health: LayoutHealth): PageCapture | null {
  if (!scan.business) return null;
  // A blind page of a known business is still news: its latest visit could not read the reviews;
  // a page that says the business has no review yet is a new listing's visit.
  if (reviews.length === 0 && !BLIND_PAGE_STATES.has(health.status) && health.status !== 'no-reviews') return null;
  const business = fitBusiness(scan.business, site.hosts, scan.url);
  // A page with no review and no sign of one stands for a count of zero: the visit's snapshot says so.
  if (health.status === 'no-reviews' && business.reviewCount === undefined) business.reviewCount = 0;
  return { site: site.id, business, reviews, health, pageLang: scan.pageLang };
}

/**
 * A header figure out of any real range (a garbled count, a rating of 45) is left out, not
 * sent; an address off the site (a forged canonical link) gives way to the page's own.
 */
export function fitBusiness(business: CapturedBusiness, hosts: readonly string[], pageUrl: URL): CapturedBusiness {
  const url = urlOnHosts(business.url, hosts) ?? urlOnHosts(`${pageUrl.origin}${pageUrl.pathname}`, hosts) ?? business.url;
  const fitted: CapturedBusiness = { ...business, name: cut(business.name, LIMITS.nameLength)!, url };
  if (fitted.rating !== undefined && !(fitted.rating >= 1 && fitted.rating <= 5)) delete fitted.rating;
  if (fitted.reviewCount !== undefined && !(Number.isInteger(fitted.reviewCount) && fitted.reviewCount >= 0 && fitted.reviewCount <= 1e9))
    delete fitted.reviewCount;
  return fitted;
}

function failedScan(url: URL): SiteScan {
  return { url, business: null, cards: [], looksLikeReviewPage: true, expectsReviews: true, selectors: {} };
}

/**
 * A page with no card read is judged again on signs the card anchors do not share (review-signals.ts):
 * a page that says it has reviews — the business header's own count above zero, or the count, a
 * reviews tab, heading or pager in the page — expects them, so no card read is a layout change,
 * never "no reviews". Pages that announce their own state (check page, limited view, reviews
 * not open) keep it. Only empty pages pay for the extra look.
 */
export function withReviewSignals(scan: SiteScan, doc: Document, isReviewPage: (url: URL) => boolean): SiteScan {
  if (scan.status || scan.cards.length > 0 || scan.expectsReviews) return scan;
  if ((scan.business?.reviewCount ?? 0) > 0) return { ...scan, looksLikeReviewPage: true, expectsReviews: true };
  if (!scan.business && !isReviewPage(scan.url)) return scan;
  if (!pageSaysReviews(readReviewSignals(doc))) return scan;
  return { ...scan, looksLikeReviewPage: true, expectsReviews: true };
}

/**
 * Declares a site adapter. Every call is guarded: a bug on a strange page yields no capture
 * (and a "layout changed" health), never an exception in the page.
 */
export function defineSite(definition: SiteDefinition): SiteAdapter {
  const hosts = hostPatternsOf(definition.matches);
  const scan = (doc: Document, url: URL, now: number): SiteScan => {
    try {
      return withReviewSignals(definition.scan(doc, url, now), doc, definition.isReviewPage);
    } catch {
      return failedScan(url);
    }
  };
  const readCard = (card: Element, pageScan: SiteScan, now: number): CapturedReview | null => {
    try {
      const review = definition.readCard(card, pageScan, now);
      return review ? fitToLimits(review, hosts) : null;
    } catch {
      return null;
    }
  };
  const expandButtons = (card: Element): Element[] => {
    try {
      return definition.expandButtons(card);
    } catch {
      return [];
    }
  };
  const replyOf = definition.replyElement;
  const newestFirst = definition.newestFirstUrl;
  const adapter: SiteAdapter = {
    ...definition,
    // Never throws, and never leads off the site's own address.
    ...(newestFirst
      ? {
          newestFirstUrl(businessUrl: URL): string | undefined {
            try {
              const href = newestFirst(businessUrl);
              return href !== undefined && new URL(href).origin === businessUrl.origin ? href : undefined;
            } catch {
              return undefined;
            }
          },
        }
      : {}),
    ...(replyOf
      ? {
          replyElement(card: Element): Element | undefined {
            try {
              return replyOf(card) ?? undefined;
            } catch {
              return undefined;
            }
          },
        }
      : {}),
    hosts,
    scan,
    readCard,
    expandButtons,
    extract(doc, url, now): ExtractResult {
      const pageScan = scan(doc, url, now);
      const reviews = uniqueReviews(pageScan.cards.map((card) => readCard(card, pageScan, now)));
      const health = healthOf(pageScan, reviews.length);
      return { capture: captureOf(adapter, pageScan, reviews, health), health };
    },
  };
  return adapter;
}
