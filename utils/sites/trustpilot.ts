/**
 * Trustpilot business pages (`trustpilot.com/review/<domain>`, also `uk.`, `de.`, `fr.`, `es.`…
 * and `?page=N`). See shared/SITES.md §5.
 *
 * Every field of a card has a `data-service-review-*` or `data-consumer-*` attribute that has
 * lasted for years under CSS-module classes (`styles_reviewCard__hcAvl`); the page also embeds
 * its data as `__NEXT_DATA__` (Next.js), which fills what the DOM cut short. The publication
 * time is `time[datetime]`, never the "Date of experience" line.
 */
import { LIMITS } from '../messages';
import { defineSite } from './define-site';
import { SITE_MATCHES, siteHosts } from './matches';
import { urlOnHosts } from './hosts';
import { attr, langOf, outermost, queryAllFirst, queryFirst, readJsonLd, readLine, readTextWithin } from './dom';
import { estimatePublishedDate } from './dates';
import { parseCount, parseDecimal, parseRatingLabel, validAverage, validRating } from './numbers';
import { fallbackReviewId } from './review-id';
import { trustpilotReplyUrl } from './reply-links';
import type { CapturedBusiness, CapturedReply, CapturedReview, DatePrecision, SiteScan } from './types';

export const TRUSTPILOT_SELECTORS = {
  card: [
    'article[data-service-review-card-paper]' /* 2023–25 */,
    'div[data-testid="service-review-card-v2"]' /* seen 2026-01 */,
    '[data-service-review-card-paper]',
    'article[class*="reviewCard"]' /* CSS module, hashed suffix */,
  ],
  author: ['[data-consumer-name-typography]', 'a[data-consumer-profile-link] span', 'a[href^="/users/"] span'],
  country: ['[data-consumer-country-typography]'],
  rating: ['[data-service-review-rating]', 'img[alt*="5"]', '[class*="starRating"] img'],
  title: ['h2[data-service-review-title-typography]', '[data-service-review-title-typography]', 'a[href*="/reviews/"] h2'],
  text: [
    'p[data-service-review-text-typography]',
    '[data-service-review-text-typography]',
    '[data-review-content] p:not([data-service-review-date-of-experience-typography])',
  ],
  date: ['time[data-service-review-date-time-ago][datetime]', 'time[datetime]:not([data-service-review-business-reply-date-time-ago])'],
  replyText: ['[data-service-review-business-reply-text-typography]', '[class*="replyText"]'],
  replyDate: ['time[data-service-review-business-reply-date-time-ago][datetime]'],
  name: ['[data-business-unit-display-name]', 'h1 span[class*="displayName"]', 'h1 span', 'h1'],
  trustScore: ['[data-rating-typography]', 'p[class*="trustScore"]'],
  count: ['[data-reviews-count-typography]', 'h1 span[class*="reviewsAndRating"]', 'h1'],
} as const;

