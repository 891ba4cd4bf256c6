/**
 * Tripadvisor restaurant, hotel and attraction pages (`…_Review-g<geo>-d<id>-Reviews-….html`).
 *
 * Tripadvisor A/B-tests its layout and renames classes "at least twice a year", so cards are
 * found by `data-automation` / `data-test-target` attributes and the review permalink
 * (`ShowUserReviews-…-r<id>-`), ratings by the "N of 5 bubbles" text, dates and replies by
 * their text anchors ("Written …", "Response from …").
 */
import { LIMITS } from '../messages';
import { defineSite } from './define-site';
import { SITE_MATCHES, TRIPADVISOR_PAGE_TYPES } from './matches';
import { attr, outermost, queryAllFirst, queryFirst, readJsonLd, readLine, readText, readTextWithin, textElements, type TextElement } from './dom';
import { httpsUrl } from '../urls';
import { estimatePublishedDate } from './dates';
import { isOwnerReplyLabel } from './markers';
import { parseCount, parseDecimal, parseRatingLabel, validAverage, validRating } from './numbers';
import { fallbackReviewId } from './review-id';
import type { CapturedBusiness, CapturedReply, CapturedReview, DatePrecision, SiteScan } from './types';

export const TRIPADVISOR_SELECTORS = {
  card: [
    '[data-automation="reviewCard"]' /* restaurants, attractions, 2023+ */,
    '[data-test-target="HR_CC_CARD"]' /* hotels, 2020–2025 */,
    '[data-reviewid]',
    'div.review-container' /* 2020–21 */,
  ],
  name: ['h1[data-automation="mainH1"]', 'h1[data-test-target="top-info-header"]', 'h1'],
  author: ['a[href*="/Profile/"]', '.info_text div' /* 2020–21 */, '.memberOverlayLink' /* legacy */, '.username' /* legacy */],
  rating: [
    'svg title',
    'svg[aria-label]',
    '[data-automation="bubbleRatingImage"]',
    'span.ui_bubble_rating[class*="bubble_"]' /* legacy bubble_40 */,
    '[class*="bubble_"]',
  ],
  title: ['[data-test-target="review-title"]', 'a[href*="ShowUserReviews"] span', '.noQuotes' /* 2020–21 */, '.title' /* legacy */],
  body: [
    '[data-test-target="review-body"] .JguWG' /* hashed, 2025 */,
    '[data-test-target="review-body"]',
    'q',
    'div.fIrGe' /* hashed, 2025 */,
    'p.partial_entry' /* 2020–21 */,
  ],
  reply: ['[data-test-target="management-response"]' /* unverified */, '[data-automation="ownerResponse"]' /* unverified */, 'div.mgrRspnInline' /* 2020–21 */],
  more: ['[data-test-target="expand-review"]', 'button.UikNM' /* hashed, 2025 */, 'span.taLnk.ulBlueLinks' /* legacy */],
} as const;

/** Lines that introduce the publish date ("Written October 3, 2026"), in the supported languages. */
const WRITTEN =
  /^(?:written|reviewed|date of review|escrit[ao](?: el)?|opinión escrita(?: el)?|publicad[ao] el|geschrieben(?: am)?|verfasst(?: am)?|bewertet am|bewertung geschrieben am|avis écrit le|avis publié le|publié le|écrit le|écrit|rédigé le|написан[оа]?|отзыв написан|опубликован[оа]?|写于|撰写于|撰寫於|撰写日期|撰寫日期|点评日期|評論日期)\s*[:：]?\s*/i;
/** "<Name> wrote a review Mar 2024" on hotel cards. */
const WROTE_A_REVIEW =
  /(?:wrote a review|написал(?:\(а\)|а)? отзыв[:：]?|escribió una opinión|hat eine bewertung geschrieben|a écrit un avis|发表了点评|寫了一則評論)\s*/i;
