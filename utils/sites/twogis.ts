/**
 * 2GIS firm pages, their reviews tab (`2gis.<tld>/<city>/firm/<firmId>/tab/reviews`). See
 * shared/SITES.md §7.
 *
 * 2GIS's classes are hashed CSS-in-JS names that differ between builds, and even within one
 * build between a clamped and a whole text: this adapter uses none. Cards are found by their
 * star box (five `svg`s in a box with an inline width), fields by structure and text markers
 * ("официальный ответ", "Читать целиком", "N отзывов"), and the page's inline
 * `var initialState = JSON.parse('…')` gives ids, whole texts, exact dates and whole official
 * replies (cut at 100 characters on the page). It is read from the DOM, never fetched; a page
 * whose state holds no reviews still gives every field its cards show.
 */
import { LIMITS } from '../messages';
import { defineSite } from './define-site';
import { SITE_MATCHES } from './matches';
import { attr, readLine, readTextWithin, textElements, type TextElement } from './dom';
import { estimatePublishedDate } from './dates';
import { at, cachedState, isoInstant, jsonParseLiteral, matchKey, num, plainText, str } from './embedded';
import { parseCount, parseDecimal, validAverage, validRating } from './numbers';
import { fallbackReviewId } from './review-id';
import { ownerReplyUrl } from './reply-links';
import { twogisNewestShown, twogisNewestStep } from './twogis-newest';
import type { CapturedBusiness, CapturedReply, CapturedReview, DatePrecision, SiteScan } from './types';

/** The marker of the business's reply header ("9 декабря 2025, официальный ответ"). */
const OFFICIAL = /официальн\S* ответ|official (?:answer|response|reply)|resmi (?:yanıt|cevap)|ресми жауап|rəsmi cavab/i;
/** Controls and counters that are never a name, a date or a text. */
const CONTROL =
  /^(?:читать целиком|читать полностью|свернуть|полезно\??|загрузить ещё|загрузить еще|показать (?:ещё|еще|ответ|полностью)|ответить|пожаловаться|read (?:in )?full|show more|helpful\??|load more|\d+)$/i;
/** "12 отзывов" beside the author: their number of reviews, not a text. */
const AUTHOR_COUNT = /^\d[\d\s\u00a0]*\s*(?:отзыв\S*|оцен\S*|reviews?|пікір|rəy|фото)$/i;
const LOAD_MORE = /^(?:загрузить ещё|загрузить еще|показать ещё|показать еще|load more|show more)$/i;
const CAPTCHA = /Подтвердите, что вы не робот|Вы не робот\?|Are you a robot\?|Confirm (?:that )?you are (?:not a robot|human)|подозрительн\S* трафик/i;
const COUNT_WORD = /отзыв|review|пікір|rəy|şərh/i;
const RATINGS_WORD = /оцен|rating|баға|qiymət/i;

export function firmIdOf(url: URL): string | undefined {
  return /\/firm\/(\d{5,20})(?:\/|$)/.exec(url.pathname)?.[1];
}

function isFirmPage(url: URL): boolean {
  return /^\/[^/]+\/(?:.+\/)?firm\/\d{5,20}(?:\/|$)/.test(url.pathname);
}

function isReviewsTab(url: URL): boolean {
  return /\/firm\/\d+\/tab\/reviews(?:\/|$)/.test(url.pathname);
}

interface StateReview {
  id: string;
  author?: string;
  text?: string;
  rating?: number;
  createdAt?: number;
  reply?: { text: string; at?: number };
}

interface TwoGisState {
  firmId?: string;
  name?: string;
  rating?: number;
  reviewCount?: number;
  orgId?: string;
  reviews: StateReview[];
}

