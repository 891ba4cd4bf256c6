/**
 * Yandex Maps organisation pages (`yandex.<tld>/maps/org/<slug>/<orgId>/reviews/`). See
 * shared/SITES.md §6.
 *
 * Yandex's BEM classes (`business-review-view__date`) are readable and have lasted since 2023,
 * but their modifiers (`_spacing_normal`, `_full`) change: a selector names one class, never a
 * whole class attribute. Before any class come the schema.org microdata (`itemprop="review"`,
 * `datePublished`, `ratingValue`), roles and text anchors. The page's inline
 * `script.state-view` holds the first 50 reviews with their ids, whole texts and the owner's
 * replies (collapsed on the page and absent from the DOM until opened); it is read from the
 * DOM, never fetched, and the cards alone still give every field they show.
 */
import { LIMITS } from '../messages';
import { defineSite } from './define-site';
import { SITE_MATCHES } from './matches';
import { attr, firstInDocument, outermost, queryAllFirst, queryFirst, readLine, readTextWithin, textElements } from './dom';
import { estimatePublishedDate } from './dates';
import { at, cachedState, isoInstant, matchKey, num, plainText, str } from './embedded';
import { parseCount, parseDecimal, parseRatingLabel, validAverage, validRating } from './numbers';
import { fallbackReviewId } from './review-id';
import { ownerReplyUrl } from './reply-links';
import { yandexMapsNewestShown, yandexMapsNewestStep } from './yandex-maps-newest';
import type { CapturedBusiness, CapturedReply, CapturedReview, DatePrecision, SiteScan } from './types';

export const YANDEX_SELECTORS = {
  /** One review; its list item wrapper carries `role="listitem"` and `aria-posinset`. */
  card: ['[itemprop="review"]', '.business-review-view', '.business-reviews-card-view__review'],
  name: ['h1.orgpage-header-view__header', 'h1[itemprop="name"]', 'h1'],
  author: ['[itemprop="author"] [itemprop="name"]', '.business-review-view__author-name', 'a.business-review-view__link'],
  rating: ['[itemprop="reviewRating"] [itemprop="ratingValue"]', '.business-rating-badge-view__stars[aria-label]', '[role="img"][aria-label]'],
  date: ['[itemprop="datePublished"]', '.business-review-view__date'],
  body: ['[itemprop="reviewBody"]', '.business-review-view__body'],
  text: ['.spoiler-view__text-container', '.business-review-view__body-text'],
  expand: ['.business-review-view__expand', '[role="button"][aria-label]'],
  reply: ['.business-review-view__comment', '.business-review-comment-content', '.business-review-comment'],
  replyText: ['.business-review-comment-content__bubble', '.business-review-comment__bubble'],
  replyDate: ['.business-review-comment-content__date', '.business-review-comment__date'],
  headerRating: ['.business-summary-rating-badge-view__rating', '.orgpage-header-view [itemprop="aggregateRating"] [itemprop="ratingValue"]'],
  state: ['script.state-view', 'script[type="application/json"][class*="state"]'],
} as const;

/** "Посмотреть ответ организации" and its English and Turkish forms (open or close). */
const REPLY_TOGGLE =
  /ответ(?:ы)? организации|ответ владельца|organi[sz]ation['’]s (?:response|reply)|(?:business|owner|company)['’]s (?:response|reply)|response from the|[İi]şletme(?:nin)? (?:yanıt|cevab)/i;
/** The "Ещё" expander at the end of a cut text. */
const MORE = /^(?:ещё|еще|more|read more|diğer|devamı)$/i;
const CUT_END = /(?:…|\.\.\.)\s*(?:ещё|еще|more|diğer)?$/i;
/** SmartCaptcha: the page that replaces the map when Yandex suspects a robot. */
const CAPTCHA =
  /Подтвердите, что запросы отправляли вы|Confirm that you are not a robot|Confirm that requests were sent by you|robot olmadığınızı doğrulayın|Вы не робот\?/i;
const COUNT_WORD = /отзыв|review|yorum/i;
const RATINGS_WORD = /оцен|rating|değerlendirme|puan/i;

export function yandexOrgId(url: URL): string | undefined {
  return /^\/maps\/org\/(?:[^/]+\/)?(\d{3,20})(?:\/|$)/.exec(url.pathname)?.[1];
}

function isYandexOrgPage(url: URL): boolean {
  return yandexOrgId(url) !== undefined;
}