const REVIEW_ID = /\/reviews\/([0-9a-f]{24})(?:[/?#]|$)/i;
const SEE_MORE = /^(?:see more|read more|mehr anzeigen|weiterlesen|voir plus|lire la suite|ver más|leer más|показать больше|читать дальше)$/i;
const REVIEWS_WORD = /(review|bewertung|avis|reseña|opiniones|отзыв)/i;

/** The company's domain in a Trustpilot review page address (`/review/<domain>`). */
export function trustpilotDomainOf(url: URL): string | undefined {
  const m = /^\/review\/([^/?#]+)\/?$/.exec(url.pathname);
  if (!m) return undefined;
  let domain: string;
  try {
    domain = decodeURIComponent(m[1]!).toLowerCase();
  } catch {
    return undefined;
  }
  return /^[a-z0-9][a-z0-9.-]{0,251}[a-z0-9]$/.test(domain) && domain.includes('.') ? domain : undefined;
}

function isTrustpilotReviewPage(url: URL): boolean {
  return trustpilotDomainOf(url) !== undefined;
}

interface NextReview {
  id?: string;
  title?: string;
  text?: string;
  rating?: number;
  language?: string;
  publishedDate?: string;
  replyText?: string;
  replyDate?: string;
}

interface NextData {
  displayName?: string;
  numberOfReviews?: number;
  trustScore?: number;
  reviews: NextReview[];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `props.pageProps.businessUnit` and `props.pageProps.reviews[]` of the embedded Next.js data, when present. */
function readNextData(doc: Document): NextData | undefined {
  const script = doc.querySelector('script#__NEXT_DATA__');
  if (!script) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(script.textContent ?? '');
  } catch {
    return undefined;
  }
  const pageProps = (data as { props?: { pageProps?: Record<string, unknown> } } | null)?.props?.pageProps;
  if (!pageProps || typeof pageProps !== 'object') return undefined;
  const unit = (pageProps.businessUnit ?? {}) as Record<string, unknown>;
  const list = Array.isArray(pageProps.reviews) ? (pageProps.reviews as unknown[]) : [];
  const reviews: NextReview[] = [];
  for (const item of list.slice(0, 200)) {
    if (!item || typeof item !== 'object') continue;
    const r = item as Record<string, unknown>;
    const dates = (r.dates ?? {}) as Record<string, unknown>;
    const reply = (r.reply ?? null) as Record<string, unknown> | null;
    reviews.push({
      id: str(r.id),
      title: str(r.title),
      text: str(r.text),
      rating: num(r.rating),
      language: str(r.language),
      publishedDate: str(dates.publishedDate),
      replyText: reply ? str(reply.message) : undefined,
      replyDate: reply ? (str(reply.publishedDate) ?? str(reply.updatedDate)) : undefined,
    });
  }
  return { displayName: str(unit.displayName), numberOfReviews: num(unit.numberOfReviews), trustScore: num(unit.trustScore), reviews };
}

const NEXT = new WeakMap<SiteScan, NextData>();

function readBusiness(doc: Document, url: URL, next: NextData | undefined): CapturedBusiness | null {
  const domain = trustpilotDomainOf(url);
  if (!domain) return null;
  let name = next?.displayName ?? readLine(queryFirst(doc, TRUSTPILOT_SELECTORS.name)?.element);
  let rating = validAverage(next?.trustScore) ?? validAverage(parseDecimal(readLine(queryFirst(doc, TRUSTPILOT_SELECTORS.trustScore)?.element)));
  let reviewCount = next?.numberOfReviews !== undefined && Number.isInteger(next.numberOfReviews) ? next.numberOfReviews : undefined;
  if (reviewCount === undefined) {
    const countLine = queryAllFirst(doc, TRUSTPILOT_SELECTORS.count)
      .elements.map((el) => readLine(el))
      .find((t) => /\d/.test(t) && REVIEWS_WORD.test(t) && t.length < 80);
    // "Reviews 1,234" / "Bewertungen 1.234": the count is the number beside the word.
    reviewCount = parseCount(countLine?.replace(/^[^\d]*/, ''));
  }
  for (const item of readJsonLd(doc)) {
    const record = item as { '@type'?: unknown; name?: unknown; aggregateRating?: { ratingValue?: unknown; reviewCount?: unknown } } | null;
    if (!record || typeof record !== 'object' || !record.aggregateRating) continue;
    if (!name && typeof record.name === 'string') name = record.name.trim();
    rating ??= validAverage(parseDecimal(String(record.aggregateRating.ratingValue ?? '')));
    reviewCount ??= parseCount(String(record.aggregateRating.reviewCount ?? ''));
  }
  // The h1 reads "QuickParcel Reviews 1,234" on some layouts: keep the name only.
  name = (name || domain).replace(/\s+(?:reviews?|bewertungen|avis|opiniones|отзывы)\b.*$/i, '').trim() || domain;
  return { siteBusinessId: domain, name: name.slice(0, 300), url: `${url.origin}/review/${domain}`, rating, reviewCount };
}

/** The Verifying-your-connection page (AWS WAF / Cloudflare) that stands in for the business page. */
function isBotCheck(doc: Document): boolean {
  if (doc.querySelector('script[src*="awswaf" i], script[src*="challenge-platform"], #challenge-container, #challenge-form, [id^="cf-challenge"]')) return true;
  const title = doc.title ?? '';
  const heading = readLine(doc.querySelector('h1, h2'));
  return /verifying your connection|just a moment|verify you are human|überprüfung ihrer verbindung|vérification de votre connexion|verificando tu conexión|проверка подключения/i.test(
    `${title} ${heading}`,
  );
}

function scan(doc: Document, url: URL): SiteScan {
  const empty: SiteScan = { url, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, selectors: {} };
  if (!isTrustpilotReviewPage(url)) return { ...empty, status: 'not-a-review-page' };
  if (isBotCheck(doc) && !doc.querySelector(TRUSTPILOT_SELECTORS.card.join(',')))
    return { ...empty, looksLikeReviewPage: true, expectsReviews: true, status: 'blocked' };
  const next = readNextData(doc);
  const business = readBusiness(doc, url, next);
  const cardHit = queryAllFirst(doc, TRUSTPILOT_SELECTORS.card);
  const cards = outermost(cardHit.elements);
  const result: SiteScan = {
    url,
    business,
    cards,
    pageLang: attr(doc.documentElement, 'lang'),
    looksLikeReviewPage: Boolean(business && (cards.length > 0 || doc.querySelector('[data-rating-typography], script#__NEXT_DATA__, h1'))),
    expectsReviews: (business?.reviewCount ?? 0) > 0,
    selectors: { card: cardHit.index, next: next ? 0 : -1 },
  };
  if (next) NEXT.set(result, next);
  return result;
}

function exact(iso: string | undefined, now: number): { at: number; precision: DatePrecision } | undefined {
  return estimatePublishedDate(iso, now);
}

function readReply(card: Element, embedded: NextReview | undefined, now: number): CapturedReply | undefined {
  const textEl = queryFirst(card, TRUSTPILOT_SELECTORS.replyText)?.element;
  const domText = textEl ? readTextWithin(textEl).text : '';
  const text =
    embedded?.replyText && embedded.replyText.length > domText.length && embedded.replyText.startsWith(domText.slice(0, 40)) ? embedded.replyText : domText;
  if (!text) return undefined;
  const time = queryFirst(card, TRUSTPILOT_SELECTORS.replyDate)?.element;
  const date = exact(attr(time, 'datetime') ?? embedded?.replyDate, now);
  const reply: CapturedReply = { text: text.slice(0, LIMITS.textLength) };
  const dateText = readLine(time);
  if (dateText && dateText.length <= 80) reply.dateText = dateText;
  if (date) {
    reply.publishedAt = date.at;
    reply.datePrecision = date.precision;
  }
  return reply;
}

/** The company's reply: the widest block around its text and title that holds nothing of the review. */
function replyBlock(card: Element): Element | undefined {
  const replyText = queryFirst(card, TRUSTPILOT_SELECTORS.replyText)?.element;
  if (!replyText) return undefined;
  const reviewText = queryAllFirst(card, TRUSTPILOT_SELECTORS.text).elements.find(
    (el) => !(el === replyText || replyText.contains(el) || el.contains(replyText)),
  );
  let block = replyText;
  while (block.parentElement && block.parentElement !== card && !(reviewText && block.parentElement.contains(reviewText))) block = block.parentElement;
  return block;
}

function readCard(card: Element, scan: SiteScan, now: number): CapturedReview | null {
  const author = readLine(queryFirst(card, TRUSTPILOT_SELECTORS.author)?.element);
  const textHit = queryFirst(card, TRUSTPILOT_SELECTORS.text);
  const replyBox = queryFirst(card, TRUSTPILOT_SELECTORS.replyText)?.element;
  const textEl = textHit && !(replyBox && (replyBox === textHit.element || replyBox.contains(textHit.element))) ? textHit.element : undefined;
  const titleEl = queryFirst(card, TRUSTPILOT_SELECTORS.title)?.element;
  const link = titleEl?.closest('a[href*="/reviews/"]') ?? card.querySelector('a[href*="/reviews/"]');
  // Only a link that stays on Trustpilot names the review: a page could point its links anywhere.
  const href = urlOnHosts(attr(link, 'href'), siteHosts('trustpilot'), scan.url);
  const id = REVIEW_ID.exec(href ?? '')?.[1]?.toLowerCase();
  const embedded = NEXT.get(scan)?.reviews.find((r) => r.id !== undefined && r.id.toLowerCase() === id);
  const body = textEl ? readTextWithin(textEl) : { text: '', cut: false };
  let text = body.text.replace(/\s*(?:…|\.\.\.)?\s*(?:See more|Read more|Mehr anzeigen|Voir plus|Ver más)\s*$/i, '');
  let truncated = body.cut || /(…|\.\.\.)$/.test(text) || Array.from(card.querySelectorAll('button, a[role="button"]')).some((b) => SEE_MORE.test(readLine(b)));
  // The embedded data holds the whole text when the card shows only its start.
  if (
    embedded?.text &&
    embedded.text.length >= text.length &&
    embedded.text.replace(/\s+/g, ' ').startsWith(
      text
        .replace(/(…|\.\.\.)$/, '')
        .replace(/\s+/g, ' ')
        .slice(0, 60),
    )
  ) {
    text = embedded.text;
    truncated = false;
  }
  const title = readLine(titleEl) || embedded?.title;
  if (!author || (!text && !title)) return null;
  const ratingEl = queryFirst(card, TRUSTPILOT_SELECTORS.rating)?.element;
  const rating =
    validRating(parseDecimal(attr(card.querySelector('[data-service-review-rating]'), 'data-service-review-rating'))) ??
    validRating(parseRatingLabel(attr(ratingEl, 'alt') ?? attr(ratingEl?.querySelector('img'), 'alt'))) ??
    validRating(embedded?.rating);
  // The publication time; "Date of experience" is a separate line and never used.
  const time = Array.from(card.querySelectorAll(TRUSTPILOT_SELECTORS.date.join(','))).find(
    (el) => !el.closest('[data-service-review-business-reply-date-time-ago]') && !el.hasAttribute('data-service-review-business-reply-date-time-ago'),
  );
  const published = exact(attr(time, 'datetime') ?? embedded?.publishedDate, now);
  const dateText = readLine(time) || undefined;
  const country = readLine(queryFirst(card, TRUSTPILOT_SELECTORS.country)?.element);
  const lang = embedded?.language ?? langOf(textEl) ?? scan.pageLang;
  const review: CapturedReview = {
    siteReviewId: id ?? fallbackReviewId(author, published ? new Date(published.at).toISOString() : dateText, text || (title ?? '')),
    author: author.slice(0, 200),
    rating,
    title: title?.slice(0, 500),
    text: text.slice(0, LIMITS.textLength),
    truncated: truncated || text.length > LIMITS.textLength,
    lang,
    dateText: dateText && dateText.length <= 80 ? dateText : undefined,
    publishedAt: published?.at,
    datePrecision: published?.precision,
    reply: readReply(card, embedded, now),
    url: id && href ? `${new URL(href).origin}/reviews/${id}` : undefined,
  };
  if (country && country.length <= 80) review.authorCountry = country;
  return review;
}

/** The business's review list, most recent first (`?sort=recency`); none off a `/review/<domain>` page. */
export function trustpilotNewestFirstUrl(businessUrl: URL): string | undefined {
  if (!/^\/review\/[^/]+\/?$/.test(businessUrl.pathname)) return undefined;
  const url = new URL(businessUrl.pathname, businessUrl.origin);
  url.searchParams.set('sort', 'recency');
  return url.href;
}

export const trustpilot = defineSite({
  id: 'trustpilot',
  newestFirstUrl: trustpilotNewestFirstUrl,
  matches: SITE_MATCHES.trustpilot,
  sampleUrls: [
    'https://www.trustpilot.com/review/www.example-shop.co.uk',
    'https://www.trustpilot.com/review/quickparcel.co.uk?page=2',
    'https://uk.trustpilot.com/review/quickparcel.co.uk?sort=recency&stars=1',
    'https://de.trustpilot.com/review/handyreparatur-schmidt.de',
    'https://fr.trustpilot.com/review/www.pharmacie-lafayette.fr?languages=all',
    'https://es.trustpilot.com/review/clinica-dental-sonrisa.es',
  ],
  isReviewPage: isTrustpilotReviewPage,
  scan,
  readCard,
  replyElement: replyBlock,
  expandButtons: () => [],
  ownerReplyUrl: (_business, siteReviewId) => trustpilotReplyUrl(siteReviewId),
});