function parseState(firmId: string, scriptText: string): TwoGisState | undefined {
  const json = jsonParseLiteral(scriptText, 'initialState');
  if (json === undefined) return undefined;
  const data: unknown = JSON.parse(json);
  const profile = at(data, 'data', 'entity', 'profile', firmId, 'data');
  const orgId = at(profile, 'org', 'id');
  const reviews: StateReview[] = [];
  const all = at(data, 'data', 'review');
  if (all && typeof all === 'object') {
    for (const [key, entry] of Object.entries(all as Record<string, unknown>)) {
      const review = at(entry, 'data');
      if (!review || typeof review !== 'object' || at(review, 'is_hidden') === true) continue;
      const objectId = at(review, 'object', 'id');
      if (objectId !== undefined && String(objectId) !== firmId) continue;
      const id = str(at(review, 'id')) ?? (typeof at(review, 'id') === 'number' ? String(at(review, 'id')) : key);
      const replyText = plainText(at(review, 'official_answer', 'text'));
      reviews.push({
        id,
        author: str(at(review, 'user', 'name')),
        text: plainText(at(review, 'text')),
        rating: validRating(num(at(review, 'rating'))),
        createdAt: isoInstant(at(review, 'date_created')),
        reply: replyText ? { text: replyText, at: isoInstant(at(review, 'official_answer', 'date_created')) } : undefined,
      });
    }
  }
  return {
    firmId,
    name: str(at(profile, 'name_ex', 'primary')) ?? str(at(profile, 'name')),
    rating: validAverage(num(at(profile, 'reviews', 'general_rating'))),
    reviewCount: num(at(profile, 'reviews', 'general_review_count')),
    orgId: typeof orgId === 'number' ? String(orgId) : str(orgId),
    reviews,
  };
}

function stateScript(doc: Document): Element | undefined {
  return Array.from(doc.querySelectorAll('script:not([src])')).find((s) => (s.textContent ?? '').includes('initialState'));
}

/** The state read by `scan`, for its cards: parsed once per pass, never once per card. */
const stateOfScan = new WeakMap<SiteScan, TwoGisState>();

function readState(doc: Document, firmId: string): TwoGisState | undefined {
  const script = stateScript(doc);
  const state = cachedState(script, (text) => parseState(firmId, text)) as TwoGisState | undefined;
  return state?.firmId === firmId ? state : undefined;
}

/** Five `svg`s in a box with an inline width (10 px per star): one per review card, one in the header. */
function starBoxes(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('[style*="width"]')).filter((el) => el.querySelectorAll('svg').length === 5 && widthOf(el) !== undefined);
}

function widthOf(el: Element): number | undefined {
  const width = /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)px/i.exec(attr(el, 'style') ?? '');
  return width ? Number(width[1]) : undefined;
}

function isLoadMore(el: Element): boolean {
  return LOAD_MORE.test(readLine(el));
}

/** How many star boxes each ancestor holds: one walk up from every box. */
function boxCounts(boxes: readonly Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const box of boxes) for (let el = box.parentElement; el; el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  return counts;
}

/** The card around a star box: its highest ancestor that holds no other star box and none of the page's furniture (`stops`). */
function cardOf(box: Element, counts: ReadonlyMap<Element, number>, h1: Element | null, stops: readonly Element[]): Element | null {
  // The header's stars share a small block with the name: the first ancestor that holds the h1 holds no other box.
  if (h1) {
    let shared = box.parentElement;
    while (shared && !shared.contains(h1)) shared = shared.parentElement;
    if (shared && counts.get(shared) === 1) return null;
  }
  let card = box;
  for (let parent = card.parentElement; parent && parent.tagName !== 'BODY' && counts.get(parent) === 1; parent = parent.parentElement) {
    if (stops.some((stop) => parent.contains(stop))) break;
    card = parent;
  }
  return card === box ? null : card;
}

/** Inside a link to another firm ("Похожие места рядом"): that firm's figures, not ours. */
function ofOtherFirm(el: Element, firmId: string | undefined): boolean {
  const link = el.closest('a[href*="/firm/"]');
  return Boolean(link) && firmIdOf(new URL(attr(link, 'href') ?? '', 'https://2gis.ru')) !== firmId;
}

