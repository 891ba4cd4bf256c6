/**
 * Booking.com property pages (`booking.com/hotel/<cc>/<slug>[.<lang>].html`) with the reviews
 * dialog open, and the server-rendered review list (`reviewlist.<lang>.html?…`). See
 * shared/SITES.md §8.
 *
 * Current cards carry `data-testid` attributes (`review-card`, `review-score`, …) under hashed
 * classes; the legacy list uses Booking's old BUI classes (`c-review-block`, `bui-avatar-block`),
 * which have not changed for years. Scores are on ten points: the review keeps its own score and
 * its scale, `rating` is the 1–5 value derived from it (utils/sites/scales.ts). Booking shows no
 * review id, so the id is a hash of what does not change when the hotel's response arrives.
 */
import { LIMITS } from '../messages';
import { defineSite } from './define-site';
import { SITE_MATCHES } from './matches';
import { attr, langOf, outermost, queryAllFirst, queryFirst, readLine, readText, readTextWithin, textElements } from './dom';
import { readReviewSignals } from './review-signals';
import { estimatePublishedDate } from './dates';
import { parseCount, parseDecimal } from './numbers';
import { fallbackReviewId } from './review-id';
import { bookingReplyUrl } from './reply-links';
import { TEN_POINT_SCALE, tenPointAverageToStars, tenPointToStars, validTenPointScore } from './scales';
import { samplesFromBand, scoreWordFor, type ScoreWordSample } from './score-words';
import type { CapturedBusiness, CapturedReply, CapturedReview, CapturedStay, SiteScan, SubScore } from './types';

export const BOOKING_SELECTORS = {
  card: ['[data-testid="review-card"]' /* 2023+ */, 'li.review_list_new_item_block' /* reviewlist.html */, '[itemprop="review"]' /* older fallback */],
  list: ['[data-testid="review-list-container"]', '#review_list_page_container', 'ul.review_list', '.reviews-modal'],
  avatar: ['[data-testid="review-avatar"]', '.bui-avatar-block', '.c-guest'],
  /** Legacy list; current cards have no name or country hook: their first and second lines are used. */
  authorName: ['.bui-avatar-block__title'],
  country: ['.bui-avatar-block__subtitle'],
  score: ['[data-testid="review-score"]', '.bui-review-score__badge', '.c-score'],
  title: ['[data-testid="review-title"]', 'h3.c-review-block__title', '.c-review-block__title'],
  liked: ['[data-testid="review-positive-text"]'],
  disliked: ['[data-testid="review-negative-text"]'],
  /** Legacy list: one `c-review__body` per part, told apart by its row (see legacyParts). */
  body: ['span.c-review__body', '[itemprop="reviewBody"]'],
  date: ['[data-testid="review-date"]', '.c-review-block__right .c-review-block__date', '.c-review-block__date'],
  stayDate: ['[data-testid="review-stay-date"]', '.c-review-block__stay-date .c-review-block__date', '[data-testid="review-num-nights"]'],
  room: ['[data-testid="review-room-name"]', '.c-review-block__room-info .bui-list__description', '.c-review-block__room-link'],
  travellerType: ['[data-testid="review-traveler-type"]', '.review-panel-wide__traveller_type .bui-list__body'],
  reply: ['[data-testid="review-partner-reply"]', '.c-review-block__response'],
  replyBody: ['[data-testid="review-partner-reply-text"]', '.c-review-block__response__body'],
  header: [
    '[data-testid="review-score-component"]',
    '#review_list_score_container .review-score-widget',
    '.review-score-widget',
    '[data-testid="review-score-right-component"]',
  ],
  subScore: ['[data-testid="review-subscore"]', '#review_list_score_breakdown li', '.review_score_breakdown li'],
  name: [
    '[data-testid="property-header"] h2',
    '#hp_hotel_name',
    'h2.pp-header__title',
    '.standalone_reviews_hotel_info h1',
    '.standalone_header_hotel_link',
    'h1',
    'h2',
  ],
  scoreFilter: ['[data-testid="review-score-filter"] option', '#review_score_filter option', 'select[name="review_score"] option'],
} as const;

/** "Liked" / "Disliked" labels Booking puts before each part (screen-reader text), in our languages. */
const DISLIKED_LABEL =
  /^(?:disliked|didn['’]t like|nicht gefallen|hat nicht gefallen|n['’]a pas aimé|points négatifs|no le gustó|no gustó|lo malo|не понравилось)\s*[:·.]?\s*/i;