interface StateReview {
  id?: string;
  author?: string;
  publicId?: string;
  text?: string;
  lang?: string;
  rating?: number;
  updatedAt?: number;
  reply?: { text: string; at?: number };
}

interface YandexState {
  orgId?: string;
  title?: string;
  rating?: number;
  reviewCount?: number;
  reviews: StateReview[];
}

function readStateReview(raw: unknown): StateReview | null {
  if (!raw || typeof raw !== 'object') return null;
  const replyText = plainText(at(raw, 'businessComment', 'text'));
  return {
    id: str(at(raw, 'reviewId')),
    author: str(at(raw, 'author', 'name')),
    publicId: str(at(raw, 'author', 'publicId')),
    text: plainText(at(raw, 'text')),
    lang: str(at(raw, 'textLanguage')),
    rating: validRating(num(at(raw, 'rating'))),
    updatedAt: isoInstant(at(raw, 'updatedTime')),
    reply: replyText ? { text: replyText, at: isoInstant(at(raw, 'businessComment', 'updatedTime')) } : undefined,
  };
}

function parseState(text: string): YandexState | undefined {
  const data: unknown = JSON.parse(text);
  const stack = at(data, 'stack');
  const items = Array.isArray(stack) ? stack.map((s) => at(s, 'results', 'items', 0)).filter((x) => x && typeof x === 'object') : [];
  const item = items.find((x) => at(x, 'reviewResults') !== undefined || at(x, 'ratingData') !== undefined) ?? items[0];
  if (!item) return undefined;
  const reviews = at(item, 'reviewResults', 'reviews');
  const id = at(item, 'id');
  return {
    orgId: typeof id === 'number' ? String(id) : str(id),
    title: str(at(item, 'title')),
    rating: validAverage(num(at(item, 'ratingData', 'ratingValue'))),
    reviewCount: num(at(item, 'ratingData', 'reviewCount')),
    reviews: Array.isArray(reviews) ? reviews.map(readStateReview).filter((r): r is StateReview => r !== null) : [],
  };
}

