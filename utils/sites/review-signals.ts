/**
 * Signs that a page shows reviews, read without any of the adapters' card anchors (which are what
 * a redesign breaks): the count in words ("117 reviews", "Отзывов: 15 320", "1,083 則評論"), a
 * selected "Reviews" tab, a reviews heading, a pager, schema.org microdata. A page that carries
 * them but yields no card has changed its layout; a page that says it has none ("No reviews yet")
 * is a real listing without reviews. Pure and forgiving: a Document in, figures out.
 */
import { attr, readJsonLd, readLine, textElements } from './dom';
import { parseCount } from './numbers';

/** The word "reviews" (and "ratings") in the pages' languages: en, de, fr, es, it, pt, ru, uk, kk, tr, zh. */
const NOUN =
  'reviews?|ratings?|opinions?|bewertung(?:en)?|beiträge|rezensionen|avis|commentaires|reseñas?|opiniones|valoraciones|recensioni|avaliações|отзыв(?:а|ов|ы)?|оцен(?:ка|ки|ок)|відгук(?:и|ів)?|пікір(?:лер)?|değerlendirme|yorum(?:lar)?|评价|評價|评论|評論|点评|點評';
/** "117 reviews", "(213 Beiträge)", "1 087 оценок", "1,083 則評論", "512 条评价". */
const COUNT_BEFORE = new RegExp(`(\\d[\\d\\s\\u00a0\\u202f.,]*)\\s*(?:[kK]|тыс\\.?|万|萬)?\\s*(?:則|则|条|條|篇|个|個)?\\s*(?:${NOUN})(?![a-zа-яё])`, 'iu');
/** "Отзывы 512", "Reviews (117)", "Отзывов: 15 320", "評論（1,083）". */
const COUNT_AFTER = new RegExp(`(?:^|[^a-zа-яё])(?:${NOUN})\\s*[:：(（·•]?\\s*(\\d[\\d\\s\\u00a0\\u202f.,]*)`, 'iu');
/** A heading or tab that is only the word: "Reviews", "Recommended Reviews", "Отзывы", "評論", "Guest reviews". */
const WORD_ONLY = new RegExp(`^(?:(?:recommended|guest|customer|all|empfohlene|gäste|kunden)[- ]?)?(?:${NOUN})$`, 'iu');
/** What a listing with no review yet says. */
const NONE_YET =
  /\bno reviews\b|\bbe the first to (?:review|write|rate)|\b0 reviews\b|keine bewertungen|den ersten beitrag|sei (?:der|die) erste|sé el primero|soyez (?:le premier|la première)|noch keine (?:bewertung|beiträge|rezension)|aucun avis|pas encore d['’]avis|sin reseñas|todavía no hay reseñas|aún no hay (?:reseñas|opiniones)|nessuna recensione|нет отзывов|отзывов (?:пока |ещё |еще )?нет|пока нет отзывов|будьте первым|станьте первым|henüz (?:yorum|değerlendirme)|ilk yorumu|暂无评价|暂无评论|暫無評論|尚无评价|还没有评价|還沒有評論|成为第一个/iu;
const TRAILING_COUNT = /[\d\s\u00a0.,()（）]+$/u;
/** "Next page", "Далее", "下一页" and the like on a pager button or link. */
const NEXT_PAGE =
  /^(?:next(?: page)?|nächste(?: seite)?|weiter|suivant(?:e)?|page suivante|siguiente|successiva|далее|следующая(?: страница)?|sonraki|下一页|下一頁)$/iu;

export interface ReviewSignals {
  /** The largest review count the page states in words or microdata, if any. */
  count?: number;
  /** The page says it has no review yet. */
  noneYet: boolean;
  /** A tab that says "Reviews" is the selected one. */
  reviewsTabSelected: boolean;
  /** A heading that says "Reviews". */
  reviewsHeading: boolean;
  /** A pager (pagination landmark, "next page", rel=next). */
  pager: boolean;
}

function countIn(text: string): number | undefined {
  const match = COUNT_BEFORE.exec(text) ?? COUNT_AFTER.exec(text);
  return match ? parseCount(match[1]) : undefined;
}

function microdataCount(doc: Document): number | undefined {
  let best: number | undefined;
  const take = (value: unknown): void => {
    const n = parseCount(typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined);
    if (n !== undefined && (best === undefined || n > best)) best = n;
  };
  for (const el of Array.from(doc.querySelectorAll('[itemprop="reviewCount"], [itemprop="ratingCount"]')).slice(0, 20))
    take(attr(el, 'content') ?? readLine(el));
  for (const item of readJsonLd(doc)) {
    const rating = (item as { aggregateRating?: { reviewCount?: unknown; ratingCount?: unknown } } | null)?.aggregateRating;
    if (rating && typeof rating === 'object') {
      take(rating.reviewCount);
      take(rating.ratingCount);
    }
  }
  return best;
}

/** The selected tab is the reviews tab ("Reviews", "Отзывы 512", "評論", aria-label "Reviews for …"). */
export function reviewsTabSelected(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll('[role="tab"][aria-selected="true"], [role="tab"][aria-current="page"]')).some((tab) => {
    const text = readLine(tab).replace(TRAILING_COUNT, '');
    const label = (attr(tab, 'aria-label') ?? '').split(/\s+(?:for|of|для|von|de|für|pour|için)\s+/i)[0] ?? '';
    // Chinese tab labels name the place around the word ("老地方茶館的評論").
    return WORD_ONLY.test(text) || WORD_ONLY.test(label) || /(?:評論|评论|评价|評價)$/u.test(text);
  });
}

