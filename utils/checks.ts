/**
 * Field checks shared by the two boundaries where untrusted data enters: messages from content
 * scripts (`utils/validate.ts`) and files the owner imports (`utils/store/import-file.ts`). Every
 * field is checked for type, size and range; a failed check throws `Invalid` with a reason that
 * the boundary reports.
 */
import { LIMITS, REVIEW_ID_PATTERN } from './messages';
import { urlOnHosts } from './sites/hosts';
import { siteHosts } from './sites/matches';
import { tenPointAverageToStars, tenPointToStars } from './sites/scales';
import type { CapturedBusiness, CapturedReply, CapturedReview, CapturedStay, DatePrecision, LayoutHealth, SiteId } from './sites/types';
import { DAY } from './time';
import { httpsUrl } from './urls';

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string; code?: InvalidCode };

/** Kinds of failure the options page words for the owner (the reason itself stays for developers). */
export type InvalidCode = 'off-site' | 'not-ours' | 'too-new';

export const EARLIEST = Date.UTC(1995, 0, 1);
export const PRECISIONS: readonly DatePrecision[] = ['exact', 'day', 'week', 'month', 'year'];
export const HEALTH_STATUSES: readonly LayoutHealth['status'][] = [
  'ok',
  'no-reviews',
  'reviews-not-open',
  'limited-view',
  'blocked',
  'layout-changed',
  'not-a-review-page',
];

export class Invalid extends Error {
  constructor(
    message: string,
    readonly code?: InvalidCode,
    /** The site a link should have led to (`off-site`). */
    readonly site?: SiteId,
  ) {
    super(message);
  }
}

export function fail(reason: string, code?: InvalidCode, site?: SiteId): never {
  throw new Invalid(reason, code, site);
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  return value as Record<string, unknown>;
}

/** Strings are trimmed; control characters except line breaks and tabs are removed. */
export function text(value: unknown, what: string, max: number, required: true): string;
export function text(value: unknown, what: string, max: number, required: false): string | undefined;
export function text(value: unknown, what: string, max: number, required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required) fail(`${what} is missing`);
    return undefined;
  }
  if (typeof value !== 'string') fail(`${what} is not a string`);
  if (value.length > max) fail(`${what} is longer than ${max} characters`);
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (required && !clean) fail(`${what} is empty`);
  return clean || undefined;
}

export function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') fail(`${what} is not a boolean`);
  return value;
}