/** The state script: by its class, else the JSON script that holds the `stack` of results. */
function stateScript(doc: Document): Element | undefined {
  const hit = queryFirst(doc, YANDEX_SELECTORS.state)?.element;
  if (hit) return hit;
  return Array.from(doc.querySelectorAll('script[type="application/json"]')).find((s) => {
    const head = (s.firstChild as CharacterData | null)?.substringData?.(0, 4_000) ?? '';
    return /"stack"\s*:\s*\[/.test(head) || /"reviewResults"/.test(head);
  });
}

/** The state read by `scan`, for its cards: parsed once per pass, never once per card. */
const stateOfScan = new WeakMap<SiteScan, YandexState>();

function readState(doc: Document, orgId: string): YandexState | undefined {
  const state = cachedState(stateScript(doc), parseState) as YandexState | undefined;
  // A state left from another organisation (in-page navigation) is not this one's.
  return state && (!state.orgId || state.orgId === orgId) ? state : undefined;
}

/** The reviews of the state, by the author's public id and by author and text start. */
interface StateIndex {
  byPublicId: Map<string, StateReview[]>;
  all: StateReview[];
}

const indexCache = new WeakMap<YandexState, StateIndex>();

function indexOf(state: YandexState): StateIndex {
  let index = indexCache.get(state);
  if (!index) {
    const byPublicId = new Map<string, StateReview[]>();
    for (const review of state.reviews) if (review.publicId) byPublicId.set(review.publicId, [...(byPublicId.get(review.publicId) ?? []), review]);
    index = { byPublicId, all: state.reviews };
    indexCache.set(state, index);
  }
  return index;
}

function startsAlike(full: string | undefined, shown: string): boolean {
  const a = matchKey('', full).slice(1);
  const b = matchKey('', shown.replace(CUT_END, '')).slice(1);
  return b.length > 0 && (a.startsWith(b) || b.startsWith(a));
}

function stateReviewOf(state: YandexState | undefined, publicId: string | undefined, author: string, shownText: string): StateReview | undefined {
  if (!state) return undefined;
  const index = indexOf(state);
  const byUser = publicId ? index.byPublicId.get(publicId) : undefined;
  if (byUser?.length === 1) return byUser[0];
  const candidates = byUser ?? index.all.filter((r) => r.author && matchKey(r.author, '') === matchKey(author, ''));
  return candidates.find((r) => startsAlike(r.text, shownText)) ?? (candidates.length === 1 && !shownText ? candidates[0] : undefined);
}

function headerOf(doc: Document, name: Element | undefined): Element | null {
  return name?.closest('header, [itemtype*="Organization"], [itemtype*="LocalBusiness"]') ?? name?.parentElement?.parentElement ?? null;
}

function readBusiness(doc: Document, url: URL, state: YandexState | undefined): { business: CapturedBusiness | null; nameIndex: number } {
  const orgId = yandexOrgId(url);
  const nameHit = queryFirst(doc, YANDEX_SELECTORS.name);
  const name = readLine(nameHit?.element) || state?.title || '';
  if (!orgId || !name) return { business: null, nameIndex: nameHit?.index ?? -1 };
  const header = headerOf(doc, nameHit?.element);
  // The header's rating: split into spans ("4" "," "7"), else the microdata beside it.
  const ratingEl = queryFirst(doc, YANDEX_SELECTORS.headerRating)?.element;
  const aggregate = doc.querySelector('[itemprop="aggregateRating"]');
  let rating = state?.rating;
  rating ??= validAverage(parseDecimal(attr(ratingEl, 'content') ?? readLine(ratingEl).replace(/\s/g, '')));
  rating ??= validAverage(parseDecimal(attr(aggregate?.querySelector('[itemprop="ratingValue"]'), 'content')));
  // Ratings ("2 034 оценки") outnumber reviews ("1 246 отзывов"): the review count is the reviews figure.
  let reviewCount = state?.reviewCount;
  reviewCount ??= parseCount(
    attr(aggregate?.querySelector('[itemprop="reviewCount"]'), 'content') ?? attr(doc.querySelector('meta[itemprop="reviewCount"]'), 'content'),
  );
  if (reviewCount === undefined) {
    const scope = header ?? doc.body;
    const line = scope
      ? textElements(scope, 60)
          .map((t) => t.text)
          .find((t) => /\d/.test(t) && COUNT_WORD.test(t) && !RATINGS_WORD.test(t))
      : undefined;
    const tab = Array.from(doc.querySelectorAll('[role="tab"], a[href*="/reviews/"]'))
      .map((el) => readLine(el))
      .find((t) => /\d/.test(t) && COUNT_WORD.test(t) && t.length < 40);
    reviewCount = parseCount(line ?? tab);
  }
  const slug = /^\/maps\/org\/([^/]+)\/\d+/.exec(url.pathname)?.[1];
  const business: CapturedBusiness = {
    siteBusinessId: orgId,
    name: name.slice(0, 300),
    url: `${url.origin}/maps/org/${slug ? `${slug}/` : ''}${orgId}/reviews/`,
    rating,
    reviewCount,
  };
  return { business, nameIndex: nameHit?.index ?? -1 };
}

function isCaptcha(doc: Document): boolean {
  if (doc.querySelector('form[action*="checkcaptcha"], .CheckboxCaptcha, .SmartCaptcha, [data-testid="checkbox-captcha"], iframe[src*="smartcaptcha"]'))
    return true;
  return CAPTCHA.test(doc.title) || CAPTCHA.test(readLine(doc.querySelector('h1')));
}

function scan(doc: Document, url: URL): SiteScan {
  const empty: SiteScan = { url, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, selectors: {} };
  if (/^\/(?:showcaptcha|checkcaptcha)/.test(url.pathname) || isCaptcha(doc)) return { ...empty, looksLikeReviewPage: true, status: 'blocked' };
  const orgId = yandexOrgId(url);
  if (!orgId) return { ...empty, status: 'not-a-review-page' };
  const state = readState(doc, orgId);
  const { business, nameIndex } = readBusiness(doc, url, state);
  const cardHit = queryAllFirst(doc, YANDEX_SELECTORS.card);
  const cards = outermost(cardHit.elements);
  const first = cards[0];
  const reviewsOpen =
    /\/reviews\/?$/.test(url.pathname) || cards.length > 0 || Boolean(doc.querySelector('[role="tab"][aria-selected="true"][href*="/reviews"]'));
  const base: SiteScan = {
    url,
    business,
    cards,
    pageLang: attr(doc.documentElement, 'lang'),
    looksLikeReviewPage: Boolean(business),
    expectsReviews: (business?.reviewCount ?? 0) > 0 && reviewsOpen,
    selectors: {
      name: nameIndex,
      card: cardHit.index,
      state: state ? 0 : -1,
      author: first ? (queryFirst(first, YANDEX_SELECTORS.author)?.index ?? -1) : -1,
      body: first ? (queryFirst(first, YANDEX_SELECTORS.body)?.index ?? -1) : -1,
    },
  };
  if (state) stateOfScan.set(base, state);
  if (business && cards.length === 0 && !reviewsOpen) return { ...base, status: 'reviews-not-open' };
  return base;
}

/** The language of an element set inside the card (never the page's own `<html lang>`). */
function ownLang(el: Element | undefined, card: Element): string | undefined {
  for (let e: Element | null | undefined = el; e && e !== card.parentElement; e = e.parentElement) {
    const lang = attr(e, 'lang');
    if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) return lang;
  }
  return undefined;
}

