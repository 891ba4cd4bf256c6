/**
 * "Import JSON": checks a file the owner chose. It may come from anywhere, so every record is
 * checked like a content script's message (`utils/checks.ts`); bad records are skipped and
 * counted, not fatal.
 */
import { callsForOwner, isNegativeReview, reviewDate } from '../reviews/rules';
import {
  ANALYSIS_LANGUAGES,
  THEME_IDS,
  URGENT_CATEGORIES,
  URGENT_EVIDENCE_LENGTH,
  type ReviewAnalysis,
  type SentimentLabel,
  type UrgentSignal,
} from '../analysis/types';
import { tallySkip, type SkipKind, type SkipTally } from './import-skips';
import { bool, business, count, date, fail, finite, health, Invalid, rating, record, review, siteUrl, text, type Validated } from '../checks';
import { LIMITS } from '../messages';
import { SITE_IDS, type SiteId } from '../sites/types';
import type { AlertRecord, AlertState, BusinessRecord, ReviewRecord, ReviewVersion, SnapshotRecord } from './schema';
import { fingerprintOf } from './second-match';
import { DAY } from '../time';

const ROLES = ['mine', 'competitor'] as const;
const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive', 'none'];
const ALERT_STATES: readonly AlertState[] = ['baseline', 'alerted', 'quiet', 'recent'];
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
    ...(a.disliked === undefined || a.disliked === null ? {} : { disliked: dislikedAnalysis(a.disliked) }),
    // Optional: written only for urgent reviews, and absent from files exported before it existed.
    ...(a.urgent !== undefined && { urgent: urgentSignal(a.urgent) }),
  };
}

function urgentSignal(value: unknown): UrgentSignal {
  const u = record(value, 'urgent signal');
  return { category: oneOf(u.category, URGENT_CATEGORIES, 'urgent category'), evidence: text(u.evidence, 'urgent evidence', URGENT_EVIDENCE_LENGTH, true) };
}

function dislikedAnalysis(value: unknown): NonNullable<ReviewAnalysis['disliked']> {
  const d = record(value, 'disliked analysis');
  return { score: finite(d.score, 'disliked score', -1, 1) ?? fail('disliked score is missing'), label: oneOf(d.label, LABELS, 'disliked label') };
}

export function importedBusiness(value: unknown, now: number): BusinessRecord {
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
  if (b.ownerChangedAt !== undefined && b.ownerChangedAt !== null) {
    // Times an older or odd file lacks are left out, never a reason to skip the business.
    const stamps = typeof b.ownerChangedAt === 'object' ? (b.ownerChangedAt as Record<string, unknown>) : {};
    const changed: NonNullable<BusinessRecord['ownerChangedAt']> = {};
    for (const field of ['role', 'group', 'displayName'] as const) {
      const at = stamps[field];
      // A time ahead of this clock (beyond a day's drift) would win every later change for good: left out.
      if (typeof at === 'number' && Number.isFinite(at) && at > 0 && at <= now + DAY) changed[field] = at;
    }
    if (Object.keys(changed).length > 0) result.ownerChangedAt = changed;
  }
  if (captured.rating !== undefined) result.rating = captured.rating;
  if (captured.reviewCount !== undefined) result.reviewCount = captured.reviewCount;
  for (const field of ['siteScore', 'scale', 'scoreWord', 'subScores'] as const)
    if (captured[field] !== undefined) Object.assign(result, { [field]: captured[field] });
  if (b.health !== undefined && b.health !== null) result.health = health(b.health);
  return result;
}

export function importedSnapshot(value: unknown, now: number): SnapshotRecord {
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

export function importedReview(value: unknown, now: number): ReviewRecord {
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
    fingerprint: fingerprintOf(captured),
    analysis: a,
    // Derived again rather than trusted: the same rule as a capture.
    at: reviewDate({ publishedAt: captured.publishedAt, firstSeenAt }),
    negative: isNegativeReview(captured.rating, a, captured) ? 1 : 0,
    alertState: oneOf(r.alertState, ALERT_STATES, 'alert state'),
  };
  // Unread and done belong to what calls for the owner: a negative review or an urgent one (any stars).
  if (r.unread === 1 && callsForOwner(record_)) record_.unread = 1;
  if (r.done === 1 && callsForOwner(record_)) record_.done = 1;
  // When the owner read it and marked it done: sync's latest-change rules need them after a round trip.
  const readAt = date(r.readAt, 'read time', now);
  if (readAt !== undefined) record_.readAt = readAt;
  const doneAt = date(r.doneAt, 'done time', now);
  if (doneAt !== undefined && record_.done === 1) record_.doneAt = doneAt;
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

export function importedAlert(value: unknown, now: number): AlertRecord {
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
  /** The records left out, counted by kind and cause (for the owner's message). */
  skips: SkipTally[];
}

/**
 * Checks a parsed "Export JSON" file. The header must be ours and of a version this build can
 * read; within it, each bad record is skipped and counted while the good ones are kept.
 */
export function validateExportFile(raw: unknown, now: number, readableVersion: number): Validated<ImportData> {
  try {
    const file = record(raw, 'file');
    if (file.format !== 'review-sentinel-export') fail('this is not a Review Sentinel export', 'not-ours');
    const formatVersion = count(file.formatVersion, 'format version');
    if (formatVersion < 1 || formatVersion > readableVersion)
      fail(`format version ${formatVersion} is newer than this extension reads (${readableVersion})`, 'too-new');
    const data: ImportData = { formatVersion, businesses: [], snapshots: [], reviews: [], alerts: [], skipped: 0, reasons: [], skips: [] };
    const section = <T>(name: SkipKind, into: T[], parse: (value: unknown, now: number) => T): void => {
      const list = file[name] === undefined ? [] : Array.isArray(file[name]) ? (file[name] as unknown[]) : fail(`${name} is not a list`);
      list.forEach((item, index) => {
        try {
          into.push(parse(item, now));
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          data.skipped++;
          if (data.reasons.length < 20) data.reasons.push(`${name}[${index}]: ${error.message}`);
          tallySkip(data.skips, name, error.code === 'off-site' ? 'off-site' : 'damaged', error.code === 'off-site' ? error.site : undefined);
        }
      });
    };
    section('businesses', data.businesses, importedBusiness);
    section('snapshots', data.snapshots, importedSnapshot);
    section('reviews', data.reviews, importedReview);
    section('alerts', data.alerts, importedAlert);
    return { ok: true, value: data };
  } catch (error) {
    if (error instanceof Invalid) return error.code ? { ok: false, reason: error.message, code: error.code } : { ok: false, reason: error.message };
    return { ok: false, reason: 'the file could not be read' };
  }
}
