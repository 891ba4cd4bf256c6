/**
 * Yelp business pages (`yelp.<tld>/biz/<alias>`).
 *
 * Yelp's class names are hashed CSS modules (`comment__09f24__D0cxf`, `y-css-1541nhh`) that
 * change every year or two, so cards are found through anchors that last: the reviewer's
 * `/user_details?userid=` link, `role="img"` star ratings with an aria-label, and `lang`
 * on the review text. Hashed prefixes are matched with `[class*="comment__"]`, never whole.
 */
import { LIMITS } from '../messages';
import { defineSite } from './define-site';
import { SITE_MATCHES } from './matches';
import { attr, langOf, outermost, queryAllFirst, queryFirst, readJsonLd, readLine, readText, readTextWithin, textElements, type TextElement } from './dom';
import { httpsUrl } from '../urls';
import { estimatePublishedDate } from './dates';
import { isOwnerReplyLabel } from './markers';
import { parseCount, parseDecimal, parseRatingLabel, validAverage, validRating } from './numbers';
import { fallbackReviewId } from './review-id';
import type { CapturedBusiness, CapturedReply, CapturedReview, SiteScan } from './types';

export const YELP_SELECTORS = {
  /** The reviews list. Labels are localised; the id and the list structure are not. */
  section: ['section[aria-label="Recommended Reviews"]', 'section[aria-label*="review" i]', '#reviews', '[data-testid="reviews-section"]', 'main'],
  /** Every review card has a link to its reviewer's profile. */
  reviewer: ['a[href*="/user_details?userid="]', 'a[href*="user_details"]', '[data-testid*="UserPassportInfo"] a', '.user-passport-info a'],
  /** The card around a reviewer link. */
  card: ['li', '[data-review-id]', '[class*="review__"]', 'article'],
  rating: [
    '[role="img"][aria-label*="star rating" i]',
    '[role="img"][aria-label*="star" i]',
    '[role="img"][aria-label*="étoile" i]',
    '[role="img"][aria-label*="stern" i]',
    '[role="img"][aria-label*="estrella" i]',
    '[role="img"][aria-label*="stell" i]',
    '[class*="stars--"]' /* legacy i-stars--regular-4, before 2019 */,
    '[class*="-stars__"]' /* five-stars__09f24__mBKym, 2022–24 */,
  ],
  text: [
    'p[class*="comment__"] span[lang]',
    'p[class*="comment__"] span[class*="raw__"]',
    'span[class*="raw__"][lang]',
    'p[class*="comment__"]',
    'p[lang]',
    'span[lang]',
  ],
  overallRating: ['[role="img"][aria-label*="star rating" i]', '[role="img"][aria-label*="star" i]', '[role="img"][aria-label]'],
} as const;

function isYelpReviewPage(url: URL): boolean {
  return /^\/biz\/[^/]+\/?$/.test(url.pathname);
}

