/**
 * The decisions of one capture, made without IndexedDB: whether it is the silent baseline, how
 * each captured review merges with its stored record (completions, edits, dates), which reviews
 * raise the visit's alert, and how the maintained counts change. `ingest.ts` reads what this
 * needs and writes what it returns, in one transaction. Pure: `now` comes with the input.
 */
import type { ReviewAnalysis } from '../analysis/types';
import { businessAlerts, deservesAlert, type AlertSettings } from '../alerts/rules';
import { hashString } from '../hash';
import { isNegativeReview, reviewDate } from '../reviews/rules';
import { isBlindStatus } from '../reputation/site-state';
import type { CapturedBusiness, CapturedReview, DatePrecision, LayoutHealth, SiteId } from '../sites/types';
import { DAY } from '../time';
import { countDelta, type CountDelta } from './contributions';
import { businessKeyOf, reviewKeyOf, type AlertRecord, type BusinessRecord, type ReviewRecord, type SnapshotRecord } from './schema';

export interface AnalyzedReview {
  review: CapturedReview;
  analysis: ReviewAnalysis;
}

export interface IngestInput {
  site: SiteId;
  visitId: string;
  /** When the visit began, if known. */
  visitStartedAt?: number;
  business: CapturedBusiness;
  health: LayoutHealth;
  reviews: AnalyzedReview[];
  now: number;
  alertSettings: AlertSettings;
}

/** What the store holds that a capture's decisions depend on. */
export interface StoredState {
  business?: BusinessRecord | undefined;
  /** Whether the owner has marked any business as theirs. */
  anyMine: boolean;
  /** The stored record of each captured review, in the order of `input.reviews` (undefined: never seen). */
  reviews: ReadonlyArray<ReviewRecord | undefined>;
  /** The alert an earlier message of this visit raised (`visitAlertId`), if any. */
  visitAlert?: AlertRecord | undefined;
}

export type SnapshotFields = Pick<SnapshotRecord, 'rating' | 'reviewCount'>;