/** German hotel cards put the date inside the sentence: "<Name> hat am 24. Nov. eine Bewertung geschrieben", "… hat gestern …". */
const WROTE_AROUND_DATE = /\bhat\s+(?:am\s+|im\s+)?(.+?)\s+eine\s+bewertung\s+geschrieben/i;
/** Never a publish date: the stay or visit, and the trip type. */
const NOT_PUBLISH_DATE =
  /^(?:date of (?:stay|visit|experience)|trip type|дата (?:пребывания|посещения)|тип поездки|fecha de (?:la )?(?:estancia|visita)|tipo de viaje|aufenthaltsdatum|datum des besuchs|reiseart|date (?:du séjour|de la visite)|type de voyage|入住日期|游览日期|遊覽日期|旅行类型)/i;
/** Tripadvisor's own disclaimer under every review and response. */
const DISCLAIMER =
  /subjective opinion of (?:a )?(?:tripadvisor member|the management representative)|субъективное мнение|opinión subjetiva|subjektive meinung|opinion subjective|主观意见|主觀意見/i;
const MORE_TEXT = /^(?:read more|more|читать далее|ещё|еще|leer más|más|mehr anzeigen|mehr|plus|lire la suite|更多|閱讀更多|阅读更多)$/i;
const RESPONDED = /^(?:responded|replied|ответ (?:получен|дан)|respondió|respondido|beantwortet|antwort vom|a répondu|répondu le|回复于|回覆於)\s*/i;

function isTripadvisorReviewPage(url: URL): boolean {
  return new RegExp(`^/(?:${TRIPADVISOR_PAGE_TYPES.join('|')})-g\\d+-d\\d+`).test(url.pathname);
}

/** Tripadvisor's location number (`-d1234567-` in the address). */
export function tripadvisorLocationId(url: URL): string | undefined {
  return /-d(\d+)(?:-|\.html)/.exec(url.pathname)?.[1];
}

/**
 * The "claimed listing" badge that the H1 picks up on some layouts, glued to the name without a
 * space in some languages ("Hotel AdlonDieser Eintrag wird … verwaltet"), in every Tripadvisor language.
 */
const CLAIMED_LABEL = new RegExp(
  `\\s*(?:${[
    'Someone from this business manages (?:the|this) listing',
    'Dieser Eintrag wird von einer Person aus diesem Unternehmen verwaltet',
    'Eine Person aus diesem Unternehmen verwaltet diesen Eintrag',
    'Jemand (?:von|aus) diesem Unternehmen verwaltet (?:den|diesen) Eintrag',
    "Quelqu['’]un de cet (?:établissement|entreprise) gère cette (?:fiche|page)",
    'Une personne de cet établissement gère cette fiche',
    'Alguien de (?:este negocio|esta empresa) (?:administra|gestiona) (?:este perfil|esta ficha|el perfil)',
    'Una persona di questa attività gestisce (?:la|questa) scheda',
    'Qualcuno di questa attività gestisce (?:la|questa) scheda',
    'Iemand van dit bedrijf beheert deze vermelding',
    'Alguém (?:desta|dessa) empresa (?:gerencia|gere) (?:este|esse) perfil',
    'Этой страницей управляет представитель (?:компании|заведения)',
    'Представитель (?:компании|заведения) управляет этой страницей',
    '此(?:商家|商户|商戶)(?:的)?(?:相关人员|相關人員|人员|员工|員工)管理(?:此|本)?(?:页面|頁面|商家信息|商家資訊)',
    'この施設の関係者がこのリスティングを管理しています',
    'Claimed',
    'Подтвержденная страница',
    'Reclamado',
    'Verifiziert',
    'Revendiqué',
  ].join('|')}).*$`,
  'i',
);

function cleanName(name: string): string {
  return name.replace(CLAIMED_LABEL, '').trim();
}

/**
 * The heading's own words: when the H1 holds its name as text and a badge as a child element
 * ("Chez Fanny<span>✓ Un représentant … gère cette fiche</span>"), the badge is left out in any
 * language; a name kept in a child element falls back to the whole line.
 */