function bizAlias(url: URL): string | undefined {
  const match = /^\/biz\/([^/?#]+)/.exec(url.pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

function readBusiness(doc: Document, url: URL, section: Element | null): CapturedBusiness | null {
  const alias = bizAlias(url);
  const bizId = attr(doc.querySelector('meta[name="yelp-biz-id"]'), 'content') ?? alias;
  if (!bizId) return null;
  const h1 = doc.querySelector('h1');
  let name = readLine(h1);
  let rating: number | undefined;
  let reviewCount: number | undefined;
  // The header: the nearest ancestor of the h1 that also holds a star rating.
  for (let box: Element | null = h1?.parentElement ?? null, depth = 0; box && depth < 6; box = box.parentElement, depth++) {
    if (section && (box.contains(section) || section.contains(box))) break;
    const stars = queryFirst(box, YELP_SELECTORS.overallRating);
    if (stars) {
      // The star image is rounded to halves ("4 star rating"); the number beside it is exact ("4.2").
      const exact = Array.from(box.querySelectorAll('span'))
        .map((el) => readLine(el))
        .find((t) => /^[1-5](?:[.,]\d)?$/.test(t));
      rating = validAverage(parseDecimal(exact)) ?? validAverage(parseRatingLabel(attr(stars.element, 'aria-label')));
      const countText = Array.from(box.querySelectorAll('a, span'))
        .map((el) => readLine(el))
        .find((t) => /\d/.test(t) && /(review|avis|bewertung|beitr|reseña|opinion|recension|recensione|отзыв|評論|评论)/i.test(t) && t.length < 60);
      reviewCount = parseCount(countText);
      break;
    }
  }
  // Older pages (and some current ones) carry schema.org data; it fills what the DOM lacked.
  for (const item of readJsonLd(doc)) {
    if (!item || typeof item !== 'object') continue;
    const record = item as { name?: unknown; aggregateRating?: { ratingValue?: unknown; reviewCount?: unknown } };
    if (!record.aggregateRating) continue;
    if (!name && typeof record.name === 'string') name = record.name.trim();
    rating ??= validAverage(parseDecimal(String(record.aggregateRating.ratingValue ?? '')));
    reviewCount ??= parseCount(String(record.aggregateRating.reviewCount ?? ''));
  }
  if (!name) name = alias ?? bizId;
  const canonical = alias ? `${url.origin}/biz/${encodeURIComponent(alias)}` : url.origin + url.pathname;
  return { siteBusinessId: bizId, name: name.slice(0, 300), url: canonical, rating, reviewCount };
}

/** The card element around a reviewer link: the closest list item inside the reviews list. */
function cardOf(link: Element, section: Element | null): Element | null {
  for (const selector of YELP_SELECTORS.card) {
    const card = link.closest(selector);
    if (card && (!section || section.contains(card)) && card !== section) return card;
  }
  return null;
}

/** Climbs from `inner` to the largest ancestor inside `card` that does not contain `other`. */
function exclusiveContainer(inner: Element, other: Element | null, card: Element): Element {
  let box = inner;
  while (box.parentElement && box.parentElement !== card && !(other && box.parentElement.contains(other))) box = box.parentElement;
  return box;
}

function findDate(
  lines: readonly TextElement[],
  exclude: Element[],
  now: number,
  lang: string | undefined,
): { text: string; at?: number; precision?: CapturedReview['datePrecision'] } | undefined {
  for (const { element, text } of lines) {
    if (text.length > 40 || !/\d/.test(text) || exclude.some((x) => x.contains(element))) continue;
    const estimate = estimatePublishedDate(attr(element, 'datetime') ?? text, now, lang);
    if (estimate) return { text, at: estimate.at, precision: estimate.precision };
  }
  return undefined;
}

/**
 * A site id for the review, only from an attribute that every state of the card carries.
 * The `hrid` permalink is not one: it sits on the "read more" link, which disappears when the
 * card is expanded, so the same review would get two ids.
 */
function readReviewId(card: Element): string | undefined {
  const direct = attr(card, 'data-review-id') ?? attr(card.querySelector('[data-review-id]'), 'data-review-id');
  if (direct && /^[\w-]{6,64}$/.test(direct)) return direct;
  const idAttr = /^review[_-]([\w-]{6,64})$/.exec(card.id ?? '');
  return idAttr?.[1];
}

function readReply(card: Element, reviewText: Element, now: number, lang: string | undefined): { reply: CapturedReply; box: Element } | undefined {
  // The reply has its own comment paragraph after the review's, under a "Comment from … / Business Owner" header.
  const matches = new Set<Element>();
  for (const selector of YELP_SELECTORS.text) card.querySelectorAll(selector).forEach((el) => matches.add(el));
  const paragraphs = outermost(Array.from(matches).filter((p) => p !== reviewText && !p.contains(reviewText) && !reviewText.contains(p)));
  for (const paragraph of paragraphs) {
    const box = exclusiveContainer(paragraph, reviewText, card);
    const header = readText(box).slice(0, 400).split('\n').slice(0, 4).join(' ');
    if (!isOwnerReplyLabel(header)) continue;
    const text = readText(paragraph).slice(0, LIMITS.textLength);
    if (!text) continue;
    const date = findDate(textElements(box, 40), [paragraph], now, lang);
    return { reply: { text, dateText: date?.text, publishedAt: date?.at, datePrecision: date?.precision }, box };
  }
  return undefined;
}

const MORE_LABEL =
  /^(read more|more|mehr|weiterlesen|mehr anzeigen|lire la suite|voir plus|plus|leer más|ver más|ещё|еще|читать полностью|читать дальше|更多|閱讀更多|阅读更多|展开)$/i;

function moreControls(card: Element, lines: readonly TextElement[] = textElements(card, 300)): Element[] {
  return lines.filter((t) => t.text.length <= 30 && MORE_LABEL.test(t.text)).map((t) => t.element.closest('a, button, [role="button"]') ?? t.element);
}

function readCard(card: Element, scan: SiteScan, now: number): CapturedReview | null {
  // The avatar and the name both link to the profile; the name is the link with text.
  const author = queryAllFirst(card, YELP_SELECTORS.reviewer)
    .elements.map((link) => readLine(link))
    .find((name) => name.length > 0)
    ?.slice(0, 200);
  const textHit = queryFirst(card, YELP_SELECTORS.text);
  if (!author || !textHit) return null;
  const textElement = textHit.element;
  const body = readTextWithin(textElement);
  const rawText = body.text;
  if (!rawText) return null;
  const lines = textElements(card, 300);
  const ratingHit = queryFirst(card, YELP_SELECTORS.rating);
  const rating = validRating(
    parseRatingLabel(attr(ratingHit?.element, 'aria-label')) ??
      parseDecimal(/stars--(?:regular|large|small)?-?(\d(?:-half)?)/.exec(ratingHit?.element.getAttribute('class') ?? '')?.[1]?.replace('-half', '.5')),
  );
  const lang = langOf(textElement) ?? scan.pageLang;
  // Dates follow the site's locale (10/3/2026 on yelp.com), not the language of the review.
  const reply = readReply(card, textElement, now, scan.pageLang);
  const date = findDate(lines, reply ? [textElement, reply.box] : [textElement], now, scan.pageLang);
  // Yelp shows "read more" on long texts in some layouts; the link goes to the full review.
  const truncated = moreControls(card, lines).some((el) => !reply?.box.contains(el)) || /(…|\.\.\.)$/.test(rawText);
  const id = readReviewId(card);
  const text = rawText.slice(0, LIMITS.textLength);
  return {
    siteReviewId: id ?? fallbackReviewId(author, date?.text, text),
    author,
    rating,
    text,
    truncated: truncated || rawText.length > LIMITS.textLength || body.cut,
    lang,
    dateText: date?.text,
    publishedAt: date?.at,
    datePrecision: date?.precision,
    reply: reply?.reply,
    url: httpsUrl(attr(card.querySelector('a[href*="hrid="]'), 'href'), scan.url),
  };
}

function scan(doc: Document, url: URL): SiteScan {
  const base = { url, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, selectors: {} };
  if (!isYelpReviewPage(url)) return { ...base, status: 'not-a-review-page' };
  const pageLang = attr(doc.documentElement, 'lang');
  const sectionHit = queryFirst(doc, YELP_SELECTORS.section.slice(0, -1));
  const section = sectionHit?.element ?? null;
  const business = readBusiness(doc, url, section);
  const reviewers = queryAllFirst(section ?? doc, YELP_SELECTORS.reviewer);
  const cards = outermost(Array.from(new Set(reviewers.elements.map((link) => cardOf(link, section)).filter((c): c is Element => c !== null))));
  const first = cards[0];
  return {
    url,
    business,
    cards,
    pageLang,
    looksLikeReviewPage: Boolean(business && (section || doc.querySelector('meta[name="yelp-biz-id"]'))),
    expectsReviews: (business?.reviewCount ?? 0) > 0 && Boolean(section),
    selectors: {
      section: sectionHit?.index ?? -1,
      reviewer: reviewers.index,
      text: first ? (queryFirst(first, YELP_SELECTORS.text)?.index ?? -1) : -1,
      rating: first ? (queryFirst(first, YELP_SELECTORS.rating)?.index ?? -1) : -1,
    },
  };
}

/** Yelp's review list of a business, newest first: `?sort_by=date_desc`, from the first page. */
export function yelpNewestFirstUrl(businessUrl: URL): string | undefined {
  if (!/^\/biz\/[^/]+\/?$/.test(businessUrl.pathname)) return undefined;
  const url = new URL(businessUrl.pathname, businessUrl.origin);
  url.searchParams.set('sort_by', 'date_desc');
  url.hash = 'reviews';
  return url.href;
}

export const yelp = defineSite({
  id: 'yelp',
  newestFirstUrl: yelpNewestFirstUrl,
  matches: SITE_MATCHES.yelp,
  sampleUrls: [
    'https://www.yelp.com/biz/the-golden-spoon-bistro-austin',
    'https://www.yelp.com/biz/the-golden-spoon-bistro-austin?osq=Restaurants&sort_by=date_desc',
    'https://www.yelp.com/biz/bella-nails-spa-san-francisco-2?start=10',
    'https://m.yelp.com/biz/tacos-el-rey-chicago',
    'https://www.yelp.co.uk/biz/the-crown-tavern-london',
    'https://www.yelp.de/biz/caf%C3%A9-sonnenschein-berlin',
    'https://www.yelp.fr/biz/le-petit-zinc-paris',
  ],
  isReviewPage: isYelpReviewPage,
  scan,
  readCard,
  replyElement: (card) => {
    const text = queryFirst(card, YELP_SELECTORS.text)?.element;
    // The reply's date is not needed here, only where its block is: any `now` will do.
    return text ? readReply(card, text, 0, undefined)?.box : undefined;
  },
  expandButtons: (card) => moreControls(card).filter((el) => el.tagName === 'BUTTON' || el.getAttribute('role') === 'button'),
});