/** Everything one capture writes. */
export interface CapturePlan {
  businessKey: string;
  /** This capture belongs to the business's first visit: stored silently. */
  baseline: boolean;
  /** The business record to store; a new snapshot's id is set on it when written. */
  business: BusinessRecord;
  /** One snapshot of the header figures per visit: a later message of the visit updates it. */
  snapshot: { kind: 'update'; id: number; fields: SnapshotFields } | { kind: 'add'; record: Omit<SnapshotRecord, 'id'> };
  /** Review records to put: new, changed, or unchanged with `lastSeenAt` refreshed. */
  reviewPuts: ReviewRecord[];
  /** The change to the business's aggregate and day buckets; absent when no review's contribution changed. */
  counts?: CountDelta;
  /** The visit's alert, with the reviews this capture adds to it. */
  alert?: AlertRecord;
  added: number;
  updated: number;
  unchanged: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { exact: 0, day: 1, week: 2, month: 3, year: 4 };
const MAX_HISTORY = 5;
/** An unchanged review's `lastSeenAt` is refreshed at most weekly, so re-capturing a page costs reads, not writes. */
const LAST_SEEN_REFRESH = 7 * DAY;

export function contentHash(review: Pick<CapturedReview, 'rating' | 'title' | 'text'>): string {
  return hashString(`${review.rating ?? ''}|${review.title ?? ''}|${review.text}`);
}

/** The id of a visit's alert, which is also its notification id. */
export function visitAlertId(businessKey: string, visitId: string): string {
  return `alert-${hashString(`${businessKey}|${visitId}`)}`;
}

function comparable(text: string): string {
  return text
    .replace(/(…|\.\.\.)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The new text is the old truncated text completed (or the old full text cut short again). */
function sameTextDifferentLength(shorter: string, longer: string): boolean {
  const a = comparable(shorter);
  return a.length > 0 && comparable(longer).startsWith(a);
}

/** The finer of two date estimates; relative dates grow coarser as they age ("3 days ago" → "a month ago"). */
function betterDate(old: ReviewRecord, incoming: CapturedReview): Pick<ReviewRecord, 'publishedAt' | 'datePrecision' | 'dateText'> {
  if (incoming.publishedAt === undefined)
    return { publishedAt: old.publishedAt, datePrecision: old.datePrecision, dateText: old.dateText ?? incoming.dateText };
  if (old.publishedAt === undefined) return { publishedAt: incoming.publishedAt, datePrecision: incoming.datePrecision, dateText: incoming.dateText };
  const oldRank = PRECISION_RANK[old.datePrecision ?? 'year'];
  const newRank = PRECISION_RANK[incoming.datePrecision ?? 'year'];
  return newRank < oldRank
    ? { publishedAt: incoming.publishedAt, datePrecision: incoming.datePrecision, dateText: incoming.dateText }
    : { publishedAt: old.publishedAt, datePrecision: old.datePrecision, dateText: old.dateText };
}

function newReviewRecord(businessKey: string, site: SiteId, item: AnalyzedReview, now: number): ReviewRecord {
  const { review, analysis } = item;
  const record: ReviewRecord = {
    key: reviewKeyOf(site, review.siteReviewId),
    businessKey,
    site,
    siteReviewId: review.siteReviewId,
    author: review.author,
    text: review.text,
    truncated: review.truncated,
    firstSeenAt: now,
    lastSeenAt: now,
    textHash: contentHash(review),
    analysis,
    negative: isNegativeReview(review.rating, analysis, review) ? 1 : 0,
    alertState: 'quiet',
    at: reviewDate({ publishedAt: review.publishedAt, firstSeenAt: now }),
  };
  if (review.rating !== undefined) record.rating = review.rating;
  if (review.title !== undefined) record.title = review.title;
  if (review.lang !== undefined) record.lang = review.lang;
  if (review.translated !== undefined) record.translated = review.translated;
  if (review.dateText !== undefined) record.dateText = review.dateText;
  if (review.publishedAt !== undefined) {
    record.publishedAt = review.publishedAt;
    record.datePrecision = review.datePrecision ?? 'day';
  }
  if (review.reply) record.reply = { ...review.reply };
  if (review.url !== undefined) record.url = review.url;
  Object.assign(record, siteFields(review));
  return record;
}

/** The fields only some sites have (Booking's 10-point score and liked/disliked parts, the reviewer's country, the stay). */
const SITE_FIELDS = ['siteScore', 'scale', 'scoreWord', 'liked', 'disliked', 'authorCountry', 'stay'] as const;

function siteFields(review: CapturedReview): Partial<CapturedReview> {
  const out: Partial<Record<(typeof SITE_FIELDS)[number], unknown>> = {};
  for (const field of SITE_FIELDS) if (review[field] !== undefined) out[field] = review[field];
  return out as Partial<CapturedReview>;
}

/** The stored text, stars and title against the captured ones: a completion, an edit, or nothing to change. */
function mergeContent(old: ReviewRecord, item: AnalyzedReview, now: number): Partial<ReviewRecord> | null {
  const { review, analysis } = item;
  const hash = contentHash(review);
  if (hash === old.textHash) return old.analysis.version !== analysis.version ? { analysis } : null;
  const sameRatingAndTitle = review.rating === old.rating && (review.title ?? '') === (old.title ?? '');
  // The full text of a review first seen truncated: complete it, it is not an edit.
  if (sameRatingAndTitle && old.truncated && !review.truncated && sameTextDifferentLength(old.text, review.text))
    return { text: review.text, truncated: false, textHash: hash, analysis };
  // Shown truncated again: keep the full text we have.
  if (sameRatingAndTitle && review.truncated && sameTextDifferentLength(review.text, old.text)) return null;
  const history = [...(old.history ?? []), { text: old.text, rating: old.rating, title: old.title, changedAt: now }];
  return {
    text: review.text,
    truncated: review.truncated,
    rating: review.rating,
    title: review.title,
    textHash: hash,
    analysis,
    history: history.slice(-MAX_HISTORY),
  };
}

type Merge = { record: ReviewRecord; changed: boolean; turnedNegative: boolean };

/** Applies a re-captured review to its stored record. */
function mergeReview(old: ReviewRecord, item: AnalyzedReview, now: number): Merge {
  const { review } = item;
  const content = mergeContent(old, item, now);
  const record: ReviewRecord = { ...old, ...content };
  if (content?.history) {
    // An edit: the site's own fields are those of the new version.
    for (const field of SITE_FIELDS) delete record[field];
    Object.assign(record, siteFields(review));
  }
  let changed = content !== null;
  if (review.reply && (review.reply.text !== old.reply?.text || review.reply.dateText !== old.reply?.dateText)) {
    record.reply = { ...review.reply };
    // Answered on the site: the owner has handled it, so it no longer counts as unread.
    delete record.unread;
    changed = true;
  }
  if (review.url && !old.url) {
    record.url = review.url;
    changed = true;
  }
  const dates = betterDate(old, review);
  if (dates.publishedAt !== old.publishedAt || dates.datePrecision !== old.datePrecision) {
    Object.assign(record, dates, { at: reviewDate({ publishedAt: dates.publishedAt, firstSeenAt: old.firstSeenAt }) });
    changed = true;
  }
  const negative: 0 | 1 = isNegativeReview(record.rating, record.analysis, record) ? 1 : 0;
  const turnedNegative = negative === 1 && old.negative === 0;
  if (negative !== old.negative) {
    record.negative = negative;
    changed = true;
  }
  if (changed || now - old.lastSeenAt > LAST_SEEN_REFRESH) record.lastSeenAt = now;
  return { record, changed, turnedNegative };
}

/**
 * The first visit is the silent baseline; so is another tab's visit that began before that
 * first capture was stored (two tabs opened at once on a new business).
 */
function isBaseline(input: IngestInput, existing: BusinessRecord | undefined): boolean {
  return (
    !existing ||
    existing.baselinePending === 1 ||
    existing.baselineVisitId === input.visitId ||
    (input.visitStartedAt !== undefined && input.visitStartedAt <= existing.baselineAt)
  );
}

function planBusiness(input: IngestInput, businessKey: string, existing: BusinessRecord | undefined): BusinessRecord {
  const { now, visitId, site } = input;
  const business: BusinessRecord = existing
    ? { ...existing, name: input.business.name, url: input.business.url, lastCheckedAt: now, lastVisitId: visitId, health: input.health }
    : {
        key: businessKey,
        site,
        siteBusinessId: input.business.siteBusinessId,
        name: input.business.name,
        url: input.business.url,
        firstSeenAt: now,
        lastCheckedAt: now,
        baselineVisitId: visitId,
        baselineAt: now,
        lastVisitId: visitId,
        health: input.health,
      };
  // A visit that could not read the reviews leaves the baseline to the first one that can.
  const blind = input.reviews.length === 0 && isBlindStatus(input.health.status);
  // The same visit read the reviews before (the owner went back to the overview): still read.
  if (blind && existing?.lastVisitId === visitId && existing.health && !isBlindStatus(existing.health.status)) business.health = existing.health;
  if (blind && (!existing || existing.baselinePending === 1)) business.baselinePending = 1;
  else if (existing?.baselinePending === 1) {
    delete business.baselinePending;
    business.baselineVisitId = visitId;
    business.baselineAt = now;
  }
  if (input.business.rating !== undefined) business.rating = input.business.rating;
  if (input.business.reviewCount !== undefined) business.reviewCount = input.business.reviewCount;
  if (input.business.orgId !== undefined) business.orgId = input.business.orgId;
  for (const field of ['siteScore', 'scale', 'scoreWord', 'subScores'] as const)
    if (input.business[field] !== undefined) Object.assign(business, { [field]: input.business[field] });
  return business;
}

function planSnapshot(input: IngestInput, businessKey: string, existing: BusinessRecord | undefined): CapturePlan['snapshot'] {
  const fields: SnapshotFields = {};
  if (input.business.rating !== undefined) fields.rating = input.business.rating;
  if (input.business.reviewCount !== undefined) fields.reviewCount = input.business.reviewCount;
  if (existing?.lastVisitId === input.visitId && existing.lastSnapshotId !== undefined) return { kind: 'update', id: existing.lastSnapshotId, fields };
  return { kind: 'add', record: { businessKey, visitId: input.visitId, capturedAt: input.now, ...fields } };
}

interface ReviewsPlan {
  puts: ReviewRecord[];
  /** Records whose contribution to the aggregate and day buckets changes: [before, after]. */
  changes: Array<[ReviewRecord | undefined, ReviewRecord]>;
  /** Reviews that join the visit's alert. */
  alerted: ReviewRecord[];
  added: number;
  updated: number;
  unchanged: number;
}

/** `alerting`: this capture may alert at all (not the baseline, and the business alerts). */
function planReviews(input: IngestInput, state: StoredState, business: BusinessRecord, baseline: boolean, alerting: boolean): ReviewsPlan {
  const plan: ReviewsPlan = { puts: [], changes: [], alerted: [], added: 0, updated: 0, unchanged: 0 };
  const shouldAlert = (record: ReviewRecord): boolean => alerting && deservesAlert(record, business.baselineAt, input.alertSettings.minSeverity);
  const raise = (record: ReviewRecord): void => {
    record.alertState = 'alerted';
    record.unread = 1;
    plan.alerted.push(record);
  };
  const seen = new Set<string>();
  input.reviews.forEach((item, i) => {
    const key = reviewKeyOf(input.site, item.review.siteReviewId);
    const old = state.reviews[i];
    // The same review twice in one capture counts once; a review stored under another business is left alone.
    if (seen.has(key) || (old && old.businessKey !== business.key)) {
      seen.add(key);
      plan.unchanged++;
      return;
    }
    seen.add(key);
    if (!old) {
      const record = newReviewRecord(business.key, input.site, item, input.now);
      if (baseline) record.alertState = 'baseline';
      else if (shouldAlert(record)) raise(record);
      plan.puts.push(record);
      plan.changes.push([undefined, record]);
      plan.added++;
      return;
    }
    const { record, changed, turnedNegative } = mergeReview(old, item, input.now);
    // An edit that turns a review negative is news like a new negative review.
    if (turnedNegative && shouldAlert(record)) raise(record);
    if (record.lastSeenAt !== old.lastSeenAt || changed) plan.puts.push(record);
    if (changed) {
      plan.updated++;
      plan.changes.push([old, record]);
    } else plan.unchanged++;
  });
  return plan;
}

/**
 * One notification per visit of a business: reviews that arrive later in the same visit
 * (scrolling, the next message of a long page) join it, and it is shown again updated.
 */
function planAlert(
  business: BusinessRecord,
  visitId: string,
  alerted: readonly ReviewRecord[],
  earlier: AlertRecord | undefined,
  now: number,
): AlertRecord | undefined {
  if (alerted.length === 0) return undefined;
  const reviewKeys = [...new Set([...(earlier?.reviewKeys ?? []), ...alerted.map((r) => r.key)])];
  const only = reviewKeys.length === 1 ? alerted.find((r) => r.key === reviewKeys[0]) : undefined;
  // Stored anew without `shownAt`: changed, it is shown again (at the next start if the worker stops first).
  return {
    id: visitAlertId(business.key, visitId),
    businessKey: business.key,
    reviewKeys,
    url: only?.url ?? business.url,
    createdAt: earlier?.createdAt ?? now,
  };
}

/** Decides everything one capture writes, from the capture and what the store holds. */
/**
 * Whether a capture is worth storing at all: a page that could not read its reviews (signed-out
 * view, check page, reviews not open) says something only about a business already followed —
 * its latest visit was blind. A redesign (`layout-changed`) is kept even for a new business, so
 * the popup can show it with the warning.
 */
export function recordsVisit(input: Pick<IngestInput, 'reviews' | 'health'>, existing: BusinessRecord | undefined): boolean {
  if (existing || input.reviews.length > 0) return true;
  return !isBlindStatus(input.health.status) || input.health.status === 'layout-changed';
}

export function planCapture(input: IngestInput, state: StoredState): CapturePlan {
  const businessKey = businessKeyOf(input.site, input.business.siteBusinessId);
  const baseline = isBaseline(input, state.business);
  const business = planBusiness(input, businessKey, state.business);
  const alerting = !baseline && businessAlerts(business.role, state.anyMine, input.alertSettings);
  const reviews = planReviews(input, state, business, baseline, alerting);
  const plan: CapturePlan = {
    businessKey,
    baseline,
    business,
    snapshot: planSnapshot(input, businessKey, state.business),
    reviewPuts: reviews.puts,
    added: reviews.added,
    updated: reviews.updated,
    unchanged: reviews.unchanged,
  };
  if (reviews.changes.length > 0) plan.counts = countDelta(reviews.changes);
  const alert = planAlert(business, input.visitId, reviews.alerted, state.visitAlert, input.now);
  if (alert) plan.alert = alert;
  return plan;
}
