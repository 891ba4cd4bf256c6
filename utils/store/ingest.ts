/**
 * Stores one capture in a single transaction: the business, a header snapshot per visit,
 * new and changed reviews, and the alert for new negative reviews. Because the review
 * records and the alert are written together, a review is alerted once ever: after this
 * transaction commits it is no longer new, in any tab, after any restart.
 */
import type { ReviewAnalysis } from '../analysis/types';
import { businessAlerts, isNegativeReview, isNews, meetsSeverity, severityOf, type AlertSettings } from '../alerts/rules';
import { hashString } from '../hash';
import type { CapturedBusiness, CapturedReview, DatePrecision, LayoutHealth, SiteId } from '../sites/types';
import { dayOf } from '../reputation/buckets';
import { applyToAggregate, applyToDay, emptyAggregate, reviewAt } from './contributions';
import type { SentinelDatabase } from './db';
import { businessKeyOf, reviewKeyOf, type AlertRecord, type BusinessRecord, type DayRecord, type ReviewRecord } from './schema';

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

export interface IngestResult {
  businessKey: string;
  /** This capture belongs to the business's first visit: stored silently. */
  baseline: boolean;
  added: number;
  updated: number;
  unchanged: number;
  /** The alert created for new negative reviews, if any. */
  alert?: AlertRecord;
}

const PRECISION_RANK: Record<DatePrecision, number> = { exact: 0, day: 1, week: 2, month: 3, year: 4 };
const MAX_HISTORY = 5;
/** An unchanged review's `lastSeenAt` is refreshed at most weekly, so re-capturing a page costs reads, not writes. */
const LAST_SEEN_REFRESH = 7 * 86_400_000;

export function contentHash(review: Pick<CapturedReview, 'rating' | 'title' | 'text'>): string {
  return hashString(`${review.rating ?? ''}|${review.title ?? ''}|${review.text}`);
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
    negative: isNegativeReview(review.rating, analysis) ? 1 : 0,
    alertState: 'quiet',
    at: review.publishedAt ?? now,
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
  return record;
}

type Merge = { record: ReviewRecord; changed: boolean; turnedNegative: boolean };

/** Applies a re-captured review to its stored record. */
function mergeReview(old: ReviewRecord, item: AnalyzedReview, now: number): Merge {
  const { review, analysis } = item;
  const record: ReviewRecord = { ...old };
  let changed = false;
  const hash = contentHash(review);
  if (hash !== old.textHash) {
    const sameRatingAndTitle = review.rating === old.rating && (review.title ?? '') === (old.title ?? '');
    if (sameRatingAndTitle && old.truncated && !review.truncated && sameTextDifferentLength(old.text, review.text)) {
      // The full text of a review first seen truncated: complete it, it is not an edit.
      Object.assign(record, { text: review.text, truncated: false, textHash: hash, analysis });
      changed = true;
    } else if (sameRatingAndTitle && review.truncated && sameTextDifferentLength(review.text, old.text)) {
      // Shown truncated again: keep the full text we have.
    } else {
      const history = [...(old.history ?? []), { text: old.text, rating: old.rating, title: old.title, changedAt: now }];
      Object.assign(record, {
        text: review.text,
        truncated: review.truncated,
        rating: review.rating,
        title: review.title,
        textHash: hash,
        analysis,
        history: history.slice(-MAX_HISTORY),
      });
      changed = true;
    }
  } else if (old.analysis.version !== analysis.version) {
    record.analysis = analysis;
    changed = true;
  }
  if (review.reply && (review.reply.text !== old.reply?.text || review.reply.dateText !== old.reply?.dateText)) {
    record.reply = { ...review.reply };
    changed = true;
  }
  if (review.url && !old.url) {
    record.url = review.url;
    changed = true;
  }
  const dates = betterDate(old, review);
  if (dates.publishedAt !== old.publishedAt || dates.datePrecision !== old.datePrecision) {
    Object.assign(record, dates, { at: dates.publishedAt ?? old.firstSeenAt });
    changed = true;
  }
  const negative: 0 | 1 = isNegativeReview(record.rating, record.analysis) ? 1 : 0;
  const turnedNegative = negative === 1 && old.negative === 0;
  if (negative !== old.negative) {
    record.negative = negative;
    changed = true;
  }
  if (changed || now - old.lastSeenAt > LAST_SEEN_REFRESH) record.lastSeenAt = now;
  return { record, changed, turnedNegative };
}