export function finite(value: unknown, what: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} is not a number`);
  if (value < min || value > max) fail(`${what} is out of range`);
  return value;
}

export function count(value: unknown, what: string): number {
  const n = finite(value, what, 0, 1e9);
  if (n === undefined || !Number.isInteger(n)) fail(`${what} is not a whole number`);
  return n;
}

export function rating(value: unknown, what: string): number | undefined {
  const n = finite(value, what, 1, 5);
  if (n !== undefined && Math.round(n * 2) !== n * 2) fail(`${what} is not a whole or half star`);
  return n;
}

/** An https address on the site's own hosts (`utils/urls.ts`): links that are stored are later opened by a click. */
export function siteUrl(value: unknown, what: string, site: SiteId, required: boolean): string | undefined {
  const raw = required ? text(value, what, LIMITS.urlLength, true) : text(value, what, LIMITS.urlLength, false);
  if (raw === undefined) return undefined;
  if (httpsUrl(raw) === undefined) fail(`${what} is not an https URL`, 'off-site', site);
  return urlOnHosts(raw, siteHosts(site)) ?? fail(`${what} is not an address on ${site}`, 'off-site', site);
}

export function lang(value: unknown, what: string): string | undefined {
  const raw = text(value, what, LIMITS.langLength, false);
  if (raw !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(raw)) fail(`${what} is not a language tag`);
  return raw;
}

export function precision(value: unknown, what: string): DatePrecision | undefined {
  if (value === undefined || value === null) return undefined;
  if (!PRECISIONS.includes(value as DatePrecision)) fail(`${what} is not a known precision`);
  return value as DatePrecision;
}

export function date(value: unknown, what: string, now: number): number | undefined {
  return finite(value, what, EARLIEST, now + DAY);
}

export function reviewId(value: unknown): string {
  const id = text(value, 'review id', LIMITS.idLength, true);
  if (!REVIEW_ID_PATTERN.test(id)) fail('review id has unexpected characters');
  return id;
}

export function reply(value: unknown, now: number): CapturedReply | undefined {
  if (value === undefined || value === null) return undefined;
  const r = record(value, 'reply');
  const publishedAt = date(r.publishedAt, 'reply date', now);
  return {
    text: text(r.text, 'reply text', LIMITS.textLength, true),
    dateText: text(r.dateText, 'reply date text', LIMITS.dateTextLength, false),
    publishedAt,
    datePrecision: publishedAt === undefined ? undefined : precision(r.datePrecision, 'reply date precision'),
  };
}

/** Only Booking's ten points are known; another scale is refused rather than guessed. */
export function scale(value: unknown, what: string): 10 | undefined {
  if (value === undefined || value === null) return undefined;
  if (value !== 10) fail(`${what} is not 10`);
  return 10;
}

function stay(value: unknown): CapturedStay | undefined {
  if (value === undefined || value === null) return undefined;
  const s = record(value, 'stay');
  const out: CapturedStay = {
    travellerType: text(s.travellerType, 'traveller type', LIMITS.siteFieldLength, false),
    room: text(s.room, 'room', LIMITS.siteFieldLength, false),
    date: text(s.date, 'stay date', LIMITS.siteFieldLength, false),
  };
  const kept = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CapturedStay;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * A review's own score on a 10-point site, with its 1–5 value derived here rather than trusted:
 * the shared figures always stand on the same mapping (utils/sites/scales.ts).
 */
function siteScored(r: Record<string, unknown>): Pick<CapturedReview, 'siteScore' | 'scale' | 'rating'> | undefined {
  const s = scale(r.scale, 'scale');
  if (s === undefined) return undefined;
  const score = finite(r.siteScore, 'site score', 1, s) ?? fail('site score is missing');
  return { siteScore: score, scale: s, rating: tenPointToStars(score) };
}

export function review(value: unknown, now: number, site: SiteId): CapturedReview {
  const r = record(value, 'review');
  const publishedAt = date(r.publishedAt, 'published date', now);
  const scored = siteScored(r);
  return {
    ...reviewFields(r, now, site, publishedAt),
    ...(scored ?? {}),
    scoreWord: scored ? text(r.scoreWord, 'score word', LIMITS.scoreWordLength, false) : undefined,
    liked: text(r.liked, 'liked part', LIMITS.textLength, false),
    disliked: text(r.disliked, 'disliked part', LIMITS.textLength, false),
    authorCountry: text(r.authorCountry, 'author country', LIMITS.siteFieldLength, false),
    stay: stay(r.stay),
  };
}

function reviewFields(r: Record<string, unknown>, now: number, site: SiteId, publishedAt: number | undefined): CapturedReview {
  return {
    siteReviewId: reviewId(r.siteReviewId),
    author: text(r.author, 'author', LIMITS.authorLength, true),
    rating: rating(r.rating, 'rating'),
    title: text(r.title, 'title', LIMITS.titleLength, false),
    text: text(r.text, 'text', LIMITS.textLength, false) ?? '',
    truncated: bool(r.truncated, 'truncated'),
    lang: lang(r.lang, 'language'),
    translated: r.translated === undefined ? undefined : bool(r.translated, 'translated'),
    dateText: text(r.dateText, 'date text', LIMITS.dateTextLength, false),
    publishedAt,
    datePrecision: publishedAt === undefined ? undefined : precision(r.datePrecision, 'date precision'),
    reply: reply(r.reply, now),
    url: siteUrl(r.url, 'review url', site, false),
  };
}

export function business(value: unknown, site: SiteId): CapturedBusiness {
  const b = record(value, 'business');
  const id = text(b.siteBusinessId, 'business id', LIMITS.idLength, true);
  if (!/^[\w\-.:~%+]+$/.test(id)) fail('business id has unexpected characters');
  const out: CapturedBusiness = {
    siteBusinessId: id,
    name: text(b.name, 'business name', LIMITS.nameLength, true),
    url: siteUrl(b.url, 'business url', site, true)!,
    rating: finite(b.rating, 'business rating', 1, 5),
    reviewCount: b.reviewCount === undefined || b.reviewCount === null ? undefined : count(b.reviewCount, 'review count'),
    // The owner's account id (2GIS's organisation behind a branch): digits only, else left out.
    ...(typeof b.orgId === 'string' && /^\d{3,20}$/.test(b.orgId) ? { orgId: b.orgId } : {}),
  };
  const s = scale(b.scale, 'business scale');
  const score = s === undefined ? undefined : finite(b.siteScore, 'business site score', 1, s);
  if (s !== undefined && score !== undefined) {
    // The 1–5 rating of a 10-point site follows from its own score, as for reviews.
    Object.assign(out, { siteScore: score, scale: s, rating: tenPointAverageToStars(score) });
    const word = text(b.scoreWord, 'business score word', LIMITS.scoreWordLength, false);
    if (word) out.scoreWord = word;
    if (b.subScores !== undefined && b.subScores !== null) {
      const list = Array.isArray(b.subScores) ? b.subScores : fail('sub-scores is not a list');
      if (list.length > 12) fail('more than 12 sub-scores');
      out.subScores = list.map((item: unknown) => {
        const sub = record(item, 'sub-score');
        return {
          label: text(sub.label, 'sub-score label', LIMITS.scoreWordLength, true),
          score: finite(sub.score, 'sub-score', 1, s) ?? fail('sub-score is missing'),
        };
      });
    }
  }
  return out;
}

export function health(value: unknown): LayoutHealth {
  const h = record(value, 'health');
  if (!HEALTH_STATUSES.includes(h.status as LayoutHealth['status'])) fail('health status is unknown');
  const selectors: Record<string, number> = {};
  const raw = h.selectors === undefined ? {} : record(h.selectors, 'health selectors');
  for (const [key, index] of Object.entries(raw).slice(0, 32)) {
    if (key.length > 40) fail('health selector name is too long');
    selectors[key] = finite(index, 'health selector index', -1, 100) ?? -1;
  }
  return {
    looksLikeReviewPage: bool(h.looksLikeReviewPage, 'health flag'),
    cardsFound: count(h.cardsFound, 'cards found'),
    cardsRead: count(h.cardsRead, 'cards read'),
    selectors,
    status: h.status as LayoutHealth['status'],
  };
}