function headingName(h1: Element | undefined): string {
  if (!h1) return '';
  const own = Array.from(h1.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleanName(own.length >= 2 ? own : readLine(h1));
}

function readBusiness(doc: Document, url: URL): { business: CapturedBusiness | null; nameIndex: number } {
  const id = tripadvisorLocationId(url);
  const nameHit = queryFirst(doc, TRIPADVISOR_SELECTORS.name);
  let name = headingName(nameHit?.element);
  let rating: number | undefined;
  let reviewCount: number | undefined;
  for (const item of readJsonLd(doc)) {
    if (!item || typeof item !== 'object') continue;
    const record = item as { name?: unknown; aggregateRating?: { ratingValue?: unknown; reviewCount?: unknown; ratingCount?: unknown } };
    if (!record.aggregateRating) continue;
    if (!name && typeof record.name === 'string') name = record.name.trim();
    rating ??= validAverage(parseDecimal(String(record.aggregateRating.ratingValue ?? '')));
    reviewCount ??= parseCount(String(record.aggregateRating.reviewCount ?? record.aggregateRating.ratingCount ?? ''));
  }
  // The DOM header: the bubbles and the count next to the H1.
  for (
    let box = nameHit?.element.parentElement ?? null, depth = 0;
    box && depth < 5 && (rating === undefined || reviewCount === undefined);
    box = box.parentElement, depth++
  ) {
    if (box.querySelector(TRIPADVISOR_SELECTORS.card.join(','))) break;
    rating ??= validAverage(
      parseRatingLabel(
        Array.from(box.querySelectorAll('svg title, svg[aria-label]'))
          .map((el) => el.textContent || attr(el, 'aria-label') || '')
          .find((t) => /\d/.test(t)),
      ),
    );
    // Legacy header: <span class="ui_bubble_rating bubble_45">.
    const legacy = /bubble_(\d)(\d)/.exec(box.querySelector('[class*="bubble_"]')?.getAttribute('class') ?? '');
    if (legacy) rating ??= validAverage(Number(`${legacy[1]}.${legacy[2]}`));
    reviewCount ??= parseCount(
      Array.from(box.querySelectorAll('a, span'))
        .map((el) => readLine(el))
        .find((t) => t.length < 40 && /\d/.test(t) && /(review|отзыв|opinion|opinión|bewertung|avis|recension|点评|則評論)/i.test(t)),
    );
  }
  if (!id || !name) return { business: null, nameIndex: nameHit?.index ?? -1 };
  const canonical = httpsUrl(attr(doc.querySelector('link[rel="canonical"]'), 'href'), url) ?? `${url.origin}${url.pathname}`;
  return {
    business: { siteBusinessId: `d${id}`, name: name.slice(0, 300), url: canonical.replace(/-or\d+-/, '-'), rating, reviewCount },
    nameIndex: nameHit?.index ?? -1,
  };
}

function scan(doc: Document, url: URL): SiteScan {
  const empty: SiteScan = { url, business: null, cards: [], looksLikeReviewPage: false, expectsReviews: false, selectors: {} };
  if (!isTripadvisorReviewPage(url)) return { ...empty, status: 'not-a-review-page' };
  const html = doc.documentElement;
  if (doc.querySelector('script[src*="captcha-delivery"], iframe[src*="captcha-delivery"]') || /captcha-delivery|DataDome/.test(doc.title))
    return { ...empty, status: 'blocked' };
  const { business, nameIndex } = readBusiness(doc, url);
  const cardHit = queryAllFirst(doc, TRIPADVISOR_SELECTORS.card);
  const cards = outermost(cardHit.elements);
  return {
    url,
    business,
    cards,
    pageLang: attr(html, 'lang'),
    looksLikeReviewPage: Boolean(business),
    expectsReviews: (business?.reviewCount ?? 0) > 0,
    selectors: { name: nameIndex, card: cardHit.index },
  };
}

function holdsReplyText(block: Element, label: Element): boolean {
  return leafLines(block).some((line) => {
    if (line === label || line.contains(label)) return false;
    const text = readLine(line);
    return text.length >= 15 && !RESPONDED.test(text) && !DISCLAIMER.test(text) && !isOwnerReplyLabel(text);
  });
}

/** The management response block, by attribute or by its "Response from …" header. */
function replyBlock(card: Element, lines: readonly TextElement[] = textElements(card, 2_000)): { block: Element; label: Element | null } | null {
  const hit = queryFirst(card, TRIPADVISOR_SELECTORS.reply);
  if (hit) return { block: hit.element, label: null };
  for (const { element: el, text } of lines) {
    if (text.length > 160 || !isOwnerReplyLabel(text)) continue;
    // Climb to the block that holds the reply text as well as the header and date.
    let block: Element = el;
    for (let depth = 0; depth < 4 && block.parentElement && block.parentElement !== card && !holdsReplyText(block, el); depth++) block = block.parentElement;
    return { block, label: el };
  }
  return null;
}

/** Lines of text in a block: the elements that hold text directly. */
function leafLines(root: Element): Element[] {
  return textElements(root, 2_000).map((t) => t.element);
}

const REPLY_BODY = ['.JguWG', 'p.partial_entry', 'q', '[class*="MInAm"]'];

function readReply(found: { block: Element; label: Element | null } | null, now: number, lang: string | undefined): CapturedReply | undefined {
  if (!found) return undefined;
  let dateText: string | undefined;
  let date: { at: number; precision: DatePrecision } | undefined;
  const lines = leafLines(found.block);
  for (const el of [found.block.querySelector('.responseDate'), ...lines]) {
    if (!el) continue;
    const line = readLine(el);
    if (!RESPONDED.test(line) || line.length > 80) continue;
    dateText = line.replace(/(\d{4}).*$/, '$1');
    date = estimatePublishedDate(attr(el, 'title'), now, lang) ?? estimatePublishedDate(line.replace(RESPONDED, ''), now, lang);
    break;
  }
  const usable = (el: Element): boolean => {
    const line = readLine(el);
    return Boolean(line) && el !== found.label && !isOwnerReplyLabel(line) && !DISCLAIMER.test(line) && !RESPONDED.test(line);
  };
  let textEl = REPLY_BODY.map((selector) => Array.from(found.block.querySelectorAll(selector)).find(usable)).find((el) => el !== undefined);
  // Unknown markup: the longest line that is not the header, the date or the disclaimer.
  textEl ??= lines.filter(usable).sort((a, b) => readLine(b).length - readLine(a).length)[0];
  const text = readText(textEl);
  if (!text) return undefined;
  return { text: text.slice(0, LIMITS.textLength), dateText, publishedAt: date?.at, datePrecision: date?.precision };
}

function inside(el: Element, block: Element | undefined): boolean {
  return Boolean(block && block.contains(el));
}

function readRating(card: Element, reply: Element | undefined): number | undefined {
  for (const selector of TRIPADVISOR_SELECTORS.rating) {
    for (const el of Array.from(card.querySelectorAll(selector))) {
      if (inside(el, reply)) continue;
      const legacy = /bubble_(\d)(\d)/.exec(el.getAttribute('class') ?? '');
      const value = legacy ? Number(`${legacy[1]}.${legacy[2]}`) : parseRatingLabel(el.textContent || attr(el, 'aria-label'));
      const rating = validRating(value);
      if (rating !== undefined) return rating;
    }
  }
  return undefined;
}

function readPublished(
  card: Element,
  lines: readonly TextElement[],
  reply: Element | undefined,
  now: number,
  lang: string | undefined,
): { text: string; at?: number; precision?: DatePrecision } | undefined {
  // Legacy cards: <span class="ratingDate" title="October 3, 2020">Reviewed 3 October 2020</span>.
  const legacy = card.querySelector('.ratingDate[title]');
  if (legacy && !inside(legacy, reply)) {
    const estimate = estimatePublishedDate(attr(legacy, 'title'), now, lang) ?? estimatePublishedDate(readLine(legacy).replace(WRITTEN, ''), now, lang);
    return { text: readLine(legacy), at: estimate?.at, precision: estimate?.precision };
  }
  for (const { element: el, text: line } of lines) {
    if (inside(el, reply)) continue;
    if (!line || line.length > 120 || NOT_PUBLISH_DATE.test(line)) continue;
    let rest: string | undefined;
    if (WRITTEN.test(line)) rest = line.replace(WRITTEN, '');
    else if (WROTE_AROUND_DATE.test(line)) rest = WROTE_AROUND_DATE.exec(line)?.[1];
    else if (WROTE_A_REVIEW.test(line)) rest = line.slice(line.search(WROTE_A_REVIEW)).replace(WROTE_A_REVIEW, '');
    if (rest === undefined) continue;
    const estimate = estimatePublishedDate(rest, now, lang) ?? (WRITTEN.test(line) ? undefined : monthOfLastYear(rest, now, lang));
    const text = WROTE_A_REVIEW.test(line) || WROTE_AROUND_DATE.test(line) ? rest : line;
    return { text, at: estimate?.at, precision: estimate?.precision };
  }
  return undefined;
}

/**
 * "… hat im Okt. eine Bewertung geschrieben": a bare month in the sentence is that month of this
 * year, or of last year when this year's is still ahead.
 */
function monthOfLastYear(rest: string, now: number, lang: string | undefined): ReturnType<typeof estimatePublishedDate> {
  if (!/^\p{L}+\.?$/u.test(rest.trim())) return undefined;
  const year = new Date(now).getUTCFullYear();
  return estimatePublishedDate(`${rest} ${year}`, now, lang) ?? estimatePublishedDate(`${rest} ${year - 1}`, now, lang);
}

function moreControls(card: Element, reply: Element | undefined, lines: readonly TextElement[] = textElements(card, 2_000)): Element[] {
  const bySelector = queryAllFirst(card, TRIPADVISOR_SELECTORS.more).elements.filter((el) => MORE_TEXT.test(readLine(el)));
  // By its text: the control around a "Read more" label.
  const byText = lines
    .filter((t) => t.text.length <= 40 && MORE_TEXT.test(t.text))
    .map((t) => t.element.closest('button, [role="button"], [data-test-target="expand-review"]') ?? t.element);
  return Array.from(new Set([...bySelector, ...byText])).filter((el) => !inside(el, reply));
}

/** The language set on the element or an ancestor up to the card, not above it. */
function ownLang(el: Element, card: Element): string | undefined {
  for (let e: Element | null = el; e; e = e === card ? null : e.parentElement) {
    const lang = e.getAttribute('lang')?.trim();
    if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) return lang;
  }
  return undefined;
}

