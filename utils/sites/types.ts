/**
 * The contract every site adapter fulfils. Adapters are pure: a Document and the
 * page URL in, a PageCapture out. They never call browser APIs and never throw.
 */

export const SITE_IDS = ['yelp', 'google-maps', 'tripadvisor', 'booking', 'trustpilot', 'yandex-maps', '2gis'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** How precisely a published date is known. */
export type DatePrecision = 'exact' | 'day' | 'week' | 'month' | 'year';

export interface EstimatedDate {
  /** Epoch milliseconds (UTC) of the best estimate. */
  at: number;
  precision: DatePrecision;
}

export interface CapturedReply {
  text: string;
  dateText?: string;
  publishedAt?: number;
  datePrecision?: DatePrecision;
}

export interface CapturedReview {
  /** The site's own id for the review, or a stable hash when the site gives none. */
  siteReviewId: string;
  author: string;
  /** Normalised to 1..5 (half steps allowed on sites that show them). */
  rating?: number;
  title?: string;
  text: string;
  /** The page shows only the start of the text ("More" / "Read more"). */
  truncated: boolean;
  /** BCP-47 language of the text as displayed, from page hints (`lang` attributes). */
  lang?: string;
  /** True when the displayed text is a machine translation and no original was on the page. */
  translated?: boolean;
  dateText?: string;
  publishedAt?: number;
  datePrecision?: DatePrecision;
  reply?: CapturedReply;
  /** A link to the review itself (or to the page it is on). */
  url?: string;
  /** The site's own score when its scale is not five stars (Booking: 1–10); `rating` is then the 1–5 value derived from it. */
  siteScore?: number;
  /** The scale of `siteScore` (10 on Booking). */
  scale?: number;
  /** The site's word for the score ("Superb", "Enttäuschend"), as the page shows it. */
  scoreWord?: string;
  /** Booking: what the guest liked and disliked, kept apart (`text` holds both). */
  liked?: string;
  disliked?: string;
  /** The reviewer's country, as shown. */
  authorCountry?: string;
  /** Booking: the stay behind the review, as shown ("Couple", "Deluxe Double Room", "September 2025"). */
  stay?: CapturedStay;
}

export interface CapturedStay {
  travellerType?: string;
  room?: string;
  /** The stay's month or dates as shown (never the publication date). */
  date?: string;
}

/** One of the property's own figures (Booking's "Staff 9.1"): never a review's score. */
export interface SubScore {
  label: string;
  score: number;
}

export interface CapturedBusiness {
  /** The site's stable id (Yelp biz id, Google feature id, TripAdvisor `d` number). */
  siteBusinessId: string;
  name: string;
  url: string;
  /** The site's displayed overall rating, 1..5. */
  rating?: number;
  /** The site's displayed total review count. */
  reviewCount?: number;
  /** The site's own overall score when its scale is not five stars (Booking: 8.6 of 10); `rating` is then derived from it. */
  siteScore?: number;
  scale?: number;
  /** The site's word for the overall score ("Excellent"). */
  scoreWord?: string;
  /** The property's sub-scores (Staff, Cleanliness…), on `scale`. */
  subScores?: SubScore[];
  /**
   * The id of the owner's account for the business when the site uses another one than
   * `siteBusinessId` (2GIS: the organisation behind a branch), for links to the reply page.
   */
  orgId?: string;
}

/**
 * How well the page's layout matched the adapter's selectors. When a page looks like a
 * review page but no card can be read, the popup says the layout may have changed.
 */
export interface LayoutHealth {
  /** The page looks like a review page (business header or review section found). */
  looksLikeReviewPage: boolean;
  /** Elements that look like review cards. */
  cardsFound: number;
  /** Cards that yielded a valid review. */
  cardsRead: number;
  /** For each selector list, the index of the first entry that matched, or -1. */
  selectors: Record<string, number>;
  /** A short machine-readable reason when nothing could be captured. */
  status: 'ok' | 'no-reviews' | 'reviews-not-open' | 'limited-view' | 'blocked' | 'layout-changed' | 'not-a-review-page';
}

export interface PageCapture {
  site: SiteId;
  business: CapturedBusiness;
  reviews: CapturedReview[];
  health: LayoutHealth;
  /** The UI language of the page (`<html lang>`), used as a hint for dates and text. */
  pageLang?: string;
}

export interface ExtractResult {
  /** Null when the page holds no business at all (wrong page, blocked, empty). */
  capture: PageCapture | null;
  health: LayoutHealth;
}

/**
 * What an adapter finds on a page before reading any card: the business, the card elements
 * and the signs of what kind of page it is. Reading cards is separate, so the capture
 * runtime can read a page of 1,000 cards in small time slices and skip unchanged cards.
 */
export interface SiteScan {
  url: URL;
  business: CapturedBusiness | null;
  /** Card elements in page order (outermost only). */
  cards: Element[];
  pageLang?: string;
  looksLikeReviewPage: boolean;
  /** The page says it has reviews (a count above zero) even if none is on screen. */
  expectsReviews: boolean;
  /** A state the page itself announces, or that the reviews are not on screen yet. */
  status?: 'limited-view' | 'blocked' | 'not-a-review-page' | 'reviews-not-open';
  /** For each selector list, the index of the first entry that matched, or −1. */
  selectors: Record<string, number>;
}

export interface SiteAdapter {
  id: SiteId;
  /** WebExtension match patterns for the content script. */
  matches: string[];
  /** Real-looking URLs this adapter must match (and no other adapter may). */
  sampleUrls: string[];
  /** The site's own hosts (from `matches`): stored links must lead there. */
  hosts: string[];
  /** Review pages of this site among the matched URLs. */
  isReviewPage(url: URL): boolean;
  /** Finds the business and the review cards. Never throws. */
  scan(doc: Document, url: URL, now: number): SiteScan;
  /** Reads one card; null when a required field is missing. Never throws. */
  readCard(card: Element, scan: SiteScan, now: number): CapturedReview | null;
  /** Buttons that expand a truncated text inside a card ("More"), for the auto-expand option. */
  expandButtons(card: Element): Element[];
  /**
   * Optional: the owner's reply inside a card — its block, or the control that opens it when the
   * site keeps it collapsed (Yandex) — so the on-page note sits on the review, above the reply.
   * Undefined when the card shows no reply. Pure; it finds, never clicks.
   */
  replyElement?(card: Element): Element | undefined;
  /** The whole page at once: scan plus every card. */
  extract(doc: Document, url: URL, now: number): ExtractResult;
  /**
   * Where the owner answers a review of the business on the site's own business tools (Booking's
   * extranet, Trustpilot Business, Yandex Business, 2GIS's account), else the listing; sites
   * without such a page leave it out. Pure: ids in, an address out.
   */
  ownerReplyUrl?(business: Pick<CapturedBusiness, 'siteBusinessId' | 'url' | 'orgId'>, siteReviewId?: string): string | undefined;
  /**
   * Optional: the business's review list sorted newest first, where the site's address can say
   * so (a grouped alert opens it). Pure; undefined when the address cannot be turned into one.
   */
  newestFirstUrl?(businessUrl: URL): string | undefined;
  /**
   * Optional, for scheduled checks (issue 17): the next control to click toward the newest
   * reviews — Google Maps' Reviews tab, its sort menu, "Newest" — skipping the steps in `done`;
   * null when nothing is left to click. Pure: it finds the element, the caller clicks it.
   */
  newestReviewsStep?(doc: Document, done: ReadonlySet<string>): { step: string; element: Element } | null;
  /**
   * Optional, beside `newestReviewsStep`: whether the page lists its newest reviews first now
   * (the sort control names the order in use); undefined when the page does not say. Pure.
   */
  newestReviewsShown?(doc: Document): boolean | undefined;
}

/** What a site module declares; `defineSite` derives `extract` and guards every call. */
export type SiteDefinition = Omit<SiteAdapter, 'extract' | 'hosts'>;