function headerRating(doc: Document, h1: Element | null, firmId?: string): { rating?: number; reviewCount?: number } {
  let rating: number | undefined;
  for (let box = h1?.parentElement ?? null, depth = 0; box && depth < 4 && rating === undefined; box = box.parentElement, depth++) {
    const lines = textElements(box, 60)
      .filter((t) => !ofOtherFirm(t.element, firmId))
      .map((t) => t.text);
    rating = validAverage(parseDecimal(lines.find((t) => /^[1-5][.,]\d$/.test(t))));
  }
  // The reviews tab ("Отзывы 206"); the header's "1 234 оценки" counts ratings, not reviews.
  const tab = Array.from(doc.querySelectorAll('a[href*="/tab/reviews"], [role="tab"]'))
    .map((el) => readLine(el))
    .find((t) => COUNT_WORD.test(t) && /\d/.test(t) && !RATINGS_WORD.test(t) && t.length < 40);
  return { rating, reviewCount: parseCount(tab) };
}

function readBusiness(doc: Document, url: URL, state: TwoGisState | undefined): { business: CapturedBusiness | null } {
  const firmId = firmIdOf(url);
  const h1 = doc.querySelector('h1');
  const name = readLine(h1) || state?.name || '';
  if (!firmId || !name) return { business: null };
  const header = state?.rating !== undefined && state.reviewCount !== undefined ? {} : headerRating(doc, h1, firmId);
  // The organisation behind the branch: the state's, else the page's link to all its branches.
  const orgId = state?.orgId ?? /\/branches\/(\d{5,20})(?:[/?#]|$)/.exec(attr(doc.querySelector('a[href*="/branches/"]'), 'href') ?? '')?.[1];
  const city = /^\/([^/]+)\//.exec(url.pathname)?.[1] ?? 'firm';
  const business: CapturedBusiness = {
    siteBusinessId: firmId,
    name: name.slice(0, 300),
    url: `${url.origin}/${city}/firm/${firmId}/tab/reviews`,
    rating: state?.rating ?? header.rating,
    reviewCount: state?.reviewCount ?? header.reviewCount,
  };
  if (orgId && /^\d{5,20}$/.test(orgId)) business.orgId = orgId;
  return { business };
}

function isCaptcha(doc: Document): boolean {
  if (doc.querySelector('iframe[src*="captcha"], script[src*="captcha"], form[action*="captcha"]')) return true;
  return CAPTCHA.test(doc.title) || CAPTCHA.test(readLine(doc.querySelector('h1, h2')));
}

function scan(doc: Document, url: URL): SiteScan {
  const empty: SiteScan = { url, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, selectors: {} };
  if (isCaptcha(doc)) return { ...empty, looksLikeReviewPage: true, status: 'blocked' };
  const firmId = firmIdOf(url);
  if (!firmId || !isFirmPage(url)) return { ...empty, status: 'not-a-review-page' };
  const state = readState(doc, firmId);
  const { business } = readBusiness(doc, url, state);
  const boxes = starBoxes(doc);
  const counts = boxCounts(boxes);
  // The page's furniture, found once: a card never holds the name, the tabs or "Загрузить ещё".
  const h1 = doc.querySelector('h1');
  const stops = [
    ...(h1 ? [h1] : []),
    ...Array.from(doc.querySelectorAll('[role="tablist"]')),
    ...Array.from(doc.querySelectorAll('button, [role="button"]')).filter(isLoadMore),
  ];
  const cards = Array.from(new Set(boxes.map((box) => cardOf(box, counts, h1, stops)).filter((c): c is Element => c !== null)));
  const reviewsTab = isReviewsTab(url);
  const base: SiteScan = {
    url,
    business,
    cards,
    pageLang: attr(doc.documentElement, 'lang'),
    looksLikeReviewPage: Boolean(business),
    expectsReviews: reviewsTab && ((business?.reviewCount ?? 0) > 0 || (state?.reviews.length ?? 0) > 0),
    selectors: { name: doc.querySelector('h1') ? 0 : -1, stars: boxes.length > 0 ? 0 : -1, state: state ? 0 : -1 },
  };
  if (state) stateOfScan.set(base, state);
  if (business && cards.length === 0 && !reviewsTab) return { ...base, status: 'reviews-not-open' };
  return base;
}

/** The reply block: from its "официальный ответ" line up to the part of the card without the stars. */
function replyOf(card: Element, box: Element | undefined, lines: readonly TextElement[]): { block: Element; marker: Element } | undefined {
  const marker = lines.find((t) => t.text.length < 120 && OFFICIAL.test(t.text))?.element;
  if (!marker) return undefined;
  let block = marker;
  while (block.parentElement && block.parentElement !== card && !(box && block.parentElement.contains(box))) block = block.parentElement;
  return { block, marker };
}

function readDomReply(
  found: { block: Element; marker: Element },
  businessName: string | undefined,
  now: number,
  lang: string | undefined,
): CapturedReply | undefined {
  const header = readLine(found.marker);
  const dateText =
    header
      .replace(OFFICIAL, '')
      .replace(/[,\s·—-]+$/, '')
      .trim() || undefined;
  const date = estimatePublishedDate(dateText, now, lang);
  const body = textElements(found.block, 4_000)
    .filter((t) => t.element !== found.marker && !found.marker.contains(t.element) && !CONTROL.test(t.text) && t.text !== businessName)
    .sort((a, b) => b.text.length - a.text.length)[0];
  const text = readTextWithin(body?.element).text.slice(0, LIMITS.textLength);
  if (!text) return undefined;
  return { text, dateText, publishedAt: date?.at, datePrecision: date?.precision };
}

function ownLang(el: Element | undefined, card: Element): string | undefined {
  for (let e: Element | null | undefined = el; e && e !== card.parentElement; e = e.parentElement) {
    const lang = attr(e, 'lang');
    if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) return lang;
  }
  return undefined;
}

function stateReviewOf(state: TwoGisState | undefined, author: string, shown: string): StateReview | undefined {
  if (!state) return undefined;
  const who = matchKey(author, '');
  const start = matchKey('', shown.replace(/(?:…|\.\.\.)$/, '')).slice(1);
  return state.reviews.find((r) => {
    if (matchKey(r.author, '') !== who) return false;
    const full = matchKey('', r.text).slice(1);
    return start.length === 0 ? full.length === 0 : full.startsWith(start) || start.startsWith(full);
  });
}

function readCard(card: Element, pageScan: SiteScan, now: number): CapturedReview | null {
  const state = stateOfScan.get(pageScan);
  const box = starBoxes(card)[0];
  const lines = textElements(card, 4_000);
  const reply = replyOf(card, box, lines);
  const outside = lines.filter((t) => !(reply && reply.block.contains(t.element)));
  const lang = pageScan.pageLang;
  // The author: the first line of the card that is a name (not a counter, a control or a date).
  const authorIndex = outside.findIndex((t) => t.text.length > 1 && t.text.length <= 120 && !CONTROL.test(t.text) && !AUTHOR_COUNT.test(t.text));
  const authorLine = outside[authorIndex];
  if (!authorLine) return null;
  const author = authorLine.text.slice(0, 200);
  // The date: the first short line after the author that reads as one (the text comes after it).
  const dateLine = outside
    .slice(authorIndex + 1)
    .find((t) => t.text.length < 40 && !AUTHOR_COUNT.test(t.text) && estimatePublishedDate(t.text, now, lang) !== undefined);
  // The text: the longest remaining line (its link when whole, the same link clamped by CSS).
  const textLine = outside
    .filter((t) => t !== authorLine && t !== dateLine && !CONTROL.test(t.text) && !AUTHOR_COUNT.test(t.text) && !(box && box.contains(t.element)))
    .sort((a, b) => b.text.length - a.text.length)[0];
  const textEl = textLine ? (textLine.element.closest('a') ?? textLine.element) : undefined;
  const shown = readTextWithin(textEl && card.contains(textEl) ? textEl : textLine?.element);
  const fromState = stateReviewOf(state, author, shown.text);
  const text = (fromState?.text ?? shown.text).slice(0, LIMITS.textLength);
  if (!text && !fromState && !box) return null;
  const dateText = dateLine?.text;
  let publishedAt = fromState?.createdAt;
  let precision: DatePrecision | undefined = publishedAt !== undefined ? 'exact' : undefined;
  if (publishedAt === undefined) {
    const estimate = estimatePublishedDate(dateText, now, lang);
    publishedAt = estimate?.at;
    precision = estimate?.precision;
  }
  const width = box ? widthOf(box) : undefined;
  const shownRating = width !== undefined && width % 10 === 0 ? validRating(width / 10) : undefined;
  let captured = reply ? readDomReply(reply, pageScan.business?.name, now, lang) : undefined;
  if (fromState?.reply) {
    captured = {
      text: fromState.reply.text.slice(0, LIMITS.textLength),
      dateText: captured?.dateText,
      publishedAt: fromState.reply.at ?? captured?.publishedAt,
      datePrecision: fromState.reply.at !== undefined ? 'exact' : captured?.datePrecision,
    };
  }
  if (captured && captured.dateText === undefined) delete captured.dateText;
  return {
    // Without the state's id: a hash of the author and the text, never of the shown date ("вчера"
    // today, "14 ноября" this year and "14 ноября 2025" next year), so a visit tomorrow finds the same review.
    siteReviewId: fromState?.id ?? fallbackReviewId(author, undefined, text),
    author,
    rating: fromState?.rating ?? shownRating,
    text,
    // The whole text is in the DOM ("Читать целиком" only lifts a CSS clamp); a cut one ends with "…".
    truncated: fromState?.text ? false : /(?:…|\.\.\.)$/.test(shown.text) || shown.cut,
    lang: ownLang(textEl, card),
    dateText,
    publishedAt,
    datePrecision: precision,
    reply: captured,
  };
}

export const twoGis = defineSite({
  id: '2gis',
  matches: SITE_MATCHES['2gis'],
  sampleUrls: [
    'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews',
    'https://2gis.ru/spb/firm/5348552838567890/tab/reviews?m=30.31%2C59.94%2F16',
    'https://2gis.ru/moscow/search/%D0%BA%D0%BE%D1%84%D0%B5/firm/70000001018123456/tab/reviews',
    'https://2gis.kz/almaty/firm/70000001027654321/tab/reviews',
    'https://2gis.kg/bishkek/firm/70000001030111222/tab/reviews',
    'https://2gis.ae/dubai/firm/70000001040222333/tab/reviews',
    'https://2gis.uz/tashkent/firm/70000001050333444/tab/reviews',
    'https://2gis.by/minsk/firm/70000001060444555/tab/reviews',
    'https://2gis.az/baku/firm/70000001070555666/tab/reviews',
    'https://2gis.ge/tbilisi/firm/70000001080666777/tab/reviews',
    'https://2gis.tj/dushanbe/firm/70000001090777888/tab/reviews',
    'https://2gis.am/yerevan/firm/70000001100888999/tab/reviews',
  ],
  isReviewPage: isFirmPage,
  ownerReplyUrl: (business) => ownerReplyUrl('2gis', business),
  newestReviewsStep: twogisNewestStep,
  newestReviewsShown: twogisNewestShown,
  scan,
  readCard,
  // Nothing to click: the whole text is on the page behind a CSS clamp.
  replyElement: (card) => replyOf(card, starBoxes(card)[0], textElements(card, 4_000))?.block,
  expandButtons: () => [],
});