function replyToggle(card: Element): Element | undefined {
  return Array.from(card.querySelectorAll('[role="button"], button, .business-review-view__comment-expand')).find(
    (el) => readLine(el).length < 80 && REPLY_TOGGLE.test(readLine(el)),
  );
}

/** The opened reply: by class, else the block that follows the toggle. */
function replyBlock(card: Element, toggle: Element | undefined): Element | undefined {
  const hit = queryFirst(card, YANDEX_SELECTORS.reply)?.element;
  if (hit) return hit;
  if (!toggle) return undefined;
  for (let el: Element | null = toggle; el && el !== card; el = el.parentElement) {
    for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.getAttribute('role') !== 'button' && readLine(next).length > 0) return next;
    }
  }
  return undefined;
}

function readDomReply(block: Element | undefined, now: number, lang: string | undefined): CapturedReply | undefined {
  if (!block) return undefined;
  const lines = textElements(block, 4_000);
  const dateEl =
    queryFirst(block, YANDEX_SELECTORS.replyDate)?.element ?? lines.find((t) => t.text.length < 40 && estimatePublishedDate(t.text, now, lang))?.element;
  const textEl =
    queryFirst(block, YANDEX_SELECTORS.replyText)?.element ??
    lines.filter((t) => t.element !== dateEl && !dateEl?.contains(t.element)).sort((a, b) => b.text.length - a.text.length)[0]?.element;
  const text = readTextWithin(textEl).text.slice(0, LIMITS.textLength);
  if (!text) return undefined;
  const dateText = readLine(dateEl) || undefined;
  const date = estimatePublishedDate(dateText, now, lang);
  return { text, dateText, publishedAt: date?.at, datePrecision: date?.precision };
}

function readRating(card: Element): number | undefined {
  const meta = card.querySelector('[itemprop="reviewRating"] [itemprop="ratingValue"]');
  const fromMeta = validRating(parseDecimal(attr(meta, 'content') ?? readLine(meta)));
  if (fromMeta !== undefined) return fromMeta;
  for (const el of Array.from(card.querySelectorAll('[aria-label]'))) {
    const label = attr(el, 'aria-label') ?? '';
    if (!/\d\s*(?:из|of|out of|\/)\s*5|оценка|rating|puan/i.test(label)) continue;
    const value = validRating(parseRatingLabel(label));
    if (value !== undefined) return value;
  }
  // Five stars, each `_full`, `_half` or `_empty` (the modifier, not the whole attribute).
  const stars = Array.from(card.querySelectorAll('.business-rating-badge-view__star'));
  if (stars.length === 5)
    return validRating(stars.filter((s) => s.classList.contains('_full')).length + stars.filter((s) => s.classList.contains('_half')).length / 2);
  return undefined;
}

