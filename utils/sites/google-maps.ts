/**
 * Google Maps place pages (`google.<tld>/maps/place/…`).
 *
 * The class names (`jftiEf`, `d4r55`, `wiI7pd`, …) are hashed and have held since about 2022,
 * but Google may rotate them: every list below starts with what lasts longer — the
 * `data-review-id` attribute, ARIA roles and labels, `jsaction` names and text anchors.
 */
import { LIMITS } from '../messages';
import { defineSite } from './define-site';
import { googleMapsNewestShown, googleMapsNewestStep } from './google-maps-newest';
import { SITE_MATCHES } from './matches';
import { attr, langOf, outermost, queryAllFirst, queryFirst, readLine, readText, readTextWithin, textElements } from './dom';
import { estimatePublishedDate } from './dates';
import { hashString } from '../hash';
import { isOwnerReplyLabel, LIMITED_VIEW_MARKERS } from './markers';
import { reviewsTabSelected } from './review-signals';
import { parseCount, parseDecimal, parseRatingLabel, validAverage, validRating } from './numbers';
import type { CapturedBusiness, CapturedReply, CapturedReview, SiteScan } from './types';

export const GOOGLE_MAPS_SELECTORS = {
  main: ['div[role="main"][aria-label]', 'div[role="main"]'],
  name: ['div[role="main"] h1', 'h1.DUwDvf' /* hashed, seen 2022–2026 */, 'h1'],
  ratingBlock: ['[jsaction*="reviewChart.moreReviews"]', 'div.F7nice' /* hashed, seen 2022–2026 */, 'div.jANrlb' /* hashed, reviews tab header */],
  /** The reviews pane: its tab is selected, or its sort control / chart is there. */
  reviewsPane: [
    'button[role="tab"][aria-selected="true"][data-tab-index="1"]',
    'button[aria-label*="Sort" i][data-value]',
    'button[data-value="Sort"]',
    '[jsaction*="reviewChart.moreReviews"]',
    'div.jANrlb' /* hashed */,
  ],
  /** Outermost `data-review-id` elements: the like, photo and More buttons carry the same id. */
  card: ['div[data-review-id][aria-label]', '[data-review-id]', 'div.jftiEf' /* hashed, seen 2022–2026 */, 'div.jJc9Ad' /* hashed, 2021–22 */],
  author: ['button[data-href*="/maps/contrib/"] div', 'a[href*="/maps/contrib/"]', '.d4r55' /* hashed, seen 2022–2026 */],
  stars: ['span[role="img"][aria-label]', '.kvMYJc[aria-label]' /* hashed */],
  /** Dates have no semantic anchor; when these fail, any short text that parses as a date is used. */
  date: ['.rsqaWe' /* hashed, seen 2022–2026 */, '.xRkPPb' /* hashed, hotels, 2026 */, '.DU9Pgb > span' /* hashed */],
  textBox: ['div[lang][id]', 'div.MyEned' /* hashed, seen 2022–2026 */, 'div[lang]'],
  // Never the text "More": reviewer names like "ALMORET" contain it (revcli).
  more: ['button[jsaction*="expandReview"]', 'button[aria-label="See more"]', 'button.w8nwRe' /* hashed */],
  reply: ['div.CDe7pd' /* hashed, seen 2022–2026 */, 'div.C76HXb' /* hashed, unverified */],
  replyDate: ['.DZSIDd' /* hashed */],
  replyText: ['div[lang]', '.wiI7pd' /* hashed */],
  translation: ['button[jsaction*="review.showReview"]', 'button[role="switch"][aria-checked]'],
} as const;

/** "(Translated by Google) … (Original) …" — older pages inline both texts. */
const TRANSLATED_MARKER =
  /\((?:Translated by Google|Переведено Google|Traducido por Google|Übersetzt von Google|Traduit par Google|由 ?Google ?(?:提供)?翻[译譯])\)/i;