/**
 * A text that ends a sentence is whole even under a "Read more": the page holds all of it and
 * the control only lifts a CSS clamp. A cut text stops mid-sentence or with "…".
 */
function endsWhole(text: string): boolean {
  return /[.!?。！？»”")）]\s*$|\p{Extended_Pictographic}\s*$/u.test(text) && !/(…|\.\.\.)$/.test(text);
}

function readCard(card: Element, pageScan: SiteScan, now: number): CapturedReview | null {
  // One walk over the card's text serves the reply, date and "Read more" lookups.
  const lines = textElements(card, 2_000);
  const found = replyBlock(card, lines);
  const reply = found?.block;
  const author = queryAllFirst(card, TRIPADVISOR_SELECTORS.author)
    .elements.filter((el) => !inside(el, reply))
    .map((el) => readLine(el))
    .find((t) => t.length > 0 && t.length < 120);
  let bodyEl: Element | undefined;
  for (const selector of TRIPADVISOR_SELECTORS.body) {
    bodyEl = Array.from(card.querySelectorAll(selector)).find((el) => !inside(el, reply) && !DISCLAIMER.test(readLine(el)));
    if (bodyEl) break;
  }
  if (!author || !bodyEl) return null;
  const body = readTextWithin(bodyEl, { skip: 'button, [data-test-target="expand-review"], .taLnk, [onclick*="clickExpand"]' });
  const text = body.text.replace(/\s*(?:Read more|Читать далее|Leer más|Mehr anzeigen|Lire la suite|更多)\s*$/i, '');
  if (!text) return null;
  const titleEl = queryAllFirst(card, TRIPADVISOR_SELECTORS.title).elements.find((el) => !inside(el, reply));
  const title = readLine(titleEl) || undefined;
  const permalink = Array.from(card.querySelectorAll('a[href*="ShowUserReviews"]')).find((a) => !inside(a, reply));
  const href = attr(permalink, 'href');
  const id =
    /-r(\d+)-/.exec(href ?? '')?.[1] ??
    attr(card, 'data-reviewid') ??
    attr(card.querySelector('[data-reviewid]'), 'data-reviewid') ??
    /^review_(\d+)$/.exec(card.id)?.[1];
  // The review's own language when the page shows one (a `lang` inside the card); never the
  // page's locale (`de-DE` on every review, Italian ones too): else it is left to the analysis.
  const lang = ownLang(bodyEl, card) ?? ownLang(bodyEl.querySelector('[lang]') ?? bodyEl, bodyEl);
  const published = readPublished(card, lines, reply, now, pageScan.pageLang);
  return {
    siteReviewId: id && /^\d{3,20}$/.test(id) ? id : fallbackReviewId(author, published?.text, text),
    author: author.slice(0, 200),
    rating: readRating(card, reply),
    title: title?.slice(0, 500),
    text: text.slice(0, LIMITS.textLength),
    truncated: (moreControls(card, reply, lines).length > 0 && !endsWhole(text)) || /(…|\.\.\.)$/.test(text) || text.length > LIMITS.textLength || body.cut,
    lang,
    dateText: published?.text,
    publishedAt: published?.at,
    datePrecision: published?.precision,
    reply: readReply(found, now, pageScan.pageLang),
    url: httpsUrl(href, pageScan.url),
  };
}

export const tripadvisor = defineSite({
  id: 'tripadvisor',
  matches: SITE_MATCHES.tripadvisor,
  sampleUrls: [
    'https://www.tripadvisor.com/Restaurant_Review-g30196-d1234567-Reviews-The_Golden_Spoon_Bistro-Austin_Texas.html',
    'https://www.tripadvisor.com/Restaurant_Review-g30196-d1234567-Reviews-or10-The_Golden_Spoon_Bistro-Austin_Texas.html',
    'https://www.tripadvisor.com/Hotel_Review-g60763-d93437-Reviews-Hotel_Chelsea-New_York_City_New_York.html',
    'https://www.tripadvisor.com/Attraction_Review-g187147-d188757-Reviews-Musee_d_Orsay-Paris_Ile_de_France.html',
    'https://www.tripadvisor.com/ShowUserReviews-g30196-d1234567-r987654321-The_Golden_Spoon_Bistro-Austin_Texas.html',
    'https://www.tripadvisor.ru/Restaurant_Review-g298484-d2344321-Reviews-Cafe_Pushkin-Moscow_Central_Russia.html',
    'https://www.tripadvisor.de/Hotel_Review-g187323-d199154-Reviews-Hotel_Adlon_Kempinski-Berlin.html',
  ],
  isReviewPage: isTripadvisorReviewPage,
  scan,
  readCard,
  replyElement: (card) => replyBlock(card)?.block,
  expandButtons: (card) =>
    moreControls(card, replyBlock(card)?.block).filter(
      (el) => el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || el.hasAttribute('data-test-target'),
    ),
});
