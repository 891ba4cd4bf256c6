/**
 * Validation of what content scripts send. A content script runs inside a web page we do not
 * control, so its messages are untrusted input: every field is checked for type, size and
 * range, and anything else is dropped with a reason the background logs.
 */
import { LIMITS, type CapturePageMessage } from './messages';
import { SITE_IDS, type CapturedBusiness, type CapturedReply, type CapturedReview, type DatePrecision, type LayoutHealth, type PageCapture, type SiteId } from './sites/types';

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

const DAY = 86_400_000;
const EARLIEST = Date.UTC(1995, 0, 1);
const PRECISIONS: readonly DatePrecision[] = ['exact', 'day', 'week', 'month', 'year'];
const HEALTH_STATUSES: readonly LayoutHealth['status'][] = ['ok', 'no-reviews', 'reviews-not-open', 'limited-view', 'blocked', 'layout-changed', 'not-a-review-page'];

class Invalid extends Error {}

function fail(reason: string): never {
  throw new Invalid(reason);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  return value as Record<string, unknown>;
}

/** Strings are trimmed; control characters except line breaks and tabs are removed. */
function text(value: unknown, what: string, max: number, required: true): string;
function text(value: unknown, what: string, max: number, required: false): string | undefined;
function text(value: unknown, what: string, max: number, required: boolean): string | undefined {
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

function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') fail(`${what} is not a boolean`);
  return value;
}

function finite(value: unknown, what: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} is not a number`);
  if (value < min || value > max) fail(`${what} is out of range`);
  return value;
}

function count(value: unknown, what: string): number {
  const n = finite(value, what, 0, 1e9);
  if (n === undefined || !Number.isInteger(n)) fail(`${what} is not a whole number`);
  return n;
}

function rating(value: unknown, what: string): number | undefined {
  const n = finite(value, what, 1, 5);
  if (n !== undefined && Math.round(n * 2) !== n * 2) fail(`${what} is not a whole or half star`);
  return n;
}

function httpUrl(value: unknown, what: string, required: boolean): string | undefined {
  const raw = required ? text(value, what, LIMITS.urlLength, true) : text(value, what, LIMITS.urlLength, false);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail(`${what} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`${what} is not an http(s) URL`);
  return url.href;
}

function lang(value: unknown, what: string): string | undefined {
  const raw = text(value, what, LIMITS.langLength, false);
  if (raw !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(raw)) fail(`${what} is not a language tag`);
  return raw;
}

function precision(value: unknown, what: string): DatePrecision | undefined {
  if (value === undefined || value === null) return undefined;
  if (!PRECISIONS.includes(value as DatePrecision)) fail(`${what} is not a known precision`);
  return value as DatePrecision;
}

function date(value: unknown, what: string, now: number): number | undefined {
  return finite(value, what, EARLIEST, now + DAY);
}

function reviewId(value: unknown): string {
  const id = text(value, 'review id', LIMITS.idLength, true);
  if (!/^[\w\-.:~=+/]+$/.test(id)) fail('review id has unexpected characters');
  return id;
}

function reply(value: unknown, now: number): CapturedReply | undefined {
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

function review(value: unknown, now: number): CapturedReview {
  const r = record(value, 'review');
  const publishedAt = date(r.publishedAt, 'published date', now);
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
    url: httpUrl(r.url, 'review url', false),
  };
}

function business(value: unknown): CapturedBusiness {
  const b = record(value, 'business');
  const id = text(b.siteBusinessId, 'business id', LIMITS.idLength, true);
  if (!/^[\w\-.:~%+]+$/.test(id)) fail('business id has unexpected characters');
  return {
    siteBusinessId: id,
    name: text(b.name, 'business name', LIMITS.nameLength, true),
    url: httpUrl(b.url, 'business url', true)!,
    rating: finite(b.rating, 'business rating', 1, 5),
    reviewCount: b.reviewCount === undefined || b.reviewCount === null ? undefined : count(b.reviewCount, 'review count'),
  };
}

function health(value: unknown): LayoutHealth {
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

export interface ValidatedCapture {
  message: CapturePageMessage;
  /** Reviews dropped, with the reason for each. */
  rejected: Array<{ index: number; reason: string }>;
}

/**
 * Checks a `capture:page` message. The envelope must be valid as a whole; a single bad
 * review is dropped (and reported) while the valid ones are kept.
 */
export function validateCaptureMessage(raw: unknown, now: number): Validated<ValidatedCapture> {
  try {
    const m = record(raw, 'message');
    if (m.type !== 'capture:page') fail('unknown message type');
    const site = m.site;
    if (!SITE_IDS.includes(site as SiteId)) fail('unknown site');
    const visitId = text(m.visitId, 'visit id', 64, true);
    if (!/^[\w-]+$/.test(visitId)) fail('visit id has unexpected characters');
    const pageUrl = httpUrl(m.pageUrl, 'page url', true)!;
    const h = health(m.health);
    const rejected: ValidatedCapture['rejected'] = [];
    let capture: PageCapture | null = null;
    if (m.capture !== null && m.capture !== undefined) {
      const c = record(m.capture, 'capture');
      if (c.site !== site) fail('capture site does not match');
      if (!Array.isArray(c.reviews)) fail('reviews is not a list');
      if (c.reviews.length > LIMITS.reviewsPerMessage) fail(`more than ${LIMITS.reviewsPerMessage} reviews in one message`);
      const reviews: CapturedReview[] = [];
      c.reviews.forEach((item: unknown, index: number) => {
        try {
          reviews.push(review(item, now));
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          rejected.push({ index, reason: error.message });
        }
      });
      capture = { site: site as SiteId, business: business(c.business), reviews, health: h, pageLang: lang(c.pageLang, 'page language') };
    }
    return { ok: true, value: { message: { type: 'capture:page', visitId, site: site as SiteId, pageUrl, capture, health: h }, rejected } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: 'malformed message' };
  }
}
