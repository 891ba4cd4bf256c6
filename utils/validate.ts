/**
 * Validation of what content scripts send, and of files the owner imports. A content script
 * runs inside a web page we do not control and a file may come from anywhere, so both are
 * untrusted input: every field is checked for type, size and range, and anything else is
 * dropped with a reason.
 */
import { isNegativeReview } from './alerts/rules';
import {
  ANALYSIS_LANGUAGES,
  THEME_IDS,
  URGENT_CATEGORIES,
  URGENT_EVIDENCE_LENGTH,
  type ReviewAnalysis,
  type SentimentLabel,
  type UrgentSignal,
} from './analysis/types';
import { LIMITS, REVIEW_ID_PATTERN, type CaptureNotesMessage, type CapturePageMessage } from './messages';
import type { AlertRecord, AlertState, BusinessRecord, ReviewRecord, ReviewVersion, SnapshotRecord } from './store/schema';
import { urlOnHosts } from './sites/hosts';
import { httpsUrl } from './urls';
import { siteHosts } from './sites/matches';
import {
  SITE_IDS,
  type CapturedBusiness,
  type CapturedReply,
  type CapturedReview,
  type DatePrecision,
  type LayoutHealth,
  type PageCapture,
  type SiteId,
} from './sites/types';

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

const DAY = 86_400_000;
const EARLIEST = Date.UTC(1995, 0, 1);
const PRECISIONS: readonly DatePrecision[] = ['exact', 'day', 'week', 'month', 'year'];
const HEALTH_STATUSES: readonly LayoutHealth['status'][] = [
  'ok',
  'no-reviews',
  'reviews-not-open',
  'limited-view',
  'blocked',
  'layout-changed',
  'not-a-review-page',
];

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

/** An https address on the site's own hosts (`utils/urls.ts`): links that are stored are later opened by a click. */
function siteUrl(value: unknown, what: string, site: SiteId, required: boolean): string | undefined {
  const raw = required ? text(value, what, LIMITS.urlLength, true) : text(value, what, LIMITS.urlLength, false);
  if (raw === undefined) return undefined;
  if (httpsUrl(raw) === undefined) fail(`${what} is not an https URL`);
  return urlOnHosts(raw, siteHosts(site)) ?? fail(`${what} is not an address on ${site}`);
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
  if (!REVIEW_ID_PATTERN.test(id)) fail('review id has unexpected characters');
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

function review(value: unknown, now: number, site: SiteId): CapturedReview {
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
    url: siteUrl(r.url, 'review url', site, false),
  };
}

function business(value: unknown, site: SiteId): CapturedBusiness {
  const b = record(value, 'business');
  const id = text(b.siteBusinessId, 'business id', LIMITS.idLength, true);
  if (!/^[\w\-.:~%+]+$/.test(id)) fail('business id has unexpected characters');
  return {
    siteBusinessId: id,
    name: text(b.name, 'business name', LIMITS.nameLength, true),
    url: siteUrl(b.url, 'business url', site, true)!,
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
    const pageUrl = siteUrl(m.pageUrl, 'page url', site as SiteId, true)!;
    const visitStartedAt = date(m.visitStartedAt, 'visit start', now);
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
          reviews.push(review(item, now, site as SiteId));
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          rejected.push({ index, reason: error.message });
        }
      });
      capture = { site: site as SiteId, business: business(c.business, site as SiteId), reviews, health: h, pageLang: lang(c.pageLang, 'page language') };
    }
    const message: CapturePageMessage = { type: 'capture:page', visitId, site: site as SiteId, pageUrl, capture, health: h };
    if (visitStartedAt !== undefined) message.visitStartedAt = visitStartedAt;
    return { ok: true, value: { message, rejected } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: 'malformed message' };
  }
}

/** Checks a `capture:notes` request from a content script. */
export function validateNotesRequest(raw: unknown): Validated<CaptureNotesMessage> {
  try {
    const m = record(raw, 'message');
    if (m.type !== 'capture:notes') fail('unknown message type');
    if (!SITE_IDS.includes(m.site as SiteId)) fail('unknown site');
    const id = text(m.siteBusinessId, 'business id', LIMITS.idLength, true);
    if (!/^[\w\-.:~%+]+$/.test(id)) fail('business id has unexpected characters');
    const ids = Array.isArray(m.siteReviewIds) ? m.siteReviewIds : fail('review ids is not a list');
    if (ids.length > LIMITS.notesPerRequest) fail(`more than ${LIMITS.notesPerRequest} review ids`);
    return { ok: true, value: { type: 'capture:notes', site: m.site as SiteId, siteBusinessId: id, siteReviewIds: ids.map(reviewId) } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: 'malformed message' };
  }
}

// ── Import: a file the owner chose ("Import JSON"). It may come from anywhere, so every record
// is checked like a content script's message; bad records are skipped and counted, not fatal.

