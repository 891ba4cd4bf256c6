/**
 * "Export CSV": one review per row, for a spreadsheet. Excel opens it correctly: UTF-8 with a
 * byte-order mark, CRLF line ends, RFC 4180 quoting. Review text is written by strangers, so a
 * cell that starts like a formula (= + - @, or a tab or carriage return) is neutralised with a
 * leading apostrophe and shown as text rather than evaluated. Pure.
 */
import type { BusinessRecord, ReviewRecord } from './schema';
import { businessTitle } from './schema';

export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

export const CSV_COLUMNS = [
  'business',
  'site',
  'business_url',
  'review_id',
  'author',
  'rating',
  'title',
  'text',
  'language',
  'sentiment',
  'sentiment_label',
  'themes',
  'negative',
  'published',
  'date_shown',
  'first_seen',
  'replied',
  'reply',
  'edited',
  'truncated',
  'translated',
  'review_url',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One cell: formulas neutralised (plain numbers stay numbers), quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | boolean | undefined>): string {
  return values.map(csvCell).join(',') + EOL;
}

const iso = (at: number | undefined): string | undefined => (at === undefined ? undefined : new Date(at).toISOString());

/** The published date as precisely as it is known: a full time, or just the day. */
function published(review: ReviewRecord): string | undefined {
  if (review.publishedAt === undefined) return undefined;
  return review.datePrecision === 'exact' ? iso(review.publishedAt) : iso(review.publishedAt)!.slice(0, 10);
}

export function reviewCsvRow(review: ReviewRecord, business: BusinessRecord | undefined, author: string): string {
  return csvRow([
    business ? businessTitle(business) : review.businessKey,
    review.site,
    business?.url,
    review.siteReviewId,
    author,
    review.rating,
    review.title,
    review.text,
    review.analysis.lang === 'und' ? review.lang : review.analysis.lang,
    review.analysis.label === 'none' ? undefined : review.analysis.score,
    review.analysis.label,
    review.analysis.themes.map((t) => `${t.theme}${t.polarity < 0 ? ' (complaint)' : t.polarity > 0 ? ' (praise)' : ''}`).join('; ') || undefined,
    review.negative === 1,
    published(review),
    review.dateText,
    iso(review.firstSeenAt),
    Boolean(review.reply),
    review.reply?.text,
    Boolean(review.history?.length),
    review.truncated,
    review.translated,
    review.url,
  ]);
}

export function csvHeader(): string {
  return CSV_BOM + csvRow(CSV_COLUMNS);
}