function readCard(card: Element, pageScan: SiteScan, now: number): CapturedReview | null {
  const state = stateOfScan.get(pageScan);
  const authorHit = queryFirst(card, YANDEX_SELECTORS.author);
  const profile = card.querySelector('a[href*="/maps/user/"]');
  const publicId = /\/maps\/user\/([\w-]{4,80})/.exec(attr(profile, 'href') ?? '')?.[1];
  const toggle = replyToggle(card);
  const domReply = replyBlock(card, toggle);
  const bodyEl = queryFirst(card, YANDEX_SELECTORS.body)?.element;
  const textEl = (bodyEl && queryFirst(bodyEl, YANDEX_SELECTORS.text)?.element) ?? bodyEl;
  const shown = readTextWithin(textEl, { skip: '[role="button"], .business-review-view__expand' });
  const shownText = shown.text.replace(/\s*(?:Ещё|Еще|More|Diğer)$/i, '');
  let author = readLine(authorHit?.element).slice(0, 200);
  const fromState = stateReviewOf(state, publicId, author, shownText);
  author ||= fromState?.author ?? '';
  if (!author) return null;
  if (!shownText && !fromState?.text && !bodyEl) {
    // A card with neither a text box nor a rating is not a review.
    if (readRating(card) === undefined && !fromState) return null;
  }
  const expand = bodyEl ? queryAllFirst(bodyEl, YANDEX_SELECTORS.expand).elements.some((el) => MORE.test(readLine(el) || attr(el, 'aria-label') || '')) : false;
  const text = (fromState?.text ?? shownText).slice(0, LIMITS.textLength);
  const truncated = fromState?.text ? false : expand || CUT_END.test(shown.text) || shown.cut;
  // The visible date ("14 ноября") and the exact one (`datePublished`, UTC).
  const dateHit = queryFirst(card, YANDEX_SELECTORS.date)?.element;
  const dateBox = dateHit?.tagName === 'META' ? dateHit.parentElement : dateHit;
  const published = card.querySelector('[itemprop="datePublished"]');
  const dateText = (dateBox && dateBox !== card && readLine(dateBox)) || undefined;
  let publishedAt = isoInstant(attr(published, 'content') ?? attr(published, 'datetime')) ?? fromState?.updatedAt;
  let precision: DatePrecision | undefined = publishedAt !== undefined ? 'exact' : undefined;
  if (publishedAt === undefined) {
    const estimate = estimatePublishedDate(dateText, now, pageScan.pageLang);
    publishedAt = estimate?.at;
    precision = estimate?.precision;
  }
  let reply: CapturedReply | undefined = readDomReply(domReply, now, pageScan.pageLang);
  if (fromState?.reply) {
    reply = {
      text: fromState.reply.text.slice(0, LIMITS.textLength),
      dateText: reply?.dateText,
      publishedAt: fromState.reply.at ?? reply?.publishedAt,
      datePrecision: fromState.reply.at !== undefined ? 'exact' : reply?.datePrecision,
    };
  }
  if (reply && reply.dateText === undefined) delete reply.dateText;
  return {
    // Without the state's id: a hash of what stays the same from one visit to the next (the exact
    // time, never the shown date, which reads "вчера" today and "19 ноября" tomorrow).
    siteReviewId: fromState?.id ?? fallbackReviewId(author, attr(published, 'content') ?? '', text),
    author,
    rating: readRating(card) ?? fromState?.rating,
    text,
    truncated,
    lang: fromState?.lang ?? ownLang(textEl, card),
    dateText,
    publishedAt,
    datePrecision: precision,
    reply,
  };
}

export const yandexMaps = defineSite({
  id: 'yandex-maps',
  matches: SITE_MATCHES['yandex-maps'],
  sampleUrls: [
    'https://yandex.ru/maps/org/kafe_pushkin/1018907821/reviews/',
    'https://yandex.ru/maps/org/1018907821/reviews/?ll=37.604%2C55.764&z=17',
    'https://yandex.ru/maps/org/salon_krasoty_liliya/2345678901/',
    'https://yandex.com/maps/org/golden_horn_cafe/123456789012/reviews/',
    'https://yandex.com.tr/maps/org/kosk_restoran/98765432101/reviews/',
    'https://yandex.kz/maps/org/dastarkhan/1122334455/reviews/',
    'https://yandex.by/maps/org/kamyanitsa/5566778899/reviews/',
    'https://yandex.uz/maps/org/plov_center/6677889900/reviews/',
  ],
  isReviewPage: isYandexOrgPage,
  ownerReplyUrl: (business) => ownerReplyUrl('yandex-maps', business),
  newestReviewsStep: yandexMapsNewestStep,
  newestReviewsShown: yandexMapsNewestShown,
  scan,
  readCard,
  // The reply is collapsed behind its toggle until clicked: the note goes above whichever comes first.
  replyElement: (card) => {
    const toggle = replyToggle(card);
    return firstInDocument([toggle, replyBlock(card, toggle)]);
  },
  expandButtons: (card) => {
    const body = queryFirst(card, YANDEX_SELECTORS.body)?.element;
    return body ? queryAllFirst(body, YANDEX_SELECTORS.expand).elements.filter((el) => MORE.test(readLine(el) || attr(el, 'aria-label') || '')) : [];
  },
});