const ROLES = ['mine', 'competitor'] as const;
const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive', 'none'];
const ALERT_STATES: readonly AlertState[] = ['baseline', 'alerted', 'quiet'];
/** Limits for records that only an import can bring. */
const IMPORT_LIMITS = { groupLength: 100, visitIdLength: 64, hashLength: 64, historyVersions: 5, alertReviews: 500 } as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) fail(`${what} is not one of ${allowed.join(', ')}`);
  return value as T;
}

function businessKeyParts(value: unknown, what: string): { key: string; site: SiteId; id: string } {
  const key = text(value, what, LIMITS.idLength + 20, true);
  const colon = key.indexOf(':');
  const site = key.slice(0, colon) as SiteId;
  if (colon < 0 || !SITE_IDS.includes(site)) fail(`${what} does not name a known site`);
  return { key, site, id: key.slice(colon + 1) };
}

function analysis(value: unknown): ReviewAnalysis {
  const a = record(value, 'analysis');
  const themes = Array.isArray(a.themes) ? a.themes : fail('analysis themes is not a list');
  if (themes.length > THEME_IDS.length) fail('analysis has too many themes');
  return {
    lang: a.lang === 'und' ? 'und' : oneOf(a.lang, ANALYSIS_LANGUAGES, 'analysis language'),
    score: finite(a.score, 'analysis score', -1, 1) ?? fail('analysis score is missing'),
    label: oneOf(a.label, LABELS, 'analysis label'),
    themes: themes.map((item: unknown) => {
      const t = record(item, 'theme');
      const polarity = t.polarity;
      if (polarity !== -1 && polarity !== 0 && polarity !== 1) fail('theme polarity is not −1, 0 or 1');
      return { theme: oneOf(t.theme, THEME_IDS, 'theme'), polarity };
    }),
    contradiction: bool(a.contradiction, 'analysis contradiction'),
    version: count(a.version, 'analysis version'),
    // Optional: written only for urgent reviews, and absent from files exported before it existed.
    ...(a.urgent !== undefined && { urgent: urgentSignal(a.urgent) }),
  };
}

function urgentSignal(value: unknown): UrgentSignal {
  const u = record(value, 'urgent signal');
  return { category: oneOf(u.category, URGENT_CATEGORIES, 'urgent category'), evidence: text(u.evidence, 'urgent evidence', URGENT_EVIDENCE_LENGTH, true) };
}

function importedBusiness(value: unknown, now: number): BusinessRecord {
  const b = record(value, 'business');
  const { key, site } = businessKeyParts(b.key, 'business key');
  const captured = business(b, site);
  if (b.site !== site || key !== `${site}:${captured.siteBusinessId}`) fail('business key does not match its site and id');
  const firstSeenAt = date(b.firstSeenAt, 'first seen', now) ?? fail('first seen is missing');
  const visitId = (what: string, v: unknown): string => {
    const id = text(v, what, IMPORT_LIMITS.visitIdLength, true);
    if (!/^[\w-]+$/.test(id)) fail(`${what} has unexpected characters`);
    return id;
  };
  const result: BusinessRecord = {
    key,
    site,
    siteBusinessId: captured.siteBusinessId,
    name: captured.name,
    url: captured.url,
    firstSeenAt,
    lastCheckedAt: date(b.lastCheckedAt, 'last checked', now) ?? firstSeenAt,
    baselineVisitId: visitId('baseline visit', b.baselineVisitId),
    baselineAt: date(b.baselineAt, 'baseline time', now) ?? firstSeenAt,
    lastVisitId: visitId('last visit', b.lastVisitId),
  };
  const displayName = text(b.displayName, 'display name', LIMITS.nameLength, false);
  if (displayName) result.displayName = displayName;
  if (b.role !== undefined && b.role !== null) result.role = oneOf(b.role, ROLES, 'role');
  const group = text(b.group, 'group', IMPORT_LIMITS.groupLength, false);
  if (group) result.group = group;
  if (captured.rating !== undefined) result.rating = captured.rating;
  if (captured.reviewCount !== undefined) result.reviewCount = captured.reviewCount;
  if (b.health !== undefined && b.health !== null) result.health = health(b.health);
  return result;
}

function importedSnapshot(value: unknown, now: number): SnapshotRecord {
  const s = record(value, 'snapshot');
  const snapshot: SnapshotRecord = {
    businessKey: businessKeyParts(s.businessKey, 'snapshot business').key,
    visitId: text(s.visitId, 'snapshot visit', IMPORT_LIMITS.visitIdLength, true),
    capturedAt: date(s.capturedAt, 'snapshot time', now) ?? fail('snapshot time is missing'),
  };
  const rating = finite(s.rating, 'snapshot rating', 1, 5);
  if (rating !== undefined) snapshot.rating = rating;
  if (s.reviewCount !== undefined && s.reviewCount !== null) snapshot.reviewCount = count(s.reviewCount, 'snapshot review count');
  return snapshot;
}