export async function ingestCapture(db: SentinelDatabase, input: IngestInput): Promise<IngestResult> {
  const { site, visitId, now } = input;
  const businessKey = businessKeyOf(site, input.business.siteBusinessId);
  const tx = db.transaction(['businesses', 'snapshots', 'reviews', 'alerts', 'aggregates', 'days'], 'readwrite');
  const businesses = tx.objectStore('businesses');
  const snapshots = tx.objectStore('snapshots');
  const reviews = tx.objectStore('reviews');
  const keys = input.reviews.map((item) => reviewKeyOf(site, item.review.siteReviewId));

  // Every read is issued at once; IndexedDB answers them in order within the transaction.
  const [existing, mineCount, olds] = await Promise.all([
    businesses.get(businessKey),
    businesses.index('byRole').count('mine'),
    Promise.all(keys.map((key) => reviews.get(key))),
  ]);
  // The first visit is the silent baseline; so is another tab's visit that began before that
  // first capture was stored (two tabs opened at once on a new business).
  const baseline = !existing || existing.baselineVisitId === visitId || (input.visitStartedAt !== undefined && input.visitStartedAt <= existing.baselineAt);
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
  if (input.business.rating !== undefined) business.rating = input.business.rating;
  if (input.business.reviewCount !== undefined) business.reviewCount = input.business.reviewCount;
  if (input.business.orgId !== undefined) business.orgId = input.business.orgId;

  const alerting = baseline ? false : businessAlerts(business.role, mineCount > 0, input.alertSettings);
  const shouldAlert = (record: ReviewRecord): boolean =>
    alerting &&
    record.negative === 1 &&
    isNews(record.publishedAt, record.datePrecision, business.baselineAt) &&
    meetsSeverity(severityOf(record.rating), input.alertSettings.minSeverity);

  const alerted: ReviewRecord[] = [];
  const writes: ReviewRecord[] = [];
  /** Records whose contribution to the aggregate and day buckets changes: [before, after]. */
  const changes: Array<[ReviewRecord | undefined, ReviewRecord]> = [];
  const seen = new Set<string>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  input.reviews.forEach((item, i) => {
    const key = keys[i]!;
    const old = olds[i];
    // The same review twice in one capture counts once.
    if (seen.has(key)) {
      unchanged++;
      return;
    }
    seen.add(key);
    if (!old) {
      const record = newReviewRecord(businessKey, site, item, now);
      if (baseline) record.alertState = 'baseline';
      else if (shouldAlert(record)) {
        record.alertState = 'alerted';
        record.unread = 1;
        alerted.push(record);
      }
      writes.push(record);
      changes.push([undefined, record]);
      added++;
      return;
    }
    if (old.businessKey !== businessKey) {
      unchanged++;
      return;
    }
    const { record, changed, turnedNegative } = mergeReview(old, item, now);
    // An edit that turns a review negative is news like a new negative review.
    if (turnedNegative && !baseline && shouldAlert(record)) {
      record.alertState = 'alerted';
      record.unread = 1;
      alerted.push(record);
    }
    if (record.lastSeenAt !== old.lastSeenAt || changed) writes.push(record);
    if (changed) {
      updated++;
      changes.push([old, record]);
    } else unchanged++;
  });

  // Keep the derived counts in step: subtract what a record contributed, add what it contributes now.
  const dayKeys = new Map<string, [string, number]>();
  for (const [before, after] of changes) {
    for (const r of before ? [before, after] : [after]) {
      const day = dayOf(r.at ?? reviewAt(r));
      dayKeys.set(String(day), [businessKey, day]);
    }
  }
  const daysStore = tx.objectStore('days');
  const aggregateStore = tx.objectStore('aggregates');
  const [aggregateBefore, dayRecords] = await Promise.all([
    changes.length > 0 ? aggregateStore.get(businessKey) : Promise.resolve(undefined),
    Promise.all([...dayKeys.values()].map((key) => daysStore.get(key))),
  ]);
  const dayMap = new Map<number, DayRecord | undefined>([...dayKeys.values()].map(([, day], i) => [day, dayRecords[i]]));
  let aggregate = aggregateBefore ?? emptyAggregate(businessKey);
  for (const [before, after] of changes) {
    if (before) {
      aggregate = applyToAggregate(aggregate, before, -1);
      const day = dayOf(before.at ?? reviewAt(before));
      dayMap.set(day, applyToDay(dayMap.get(day), before, -1));
    }
    aggregate = applyToAggregate(aggregate, after, 1);
    const day = dayOf(after.at);
    dayMap.set(day, applyToDay(dayMap.get(day), after, 1));
  }

  const pending: Array<Promise<unknown>> = writes.map((record) => reviews.put(record));
  if (changes.length > 0) {
    pending.push(aggregateStore.put(aggregate));
    for (const record of dayMap.values())
      if (record) pending.push(record.count > 0 ? daysStore.put(record) : daysStore.delete([record.businessKey, record.day]));
  }

  // One snapshot of the header figures per visit.
  const snapshotFields = stripUndefined({ rating: input.business.rating, reviewCount: input.business.reviewCount });
  if (existing?.lastVisitId === visitId && existing.lastSnapshotId !== undefined) {
    const snapshot = await snapshots.get(existing.lastSnapshotId);
    if (snapshot) pending.push(snapshots.put({ ...snapshot, ...snapshotFields }));
  } else {
    business.lastSnapshotId = await snapshots.add({ businessKey, visitId, capturedAt: now, ...snapshotFields });
  }

  let alert: AlertRecord | undefined;
  if (alerted.length > 0) {
    // One notification per visit of a business: reviews that arrive later in the same visit
    // (scrolling, the next message of a long page) join it, and it is shown again updated.
    const alerts = tx.objectStore('alerts');
    const id = `alert-${hashString(`${businessKey}|${visitId}`)}`;
    const earlier = await alerts.get(id);
    const reviewKeys = [...new Set([...(earlier?.reviewKeys ?? []), ...alerted.map((r) => r.key)])];
    const only = reviewKeys.length === 1 ? alerted.find((r) => r.key === reviewKeys[0]) : undefined;
    alert = {
      id,
      businessKey,
      reviewKeys,
      url: only?.url ?? business.url,
      createdAt: earlier?.createdAt ?? now,
    };
    pending.push(alerts.put(alert));
  }
  pending.push(businesses.put(business));
  await Promise.all(pending);
  await tx.done;
  return { businessKey, baseline, added, updated, unchanged, alert };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
