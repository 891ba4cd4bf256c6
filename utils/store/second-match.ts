/**
 * The second match: a captured review whose key is not stored may still be a stored review under
 * its other key. Yandex Maps and 2GIS give a review the site's id while it is in the page's
 * embedded state and a hash of its card (`h-…`) when it is reachable only by scrolling or
 * "Загрузить ещё"; the same review read both ways must stay one record. Pure.
 *
 * What stays the same between the two paths is the author as displayed and the start of the text
 * (the card cuts it with "…"/"Ещё", the state has it whole; spacing and line breaks differ), so
 * the store indexes `fingerprint` (business + normalised author + text start) and the rule below
 * decides among the few records the index returns.
 */
import type { DatePrecision } from '../sites/types';
import { DAY } from '../time';

/** Letters and digits of the text start that go into the fingerprint. */
export const FINGERPRINT_TEXT = 32;
const FINGERPRINT_AUTHOR = 60;
/** A text must have at least this many letters and digits to merge on its words alone. */
export const MIN_MATCH_TEXT = 24;
/** Two exact times this close are the same posting: enough for a short or empty text. */
const SAME_INSTANT = 60_000;

/** Letters and digits only, lowercased, "ё" as "е": what survives spacing, punctuation, emoji and line breaks. */
export function normalised(value: string | undefined): string {
  return (value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The marks a site puts at the end of a cut text. */
const CUT_END = /(?:…|\.\.\.)\s*(?:ещё|еще|читать целиком|more|read more|diğer|devamı)?\s*$/i;

function comparableText(text: string): string {
  return normalised(text.replace(CUT_END, ''));
}

/** The indexed key of a review within its business: the author and the start of the text, normalised. */
export function fingerprintOf(review: { author: string; text: string }): string {
  return `${normalised(review.author).slice(0, FINGERPRINT_AUTHOR)}|${comparableText(review.text).slice(0, FINGERPRINT_TEXT)}`;
}

/** An id the adapter made from the card (`fallbackReviewId`), not one the site gave. */
export function isHashedId(siteReviewId: string): boolean {
  return siteReviewId.startsWith('h-');
}

/** The facts of a review the rule compares. */
export interface MatchFacts {
  siteReviewId: string;
  author: string;
  text: string;
  title?: string | undefined;
  rating?: number | undefined;
  publishedAt?: number | undefined;
  datePrecision?: DatePrecision | undefined;
}

/** How far apart two estimates of one publication may be, by the coarser precision. */
const DATE_TOLERANCE: Record<DatePrecision, number> = { exact: 2 * DAY, day: 2 * DAY, week: 8 * DAY, month: 35 * DAY, year: 400 * DAY };
const RANK: Record<DatePrecision, number> = { exact: 0, day: 1, week: 2, month: 3, year: 4 };

function coarser(a: DatePrecision | undefined, b: DatePrecision | undefined): DatePrecision {
  const pa = a ?? 'day';
  const pb = b ?? 'day';
  return RANK[pa] >= RANK[pb] ? pa : pb;
}

/** Why two reviews are not the same one, or null when they are. Exported for the tests' sake of saying why. */
export function mismatch(stored: MatchFacts, captured: MatchFacts): string | null {
  // Two ids the site gave are two reviews; two hashes that differ are two cards.
  if (isHashedId(stored.siteReviewId) === isHashedId(captured.siteReviewId)) return 'same kind of key';
  const author = normalised(stored.author);
  if (!author || author !== normalised(captured.author)) return 'author';
  if (stored.rating !== captured.rating) return 'rating';
  if (normalised(stored.title) !== normalised(captured.title)) return 'title';
  const a = comparableText(stored.text);
  const b = comparableText(captured.text);
  // One is the other, or the other cut short: never two texts that part ways.
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!longer.startsWith(shorter)) return 'text';
  const dated = stored.publishedAt !== undefined && captured.publishedAt !== undefined;
  const apart = dated ? Math.abs(stored.publishedAt! - captured.publishedAt!) : 0;
  if (dated && apart > DATE_TOLERANCE[coarser(stored.datePrecision, captured.datePrecision)]) return 'date';
  if (shorter.length >= MIN_MATCH_TEXT) return null;
  // "Анна" "Всё отлично": common names write short texts; only the same exact time says it is one review.
  const sameInstant = dated && stored.datePrecision === 'exact' && captured.datePrecision === 'exact' && apart <= SAME_INSTANT;
  return sameInstant ? null : 'text too short';
}

/**
 * The stored review a captured one is, among the records the fingerprint index returned: the only
 * one that passes the rule and is not already taken in this capture; none when two could be.
 */
export function pickSecondMatch<R extends MatchFacts & { key: string }>(
  captured: MatchFacts,
  candidates: readonly R[],
  taken: ReadonlySet<string>,
): R | undefined {
  const passing = candidates.filter((c) => !taken.has(c.key) && mismatch(c, captured) === null);
  return passing.length === 1 ? passing[0] : undefined;
}