export function readReviewSignals(doc: Document): ReviewSignals {
  const body = doc.body ?? doc.documentElement;
  const signals: ReviewSignals = { noneYet: false, reviewsTabSelected: false, reviewsHeading: false, pager: false };
  if (!body) return signals;
  const take = (n: number | undefined): void => {
    if (n !== undefined && n > 0 && n <= 1e9 && (signals.count === undefined || n > signals.count)) signals.count = n;
  };
  for (const { text } of textElements(body, 80)) {
    if (NONE_YET.test(text)) signals.noneYet = true;
    else take(countIn(text));
  }
  // Labels carry counts too ("1,083 則評論" on Google's header, "Reviews for …" on tabs).
  for (const el of Array.from(body.querySelectorAll('[aria-label]')).slice(0, 2_000)) {
    const label = attr(el, 'aria-label') ?? '';
    if (label.length < 80 && !NONE_YET.test(label)) take(countIn(label));
  }
  take(microdataCount(doc));
  signals.reviewsTabSelected = reviewsTabSelected(body);
  for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, [role="heading"]')).slice(0, 200)) {
    if (WORD_ONLY.test(readLine(heading).replace(TRAILING_COUNT, ''))) signals.reviewsHeading = true;
  }
  signals.pager =
    Boolean(body.querySelector('nav[aria-label*="pagination" i], [role="navigation"][aria-label*="pagination" i], a[rel="next"], link[rel="next"]')) ||
    Array.from(body.querySelectorAll('a, button'))
      .slice(0, 3_000)
      .some((el) => NEXT_PAGE.test(readLine(el)) || NEXT_PAGE.test(attr(el, 'aria-label') ?? ''));
  return signals;
}

/**
 * The page says it has reviews: a count above zero, or a reviews tab, heading or pager, unless it
 * says it has none yet ("Be the first to review!" outweighs a neighbour's "117 reviews" in a sidebar;
 * the business's own header count, read by the adapter, outweighs both: see `withReviewSignals`).
 */
export function pageSaysReviews(signals: ReviewSignals): boolean {
  if ((signals.count ?? 0) > 0 && !signals.noneYet) return true;
  if (signals.noneYet) return false;
  return signals.reviewsTabSelected || signals.reviewsHeading || signals.pager;
}