const LIKED_LABEL = /^(?:liked|gefallen|hat gefallen|a aimé|points positifs|le gustó|gustó|lo bueno|понравилось)\s*[:·.]?\s*/i;
/** "Hotel response:", "Property response:" and their translations. */
const RESPONSE_LABEL =
  /^(?:(?:hotel|property|partner) response|response from the property|antwort (?:der unterkunft|des hotels|des gastgebers)|réponse de l['’](?:établissement|hôtel)|respuesta del (?:alojamiento|hotel|establecimiento)|ответ (?:объекта(?: размещения)?|отеля|администрации))\s*[:：]?\s*/i;
const CONTINUE_READING =
  /^(?:continue reading|read more|weiterlesen|mehr lesen|lire la suite|continuer la lecture|seguir leyendo|leer más|читать (?:дальше|далее)|показать полностью)$/i;
const NO_COMMENTS = /no comments available|keine kommentare|aucun commentaire|no hay comentarios|нет комментариев/i;
/** A line that only labels the score ("Scored 8.0", "Punktzahl: 8,0"). */
const SCORE_LABEL = /^(?:scored|score|punktzahl|bewertet mit|note|puntuación|puntuado con|оценка)\b/i;
const REVIEWS_WORD = /(review|bewertung|commentaire|avis|expériences? vécues?|comentario|opinion|отзыв)/i;

function isPropertyPage(url: URL): boolean {
  return /^\/hotel\/[a-z]{2}\/[\w-]+(?:\.[a-z]{2}(?:-[a-z]{2,4})?)?\.html$/i.test(url.pathname);
}

function isReviewList(url: URL): boolean {
  return /^\/reviewlist(?:\.[a-z]{2}(?:-[a-z]{2,4})?)?\.html$/i.test(url.pathname) && Boolean(url.searchParams.get('pagename'));
}

function isBookingReviewPage(url: URL): boolean {
  return isPropertyPage(url) || isReviewList(url);
}

/** The property's address without the language: `/hotel/fr/le-petit-marais.html`, whichever page it came from. */
function propertyUrl(url: URL): string | undefined {
  if (isPropertyPage(url)) {
    const m = /^\/hotel\/([a-z]{2})\/([\w-]+)/i.exec(url.pathname)!;
    return `${url.origin}/hotel/${m[1]!.toLowerCase()}/${m[2]}.html`;
  }
  const cc = url.searchParams.get('cc1');
  const slug = url.searchParams.get('pagename');
  if (cc && slug && /^[a-z]{2}$/i.test(cc) && /^[\w-]+$/.test(slug)) return `${url.origin}/hotel/${cc.toLowerCase()}/${slug}.html`;
  return undefined;
}

/** `b_hotel_id` from the page's inline scripts (`b_hotel_id: '1234567'`), else a form field or data attribute. */
function hotelId(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes('hotel_id')) continue;
    const m = /\bb_hotel_id\s*[:=]\s*['"]?(\d{1,12})\b/.exec(text);
    if (m) return m[1];
  }
  const field = attr(doc.querySelector('input[name="hotel_id"]'), 'value') ?? attr(doc.querySelector('[data-hotel-id]'), 'data-hotel-id');
  return field && /^\d{1,12}$/.test(field) ? field : undefined;
}

function hotelNameFromScript(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const m = /\bb_hotel_name\s*[:=]\s*(['"])(.{1,300}?)\1/.exec(script.textContent ?? '');
    if (m) return m[2]!.trim();
  }
  return undefined;
}

/** A 10-point score in a short text ("Scored 8.6", "8,6", "Punktzahl: 9,0"). */
function scoreIn(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /(?:^|[^\d])(10(?:[.,]0)?|[1-9](?:[.,]\d)?)(?![\d.,]*\d)/.exec(text);
  return m ? validTenPointScore(parseDecimal(m[1])) : undefined;
}

/** A word line of a score block: letters only, not the "Scored" label, not a count. */
function wordLine(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && !/\d/.test(text) && !SCORE_LABEL.test(text) && !REVIEWS_WORD.test(text);
}

interface ScoreBlock {
  score?: number;
  word?: string;
  count?: number;
}

function readScoreBlock(block: Element | null | undefined): ScoreBlock {
  if (!block) return {};
  const lines = textElements(block, 120).map((t) => t.text);
  const labelled = attr(block.querySelector('[aria-label]'), 'aria-label') ?? attr(block, 'aria-label');
  let score = scoreIn(labelled);
  let count: number | undefined;
  let word: string | undefined;
  for (const line of lines) {
    if (REVIEWS_WORD.test(line) && /\d/.test(line)) count ??= parseCount(line);
    else if (score === undefined && /\d/.test(line)) score = scoreIn(line);
    else if (!word && wordLine(line)) word = line.replace(/\s*·\s*$/, '');
  }
  return { score, word, count };
}

function readSubScores(doc: Document): SubScore[] | undefined {
  const items = queryAllFirst(doc, BOOKING_SELECTORS.subScore).elements;
  const out: SubScore[] = [];
  for (const item of items) {
    const lines = textElements(item, 80).map((t) => t.text);
    const label = lines.find((l) => !/\d/.test(l));
    const score = scoreIn(lines.find((l) => /\d/.test(l)) ?? attr(item, 'aria-label'));
    if (label && score !== undefined && !out.some((s) => s.label === label)) out.push({ label: label.slice(0, 60), score });
    if (out.length >= 12) break;
  }
  return out.length > 0 ? out : undefined;
}

interface BookingPage {
  samples: ScoreWordSample[];
}

/** Words the page gives to scores, read once per scan (see pageSamples); a card that shows its own word keeps it. */
const PAGE_WORDS = new WeakMap<SiteScan, BookingPage>();

function readBusiness(doc: Document, url: URL): { business: CapturedBusiness | null; header: ScoreBlock; headerIndex: number } {
  const id = hotelId(doc);
  const headerHit = queryFirst(doc, BOOKING_SELECTORS.header);
  const header = readScoreBlock(headerHit?.element);
  const address = propertyUrl(url);
  const name =
    readLine(queryFirst(doc, BOOKING_SELECTORS.name)?.element) || hotelNameFromScript(doc) || attr(doc.querySelector('meta[property="og:title"]'), 'content');
  if (!id || !address || !name) return { business: null, header, headerIndex: headerHit?.index ?? -1 };
  const business: CapturedBusiness = { siteBusinessId: id, name: name.slice(0, 300), url: address };
  if (header.score !== undefined) {
    business.siteScore = header.score;
    business.scale = TEN_POINT_SCALE;
    business.rating = tenPointAverageToStars(header.score);
    if (header.word) business.scoreWord = header.word.slice(0, 60);
  }
  if (header.count !== undefined) business.reviewCount = header.count;
  const subScores = readSubScores(doc);
  if (subScores) business.subScores = subScores;
  return { business, header, headerIndex: headerHit?.index ?? -1 };
}

/**
 * The words the page itself gives to scores: the property's header and the score filter's bands.
 * Read once per scan and independent of the number of cards, so a page of 1,000 cards costs no
 * more to scan than one of ten (cards are read in slices; the scan is not).
 */
function pageSamples(doc: Document, header: ScoreBlock): ScoreWordSample[] {
  const samples: ScoreWordSample[] = [];
  if (header.score !== undefined && header.word) samples.push({ score: header.score, word: header.word });
  for (const option of queryAllFirst(doc, BOOKING_SELECTORS.scoreFilter).elements) samples.push(...samplesFromBand(readLine(option)));
  return samples;
}

/** The text of a liked / disliked part without its label and Booking's "no comments" placeholder. */
function partText(el: Element | null | undefined): { text: string; cut: boolean } | undefined {
  if (!el) return undefined;
  const read = readTextWithin(el, { skip: '.bui-u-sr-only' });
  const text = read.text.replace(DISLIKED_LABEL, '').replace(LIKED_LABEL, '').trim();
  if (!text || NO_COMMENTS.test(text)) return undefined;
  return { text: text.slice(0, LIMITS.textLength), cut: read.cut };
}

/** Which part a legacy body is: by its screen-reader label or icon colour, else by position (liked first). */
function legacyParts(card: Element): { liked?: Element; disliked?: Element } {
  const bodies = Array.from(card.querySelectorAll(BOOKING_SELECTORS.body[0])).filter((el) => !el.closest(BOOKING_SELECTORS.reply.join(',')));
  const out: { liked?: Element; disliked?: Element } = {};
  bodies.forEach((body, index) => {
    const row = body.closest('.c-review__row, p') ?? body.parentElement;
    const label = readLine(row?.querySelector('.bui-u-sr-only, [class*="sr-only"]'));
    const prefixClass = row?.querySelector('.c-review__prefix')?.getAttribute('class') ?? '';
    const disliked =
      DISLIKED_LABEL.test(label) || /lalala/.test(row?.getAttribute('class') ?? '') || /color-(?:grey|red)/.test(prefixClass)
        ? true
        : LIKED_LABEL.test(label) || /color-green/.test(prefixClass)
          ? false
          : index > 0;
    if (disliked) out.disliked ??= body;
    else out.liked ??= body;
  });
  return out;
}

function readReply(card: Element): CapturedReply | undefined {
  const block = queryFirst(card, BOOKING_SELECTORS.reply)?.element;
  if (!block) return undefined;
  // The full text is in the page; "Continue reading" only lifts a CSS clamp, so it is skipped, not followed.
  const bodies = queryAllFirst(block, BOOKING_SELECTORS.replyBody).elements;
  const raw = (bodies.length > 0 ? bodies : [block]).map((el) => readText(el)).join('\n');
  const lines = raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => !CONTINUE_READING.test(l));
  if (lines[0] && RESPONSE_LABEL.test(lines[0])) lines[0] = lines[0].replace(RESPONSE_LABEL, '');
  const text = lines.join('\n').trim();
  return text ? { text: text.slice(0, LIMITS.textLength) } : undefined;
}

function optionalLine(el: Element | null | undefined): string | undefined {
  const line = readLine(el);
  return line && line.length <= 200 ? line : undefined;
}

function readStay(card: Element): CapturedStay | undefined {
  const stay: CapturedStay = {};
  const travellerType = optionalLine(queryFirst(card, BOOKING_SELECTORS.travellerType)?.element);
  const room = optionalLine(queryFirst(card, BOOKING_SELECTORS.room)?.element);
  const date = optionalLine(queryFirst(card, BOOKING_SELECTORS.stayDate)?.element);
  if (travellerType) stay.travellerType = travellerType;
  if (room) stay.room = room;
  if (date) stay.date = date;
  return Object.keys(stay).length > 0 ? stay : undefined;
}

function readAuthor(card: Element): { name?: string; country?: string } {
  const avatar = queryFirst(card, BOOKING_SELECTORS.avatar)?.element;
  if (!avatar) return {};
  const named = optionalLine(queryFirst(avatar, BOOKING_SELECTORS.authorName)?.element);
  const country = optionalLine(queryFirst(avatar, BOOKING_SELECTORS.country)?.element);
  if (named) return { name: named, country };
  // Current cards: the name is the first line of the avatar block, the country (beside its flag) the second.
  const lines = textElements(avatar, 120).map((t) => t.text);
  return { name: lines[0], country: lines[1] };
}

function readCard(card: Element, scan: SiteScan, now: number): CapturedReview | null {
  const { name, country } = readAuthor(card);
  if (!name) return null;
  const scoreBlock = readScoreBlock(queryFirst(card, BOOKING_SELECTORS.score)?.element);
  const siteScore = scoreBlock.score;
  const likedEl = queryFirst(card, BOOKING_SELECTORS.liked)?.element;
  const dislikedEl = queryFirst(card, BOOKING_SELECTORS.disliked)?.element;
  const legacy = likedEl || dislikedEl ? {} : legacyParts(card);
  const liked = partText(likedEl ?? legacy.liked);
  const disliked = partText(dislikedEl ?? legacy.disliked);
  const title = optionalLine(queryFirst(card, BOOKING_SELECTORS.title)?.element);
  // A review is its score and its words; a card with neither is not one.
  if (siteScore === undefined && !liked && !disliked) return null;
  const text = [liked?.text, disliked?.text].filter(Boolean).join('\n\n');
  const dateText = optionalLine(queryFirst(card, BOOKING_SELECTORS.date)?.element);
  // "Reviewed: 3 October 2025" — the label before the colon is localised, the date after it is not always.
  const estimate = estimatePublishedDate(dateText?.replace(/^[^:：\d]{2,40}[:：]\s*/, ''), now, scan.pageLang);
  const textEl = queryFirst(card, [...BOOKING_SELECTORS.liked, ...BOOKING_SELECTORS.disliked, ...BOOKING_SELECTORS.body])?.element;
  const lang = langOf(textEl?.querySelector('[lang]') ?? textEl) ?? scan.pageLang;
  // No id on the page: the guest, the day it was written and the start of the words — never the response.
  const dayKey = estimate ? new Date(estimate.at).toISOString().slice(0, 10) : dateText;
  const review: CapturedReview = {
    siteReviewId: fallbackReviewId(`${name}|${country ?? ''}`, dayKey, `${title ?? ''}|${text}`),
    author: name.slice(0, 200),
    title: title?.slice(0, 500),
    text,
    truncated: Boolean(liked?.cut || disliked?.cut),
    lang,
    dateText,
    publishedAt: estimate?.at,
    datePrecision: estimate?.precision,
    reply: readReply(card),
  };
  if (siteScore !== undefined) {
    review.siteScore = siteScore;
    review.scale = TEN_POINT_SCALE;
    review.rating = tenPointToStars(siteScore);
    const word = scoreBlock.word ?? scoreWordFor(siteScore, PAGE_WORDS.get(scan)?.samples ?? []);
    if (word) review.scoreWord = word.slice(0, 60);
  }
  if (liked) review.liked = liked.text;
  if (disliked) review.disliked = disliked.text;
  if (country) review.authorCountry = country.slice(0, 80);
  const stay = readStay(card);
  if (stay) review.stay = stay;
  return review;
}

/** The review list is on screen and done loading: no skeleton or busy flag, and a pager or some text in it. */
function listRendered(list: Element | null, doc: Document): boolean {
  const region = list ?? doc.querySelector('[role="dialog"][aria-modal="true"]');
  if (!region || region.closest('[aria-busy="true"]') || region.querySelector('[aria-busy="true"], [data-testid*="skeleton" i], [class*="skeleton" i]'))
    return false;
  return readReviewSignals(doc).pager || readLine(region).length > 200;
}

/** Reviews are shown (dialog open, list rendered) — or the page only promises them (dialog closed, empty shell). */
function scan(doc: Document, url: URL): SiteScan {
  const empty: SiteScan = { url, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, selectors: {} };
  if (!isBookingReviewPage(url)) return { ...empty, status: 'not-a-review-page' };
  const pageLang = attr(doc.documentElement, 'lang');
  const { business, header, headerIndex } = readBusiness(doc, url);
  const cardHit = queryAllFirst(doc, BOOKING_SELECTORS.card);
  const cards = outermost(cardHit.elements);
  const listHit = queryFirst(doc, BOOKING_SELECTORS.list);
  const expectsReviews = (business?.reviewCount ?? 0) > 0;
  const result: SiteScan = {
    url,
    business,
    cards,
    pageLang,
    looksLikeReviewPage: Boolean(business),
    expectsReviews,
    selectors: { card: cardHit.index, list: listHit?.index ?? -1, header: headerIndex },
  };
  // The dialog is closed, or open on an empty shell (about one render in six): the reviews are not on screen yet.
  // A list that has rendered (no skeleton, no busy flag) with a pager or text in it, yet no card, is a redesign.
  if (business && cards.length === 0 && expectsReviews && !listRendered(listHit?.element ?? null, doc)) result.status = 'reviews-not-open';
  PAGE_WORDS.set(result, { samples: pageSamples(doc, header) });
  return result;
}

/**
 * The property's review list newest first: Booking's server-rendered list
 * (`reviewlist.html?cc1=<cc>&pagename=<slug>&type=total&sort=f_recent_desc`, the value its own
 * sort menu "Newest first" sets), which this adapter reads like the dialog. The property page
 * shows its reviews only in a dialog a check would have to open, sorted "Most relevant".
 */
export function bookingNewestFirstUrl(businessUrl: URL): string | undefined {
  const property = propertyUrl(businessUrl);
  const m = property ? /^\/hotel\/([a-z]{2})\/([\w-]+)\.html$/.exec(new URL(property).pathname) : null;
  if (!m) return undefined;
  const url = new URL(isReviewList(businessUrl) ? businessUrl.pathname : '/reviewlist.html', businessUrl.origin);
  url.searchParams.set('cc1', m[1]!);
  url.searchParams.set('pagename', m[2]!);
  url.searchParams.set('type', 'total');
  url.searchParams.set('sort', 'f_recent_desc');
  return url.href;
}

export const booking = defineSite({
  id: 'booking',
  newestFirstUrl: bookingNewestFirstUrl,
  matches: SITE_MATCHES.booking,
  sampleUrls: [
    'https://www.booking.com/hotel/fr/le-petit-marais.html',
    'https://www.booking.com/hotel/fr/le-petit-marais.en-gb.html?aid=304142&checkin=2026-12-04&checkout=2026-12-06#tab-reviews',
    'https://www.booking.com/hotel/de/haus-am-see-berlin.de.html',
    'https://www.booking.com/hotel/es/hostal-la-plaza.es.html',
    'https://www.booking.com/hotel/ru/gostinitsa-neva.ru.html',
    'https://www.booking.com/reviewlist.en-gb.html?aid=304142&cc1=fr&pagename=le-petit-marais&type=total&offset=10&rows=10',
    'https://www.booking.com/reviewlist.fr.html?cc1=fr&pagename=le-petit-marais&r_lang=fr',
  ],
  isReviewPage: isBookingReviewPage,
  scan,
  readCard,
  // Booking shows the guest's words whole; "Continue reading" belongs to the hotel's response.
  replyElement: (card) => queryFirst(card, BOOKING_SELECTORS.reply)?.element,
  expandButtons: () => [],
  ownerReplyUrl: (business) => bookingReplyUrl(business.siteBusinessId),
});