const ORIGINAL_MARKER = /\((?:Original|Оригинал|Texto original|Avis d['’]origine|Original anzeigen|原始评论|原始評論|原文)\)/i;
/** The toggle says what a click would show: "See original" means a translation is on screen. */
const SHOWING_TRANSLATION = /see original|показать оригинал|ver original|original anzeigen|voir l['’]original|查看原文|顯示原文|显示原文/i;

export function isGoogleMapsPlace(url: URL): boolean {
  return /^\/maps\/place\//.test(url.pathname) || url.searchParams.has('cid') || /!1s0x[0-9a-f]+:0x[0-9a-f]+/i.test(url.href);
}

/** The place's CID: the second half of the feature id (`!1s0x…:0x…`), as an unsigned decimal. */
export function cidFromUrl(url: URL): string | undefined {
  const cid = url.searchParams.get('cid') ?? url.searchParams.get('ludocid');
  if (cid && /^\d{1,20}$/.test(cid)) return cid;
  const fid = /!1s0x[0-9a-f]{1,16}:(0x[0-9a-f]{1,16})/i.exec(url.href);
  if (!fid) return undefined;
  try {
    return BigInt(fid[1]!).toString(10);
  } catch {
    return undefined;
  }
}

function placeNameFromUrl(url: URL): string | undefined {
  const match = /^\/maps\/place\/([^/@]+)/.exec(url.pathname);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function comparableName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Names in different scripts (a transliterated URL) cannot be compared letter by letter. */
function sameScript(a: string, b: string): boolean {
  const latin = (t: string): boolean => /[a-z]/i.test(t) && !/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(t);
  return latin(a) === latin(b);
}

const COUNT_WORD = /(review|отзыв|оцен|reseña|opini|rezension|bewertung|avis|評論|评论|评价|則|条)/i;

/**
 * Unknown markup: the place's stars are the first `role="img"` rating outside any review card;
 * the header block is the nearest ancestor that also holds the review count.
 */
function headerWithoutClasses(panel: ParentNode): Element | undefined {
  const stars = Array.from(panel.querySelectorAll('span[role="img"][aria-label]')).find(
    // Never a review's stars, nor another place's ("People also search for" links to it).
    (el) => !el.closest('[data-review-id]') && !el.closest('a[href*="/maps/place/"]') && validAverage(parseDecimal(attr(el, 'aria-label'))) !== undefined,
  );
  let box = stars?.parentElement ?? undefined;
  for (let up = 0; box && up < 3; up++, box = box.parentElement ?? undefined) {
    if (
      Array.from(box.querySelectorAll('[aria-label]')).some(
        (el) => el !== stars && /\d/.test(attr(el, 'aria-label') ?? '') && COUNT_WORD.test(attr(el, 'aria-label') ?? ''),
      )
    )
      return box;
  }
  return stars?.parentElement ?? undefined;
}

/** A histogram row ("5 stars, 1,642 reviews") counts one star, not the place. */
const HISTOGRAM_ROW = /^\s*[1-5]\s*(?:stars?|звезд|звёзд|звезды|звезда|estrellas?|sterne?|étoiles?|顆星|颗星|星)/i;

function readBlock(box: Element): { rating?: number; reviewCount?: number } {
  const hidden = Array.from(box.querySelectorAll('span[aria-hidden="true"], .fontDisplayLarge'))
    .map((el) => readLine(el))
    .find((t) => /^[1-5](?:[.,]\d)?$/.test(t));
  const starsLabel = attr(box.querySelector('span[role="img"][aria-label]'), 'aria-label');
  const rating = validAverage(parseDecimal(hidden)) ?? validAverage(parseDecimal(starsLabel));
  const countLabel =
    [box, ...Array.from(box.querySelectorAll('[aria-label]'))]
      .map((el) => attr(el, 'aria-label') ?? '')
      .find((label) => /\d/.test(label) && COUNT_WORD.test(label) && !HISTOGRAM_ROW.test(label)) ??
    Array.from(box.querySelectorAll('span, .fontBodySmall'))
      .map((el) => readLine(el))
      .find((t) => /^\(\s*[\d\s.,\u00a0\u202f]+\)$/.test(t) || /\d.*(review|отзыв|reseña|rezension|bewertung|avis|評論|评论|评价)/i.test(t));
  return { rating, reviewCount: parseCount(countLabel) };
}

/**
 * The place's rating and count, wherever the header sits: every block the selectors find is
 * tried in turn (the histogram rows and the "1,284 reviews" button carry the same `jsaction`
 * as the header on some pages, and hold no rating), then the structural fallback.
 */
function readHeader(panel: ParentNode): { rating?: number; reviewCount?: number; index: number } {
  let rating: number | undefined;
  let reviewCount: number | undefined;
  let index = -1;
  const list = GOOGLE_MAPS_SELECTORS.ratingBlock;
  for (let i = 0; i < list.length && rating === undefined; i++) {
    for (const box of Array.from(panel.querySelectorAll(list[i]!))) {
      if (box.tagName === 'TR' || HISTOGRAM_ROW.test(attr(box, 'aria-label') ?? '')) continue;
      const found = readBlock(box);
      reviewCount ??= found.reviewCount;
      if (found.rating !== undefined) {
        rating = found.rating;
        index = i;
        break;
      }
    }
  }
  if (rating === undefined) {
    const fallback = headerWithoutClasses(panel);
    if (fallback) {
      const found = readBlock(fallback);
      rating = found.rating;
      reviewCount ??= found.reviewCount;
      // The structural fallback is reported as the entry after the list.
      if (rating !== undefined || reviewCount !== undefined) index = list.length;
    }
  }
  return { rating, reviewCount, index };
}

function readBusiness(
  doc: Document,
  url: URL,
  panel: ParentNode,
): { business: CapturedBusiness | null; header: ReturnType<typeof readHeader>; nameIndex: number } {
  const nameHit = queryFirst(panel, GOOGLE_MAPS_SELECTORS.name);
  const header = readHeader(panel);
  const name = readLine(nameHit?.element).slice(0, 300);
  if (!name) return { business: null, header, nameIndex: -1 };
  let id = cidFromUrl(url);
  if (!id) {
    // Reached without an id in the URL: the name and address identify the place instead.
    const address = attr(doc.querySelector('button[data-item-id="address"]'), 'aria-label') ?? '';
    id = `n-${hashString(`${name}|${address}`)}`;
  }
  const business: CapturedBusiness = {
    siteBusinessId: id,
    name,
    url: /^\d+$/.test(id) ? `https://www.google.com/maps?cid=${id}` : `${url.origin}${url.pathname}`,
    rating: header.rating,
    reviewCount: header.reviewCount,
  };
  return { business, header, nameIndex: nameHit?.index ?? -1 };
}

function isLimitedView(panel: ParentNode): boolean {
  const notices = Array.from(panel.querySelectorAll('[role="alert"], [role="status"], [aria-live], span, div'))
    .filter((el) => el.children.length < 4)
    .slice(0, 400)
    .map((el) => readLine(el))
    .filter((t) => t.length > 8 && t.length < 200);
  return notices.some((t) => LIMITED_VIEW_MARKERS.some((re) => re.test(t)));
}

function scan(doc: Document, url: URL): SiteScan {
  const empty: SiteScan = { url, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, selectors: {} };
  if (url.pathname.startsWith('/sorry/')) return { ...empty, status: 'blocked' };
  if (!isGoogleMapsPlace(url)) return { ...empty, status: 'not-a-review-page' };
  const pageLang = attr(doc.documentElement, 'lang');
  const mainHit = queryFirst(doc, GOOGLE_MAPS_SELECTORS.main);
  const panel: ParentNode = mainHit?.element ?? doc;
  const { business, header, nameIndex } = readBusiness(doc, url, panel);
  const cardList = queryAllFirst(panel, GOOGLE_MAPS_SELECTORS.card);
  const cards = outermost(cardList.elements);
  // The pane's hooks are hashed or internal; a selected tab that says "Reviews" is a sign a redesign keeps.
  const pane =
    queryFirst(panel, GOOGLE_MAPS_SELECTORS.reviewsPane) ??
    (reviewsTabSelected(panel) ? { element: panel, index: GOOGLE_MAPS_SELECTORS.reviewsPane.length } : null);
  const selectors = { main: mainHit?.index ?? -1, name: nameIndex, ratingBlock: header.index, card: cardList.index, reviewsPane: pane?.index ?? -1 };
  const expectsReviews = Boolean(pane) && ((header.reviewCount ?? 0) > 0 || header.rating !== undefined);
  const base: SiteScan = { url, business, cards, pageLang, looksLikeReviewPage: Boolean(business), expectsReviews, selectors };
  if (!business) return base;
  // While Google swaps the panel after an in-page navigation, the URL already names the next
  // place: reading now would file the old place's reviews under the new one.
  const urlName = placeNameFromUrl(url);
  if (urlName && sameScript(urlName, business.name)) {
    const a = comparableName(urlName);
    const b = comparableName(business.name);
    // Said outright, so the page's words about reviews (review-signals.ts) do not read the swap as a redesign.
    if (a && b && !a.includes(b) && !b.includes(a))
      return { ...base, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, status: 'not-a-review-page' };
  }
  if (cards.length === 0 && isLimitedView(panel)) return { ...base, status: 'limited-view' };
  if (cards.length === 0 && !pane && (header.reviewCount ?? 0) > 0) return { ...base, status: 'reviews-not-open' };
  return base;
}

/** Parts of a card that belong to the owner's reply, not the review. */
function replyBlock(card: Element): Element | null {
  const hit = queryFirst(card, GOOGLE_MAPS_SELECTORS.reply);
  if (hit) return hit.element;
  // Unknown markup: the block around a "Response from the owner" label.
  const label = textElements(card, 60).find((t) => isOwnerReplyLabel(t.text));
  return label ? (label.element.parentElement?.parentElement ?? label.element.parentElement) : null;
}

/**
 * Unknown markup: the reply is the part of the block that is not its heading (the line with
 * the "Response from the owner" label), and its date a short text on that heading line.
 */
function replyWithoutClasses(block: Element, now: number, lang: string | undefined): { body?: Element; dateText?: string } {
  const label = textElements(block, 60).find((t) => isOwnerReplyLabel(t.text))?.element;
  const heading = label ? Array.from(block.children).find((child) => child.contains(label)) : undefined;
  const body = Array.from(block.children)
    .filter((child) => child !== heading && readLine(child).length > 0)
    .sort((a, b) => readLine(b).length - readLine(a).length)[0];
  const dateText = heading
    ? textElements(heading, 60)
        .map((t) => t.text)
        .find((text) => !isOwnerReplyLabel(text) && estimatePublishedDate(text, now, lang) !== undefined)
    : undefined;
  return { body, dateText };
}

function readReply(block: Element | null, now: number, lang: string | undefined): CapturedReply | undefined {
  if (!block) return undefined;
  const classedText = queryFirst(block, GOOGLE_MAPS_SELECTORS.replyText)?.element;
  const classedDate = readLine(queryFirst(block, GOOGLE_MAPS_SELECTORS.replyDate)?.element);
  const fallback = classedText && classedDate ? undefined : replyWithoutClasses(block, now, lang);
  const text = readText(classedText ?? fallback?.body).slice(0, LIMITS.textLength);
  if (!text) return undefined;
  const dateText = classedDate || fallback?.dateText || undefined;
  const date = estimatePublishedDate(dateText, now, lang);
  return { text, dateText, publishedAt: date?.at, datePrecision: date?.precision };
}

function outside(el: Element | null | undefined, block: Element | null): el is Element {
  return Boolean(el) && !(block && block.contains(el!));
}

function readStars(card: Element, reply: Element | null): number | undefined {
  for (const el of Array.from(card.querySelectorAll('span[role="img"][aria-label], .kvMYJc[aria-label]'))) {
    if (!outside(el, reply)) continue;
    const value = validRating(parseRatingLabel(attr(el, 'aria-label')));
    if (value !== undefined) return value;
  }
  // Hotels show "5/5" as plain text with no role or label.
  for (const { element, text } of textElements(card, 8)) {
    if (outside(element, reply) && /^\d(?:[.,]\d)?\s*\/\s*5$/.test(text)) return validRating(parseRatingLabel(text));
  }
  return undefined;
}

function readDate(
  card: Element,
  reply: Element | null,
  now: number,
  lang: string | undefined,
): { text: string; at?: number; precision?: CapturedReview['datePrecision'] } | undefined {
  const hit = queryAllFirst(card, GOOGLE_MAPS_SELECTORS.date).elements.find((el) => outside(el, reply));
  const candidates = hit
    ? [hit]
    : textElements(card, 60)
        .map((t) => t.element)
        .filter((el) => outside(el, reply));
  for (const el of candidates) {
    const text = readLine(el);
    if (!text || text.length > 60) continue;
    const estimate = estimatePublishedDate(text, now, lang);
    if (estimate || el === hit) return { text, at: estimate?.at, precision: estimate?.precision };
  }
  return undefined;
}

function readCard(card: Element, pageScan: SiteScan, now: number): CapturedReview | null {
  const id = attr(card, 'data-review-id') ?? attr(card.querySelector('[data-review-id]'), 'data-review-id');
  if (!id) return null;
  const reply = replyBlock(card);
  const authorEl = queryAllFirst(card, GOOGLE_MAPS_SELECTORS.author).elements.find((el) => outside(el, reply));
  const author = (readLine(authorEl) || attr(card, 'aria-label') || '').slice(0, 200);
  if (!author) return null;
  const box = queryAllFirst(card, GOOGLE_MAPS_SELECTORS.textBox).elements.find((el) => outside(el, reply));
  const body = readTextWithin(box);
  let text = body.text;
  let translated: boolean | undefined;
  let lang = langOf(box) ?? pageScan.pageLang;
  // Older layout: "(Translated by Google) <translation> (Original) <original>" — keep the original.
  if (TRANSLATED_MARKER.test(text)) {
    const original = ORIGINAL_MARKER.exec(text);
    if (original) {
      text = text.slice(original.index + original[0].length).trim();
      // The box's language is the original's only when it differs from the interface language.
      if (lang === pageScan.pageLang) lang = undefined;
      translated = false;
    } else {
      text = text.replace(TRANSLATED_MARKER, '').trim();
      translated = true;
    }
  } else {
    const toggle = queryFirst(card, GOOGLE_MAPS_SELECTORS.translation)?.element;
    if (toggle) translated = SHOWING_TRANSLATION.test(`${attr(toggle, 'aria-label') ?? ''} ${readLine(toggle)}`);
  }
  const rating = readStars(card, reply);
  // A star-only review has no text: it still counts, with an empty text.
  const more = queryAllFirst(card, GOOGLE_MAPS_SELECTORS.more).elements.filter((el) => outside(el, reply) && attr(el, 'aria-expanded') !== 'true');
  const date = readDate(card, reply, now, pageScan.pageLang);
  return {
    siteReviewId: id,
    author,
    rating,
    text: text.slice(0, LIMITS.textLength),
    truncated: more.length > 0 || text.length > LIMITS.textLength || body.cut,
    lang: text ? lang : undefined,
    translated,
    dateText: date?.text,
    publishedAt: date?.at,
    datePrecision: date?.precision,
    reply: readReply(reply, now, pageScan.pageLang),
  };
}

export const googleMaps = defineSite({
  id: 'google-maps',
  newestReviewsStep: googleMapsNewestStep,
  newestReviewsShown: googleMapsNewestShown,
  matches: SITE_MATCHES['google-maps'],
  sampleUrls: [
    'https://www.google.com/maps/place/The+Golden+Spoon/@30.25,-97.75,17z/data=!3m1!4b1!4m6!3m5!1s0x8644b5a0a1b2c3d4:0x8e6273dccb2b7b1c!8m2!3d30.25!4d-97.75!16s%2Fg%2F11q3565ndr?entry=ttu',
    'https://www.google.com/maps/place/Caf%C3%A9+Pushkin/@55.76,37.6,17z/data=!4m8!3m7!1s0x46b54a50b315e573:0xa886bf5a3d9b2e68!8m2!3d55.76!4d37.6!9m1!1b1?hl=ru',
    'https://www.google.de/maps/place/B%C3%A4ckerei+Sonnenschein/@52.52,13.4,17z/data=!4m7!3m6!1s0x47a84e373f035901:0x42120465b5e3b70!8m2!3d52.52!4d13.4?hl=de',
    'https://www.google.com.tw/maps/place/%E8%80%81%E5%9C%B0%E6%96%B9%E8%8C%B6%E9%A4%A8/@25.03,121.56,17z/data=!4m6!3m5!1s0x3442abb6da9c9e1f:0x1e2f3a4b5c6d7e8f!8m2!3d25.03!4d121.56?hl=zh-TW',
    'https://maps.google.com/?cid=10259890293242034972',
  ],
  isReviewPage: isGoogleMapsPlace,
  scan,
  readCard,
  replyElement: (card) => replyBlock(card) ?? undefined,
  expandButtons: (card) => {
    const reply = replyBlock(card);
    return queryAllFirst(card, GOOGLE_MAPS_SELECTORS.more).elements.filter(
      (el) => outside(el, reply) && el.tagName === 'BUTTON' && attr(el, 'aria-expanded') !== 'true',
    );
  },
});