function importedReview(value: unknown, now: number): ReviewRecord {
  const r = record(value, 'review');
  const owner = businessKeyParts(r.businessKey, 'review business');
  const captured = review(r, now, owner.site);
  if (r.site !== owner.site || r.key !== `${owner.site}:${captured.siteReviewId}`) fail('review key does not match its site and id');
  const firstSeenAt = date(r.firstSeenAt, 'first seen', now) ?? fail('first seen is missing');
  const a = analysis(r.analysis);
  const history = r.history === undefined || r.history === null ? [] : Array.isArray(r.history) ? r.history : fail('history is not a list');
  const record_: ReviewRecord = {
    ...stripUndefined(captured),
    key: r.key as string,
    businessKey: owner.key,
    site: owner.site,
    firstSeenAt,
    lastSeenAt: date(r.lastSeenAt, 'last seen', now) ?? firstSeenAt,
    textHash: text(r.textHash, 'text hash', IMPORT_LIMITS.hashLength, true),
    analysis: a,
    // Derived again rather than trusted: the same rule as a capture.
    at: captured.publishedAt ?? firstSeenAt,
    negative: isNegativeReview(captured.rating, a) ? 1 : 0,
    alertState: oneOf(r.alertState, ALERT_STATES, 'alert state'),
  };
  if (r.unread === 1 && record_.negative === 1) record_.unread = 1;
  if (history.length > 0) {
    record_.history = history.slice(-IMPORT_LIMITS.historyVersions).map((item: unknown) => {
      const h = record(item, 'earlier version');
      return stripUndefined({
        text: text(h.text, 'earlier text', LIMITS.textLength, false) ?? '',
        rating: rating(h.rating, 'earlier rating'),
        title: text(h.title, 'earlier title', LIMITS.titleLength, false),
        changedAt: date(h.changedAt, 'edit time', now) ?? fail('edit time is missing'),
      }) as ReviewVersion;
    });
  }
  return record_;
}

function importedAlert(value: unknown, now: number): AlertRecord {
  const a = record(value, 'alert');
  const id = text(a.id, 'alert id', LIMITS.idLength, true);
  if (!/^[\w-]+$/.test(id)) fail('alert id has unexpected characters');
  const keys = Array.isArray(a.reviewKeys) ? a.reviewKeys : fail('alert reviews is not a list');
  if (keys.length === 0 || keys.length > IMPORT_LIMITS.alertReviews) fail('alert has no or too many reviews');
  const createdAt = date(a.createdAt, 'alert time', now) ?? fail('alert time is missing');
  const owner = businessKeyParts(a.businessKey, 'alert business');
  return {
    id,
    businessKey: owner.key,
    reviewKeys: keys.map((k: unknown) => text(k, 'alert review', LIMITS.idLength + 20, true)),
    url: siteUrl(a.url, 'alert url', owner.site, true)!,
    createdAt,
    // An imported alert was shown where it was exported: never notify it again here.
    shownAt: date(a.shownAt, 'alert shown time', now) ?? createdAt,
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface ImportData {
  formatVersion: number;
  businesses: BusinessRecord[];
  snapshots: SnapshotRecord[];
  reviews: ReviewRecord[];
  alerts: AlertRecord[];
  /** Records left out, with the first reasons (at most 20). */
  skipped: number;
  reasons: string[];
}

/**
 * Checks a parsed "Export JSON" file. The header must be ours and of a version this build can
 * read; within it, each bad record is skipped and counted while the good ones are kept.
 */
export function validateExportFile(raw: unknown, now: number, readableVersion: number): Validated<ImportData> {
  try {
    const file = record(raw, 'file');
    if (file.format !== 'review-sentinel-export') fail('this is not a Review Sentinel export');
    const formatVersion = count(file.formatVersion, 'format version');
    if (formatVersion < 1 || formatVersion > readableVersion) fail(`format version ${formatVersion} is newer than this extension reads (${readableVersion})`);
    const data: ImportData = { formatVersion, businesses: [], snapshots: [], reviews: [], alerts: [], skipped: 0, reasons: [] };
    const section = <T>(name: string, into: T[], parse: (value: unknown, now: number) => T): void => {
      const list = file[name] === undefined ? [] : Array.isArray(file[name]) ? (file[name] as unknown[]) : fail(`${name} is not a list`);
      list.forEach((item, index) => {
        try {
          into.push(parse(item, now));
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          data.skipped++;
          if (data.reasons.length < 20) data.reasons.push(`${name}[${index}]: ${error.message}`);
        }
      });
    };
    section('businesses', data.businesses, importedBusiness);
    section('snapshots', data.snapshots, importedSnapshot);
    section('reviews', data.reviews, importedReview);
    section('alerts', data.alerts, importedAlert);
    return { ok: true, value: data };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: 'the file could not be read' };
  }
}
