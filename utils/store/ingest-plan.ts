/**
 * The decisions of one capture, made without IndexedDB: whether it is the silent baseline, how
 * each captured review merges with its stored record (completions, edits, dates), which reviews
 * raise the visit's alert, and how the maintained counts change. `ingest.ts` reads what this
 * needs and writes what it returns, in one transaction. Pure: `now` comes with the input.
 */
import type { ReviewAnalysis } from '../analysis/types';
import { businessAlerts, deservesAlert, deservesRecentNotice, type AlertSettings } from '../alerts/rules';
import { hashString } from '../hash';
import { callsForOwner, isNegativeReview, newsSince, reviewDate } from '../reviews/rules';
import { isBlindStatus } from '../reputation/site-state';
import type { CapturedBusiness, CapturedReview, DatePrecision, LayoutHealth, SiteId } from '../sites/types';
import { DAY } from '../time';
import { countDelta, type CountDelta } from './contributions';
import { businessKeyOf, reviewKeyOf, type AlertRecord, type BusinessRecord, type ReviewRecord, type SnapshotRecord } from './schema';
import { fingerprintOf, isHashedId, pickSecondMatch } from './second-match';

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
  /** The business's one summary of the negatives written in the week before its first visit (`recentAlertId`), if any. */
  recentAlert?: AlertRecord | undefined;
  /**
   * For a captured review not stored under its key: the business's records with the same
   * fingerprint (`second-match.ts`), in the order of `input.reviews`; absent when none were looked up.
   */
  sameFingerprint?: ReadonlyArray<readonly ReviewRecord[] | undefined>;
}

/** A stored review found by the second match under its hashed key, now stored under the site's id. */
export interface Rekey {
  from: string;
  to: string;
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
  /** Reviews that now live under another key: the old key is deleted, alerts naming it are rewritten. */
  rekeys: Rekey[];
  /** The change to the business's aggregate and day buckets; absent when no review's contribution changed. */
  counts?: CountDelta;
  /** The visit's alert, with the reviews this capture adds to it (on the first visit: the summary of recent negatives). */
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

/**
 * The id of a business's one summary of recent negatives at its first visit: one per business,
 * so every message of that visit (and a second tab opened at once) joins the same notification.
 */
export function recentAlertId(businessKey: string): string {
  return `alert-${hashString(`${businessKey}|recent`)}`;
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
    fingerprint: fingerprintOf(review),
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

/**
 * A review found by the second match has the same stars and a text that is the stored one, cut or
 * whole (`second-match.ts`): never an edit. The longer text wins; of two alike, the one the site's
 * embedded state gave (the capture's, when its id is the site's).
 */
function secondMatchContent(old: ReviewRecord, item: AnalyzedReview): Partial<ReviewRecord> | null {
  const { review, analysis } = item;
  const hash = contentHash(review);
  if (hash === old.textHash) return old.analysis.version !== analysis.version ? { analysis } : null;
  const longer = review.text.length > old.text.length || (!review.truncated && old.truncated);
  const alike = !review.truncated && !old.truncated && !isHashedId(review.siteReviewId);
  return longer || alike ? { text: review.text, truncated: review.truncated && old.truncated, textHash: hash, analysis } : null;
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

/** Applies a re-captured review to its stored record (`secondMatch`: found by its fingerprint, not its key). */
function mergeReview(old: ReviewRecord, item: AnalyzedReview, now: number, secondMatch = false): Merge {
  const { review } = item;
  const content = secondMatch ? secondMatchContent(old, item) : mergeContent(old, item, now);
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
  // The state says the text's language where the card did not.
  if (secondMatch && review.lang !== undefined && old.lang === undefined) {
    record.lang = review.lang;
    changed = true;
  }
  const dates = betterDate(old, review);
  if (dates.publishedAt !== old.publishedAt || dates.datePrecision !== old.datePrecision) {
    Object.assign(record, dates, { at: reviewDate({ publishedAt: dates.publishedAt, firstSeenAt: old.firstSeenAt }) });
    changed = true;
  }
  const negative: 0 | 1 = isNegativeReview(record.rating, record.analysis, record) ? 1 : 0;
  if (negative !== old.negative) {
    record.negative = negative;
    changed = true;
  }
  // Turned negative, or urgent (an edit that adds an allergic reaction to a 4★ review).
  const turnedNegative = callsForOwner(record) && !callsForOwner(old);
  if (changed || now - old.lastSeenAt > LAST_SEEN_REFRESH) record.lastSeenAt = now;
  record.fingerprint = fingerprintOf(record);
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
  if (!blind) business.lastReadAt = now;
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
  rekeys: Rekey[];
  /** Records whose contribution to the aggregate and day buckets changes: [before, after]. */
  changes: Array<[ReviewRecord | undefined, ReviewRecord]>;
  /** Reviews that join the visit's alert. */
  alerted: ReviewRecord[];
  /** Negatives of the first visit written in the week before it: unread, in the one summary. */
  recent: ReviewRecord[];
  added: number;
  updated: number;
  unchanged: number;
}

/** The stored review a captured one not found by its key is, by the second match (`second-match.ts`). */
function secondMatch(item: AnalyzedReview, candidates: readonly ReviewRecord[] | undefined, taken: ReadonlySet<string>): ReviewRecord | undefined {
  return candidates && candidates.length > 0 ? pickSecondMatch(item.review, candidates, taken) : undefined;
}

/**
 * `alerting`: this capture may alert at all (not the baseline, and the business alerts);
 * `noticing`: it is the baseline of a business that alerts, so its recent negatives are shown.
 */
function planReviews(input: IngestInput, state: StoredState, business: BusinessRecord, baseline: boolean, alerting: boolean, noticing: boolean): ReviewsPlan {
  const plan: ReviewsPlan = { puts: [], rekeys: [], changes: [], alerted: [], recent: [], added: 0, updated: 0, unchanged: 0 };
  const shouldAlert = (record: ReviewRecord): boolean => alerting && deservesAlert(record, newsSince(business), input.alertSettings.minSeverity);
  const isRecent = (record: ReviewRecord): boolean => noticing && deservesRecentNotice(record, business.baselineAt, input.alertSettings.minSeverity);
  const raise = (record: ReviewRecord): void => {
    record.alertState = 'alerted';
    record.unread = 1;
    plan.alerted.push(record);
  };
  const seen = new Set<string>();
  // Stored records this capture already names by key: the second match never takes them.
  const taken = new Set(state.reviews.flatMap((r) => (r ? [r.key] : [])));
  input.reviews.forEach((item, i) => {
    const key = reviewKeyOf(input.site, item.review.siteReviewId);
    let old = state.reviews[i];
    let matched = false;
    if (!old && !seen.has(key)) {
      old = secondMatch(item, state.sameFingerprint?.[i], taken);
      if (old) {
        taken.add(old.key);
        matched = true;
      }
    }
    // The same review twice in one capture counts once; a review stored under another business is left alone.
    if (seen.has(key) || (old && old.businessKey !== business.key)) {
      seen.add(key);
      plan.unchanged++;
      return;
    }
    seen.add(key);
    if (!old) {
      const record = newReviewRecord(business.key, input.site, item, input.now);
      if (baseline && isRecent(record)) {
        // Old history stays silent, but a bad week before the install is shown: "recent, not yet seen by you".
        record.alertState = 'recent';
        record.unread = 1;
        plan.recent.push(record);
      } else if (baseline) record.alertState = 'baseline';
      else if (shouldAlert(record)) raise(record);
      plan.puts.push(record);
      plan.changes.push([undefined, record]);
      plan.added++;
      return;
    }
    const merge = mergeReview(old, item, input.now, matched);
    const { changed, turnedNegative } = merge;
    let { record } = merge;
    // The site's own id is the key that wins: a review stored under its card's hash moves to it.
    if (matched && old.key !== key && !isHashedId(item.review.siteReviewId)) {
      record = { ...record, key, siteReviewId: item.review.siteReviewId };
      plan.rekeys.push({ from: old.key, to: key });
    }
    // An edit that turns a review negative or urgent is news like a new negative review.
    if (turnedNegative && shouldAlert(record)) raise(record);
    if (record.lastSeenAt !== old.lastSeenAt || changed || record.key !== old.key || record.fingerprint !== old.fingerprint) plan.puts.push(record);
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
  id: string,
  alerted: readonly ReviewRecord[],
  earlier: AlertRecord | undefined,
  now: number,
): AlertRecord | undefined {
  if (alerted.length === 0) return undefined;
  const reviewKeys = [...new Set([...(earlier?.reviewKeys ?? []), ...alerted.map((r) => r.key)])];
  const only = reviewKeys.length === 1 ? alerted.find((r) => r.key === reviewKeys[0]) : undefined;
  // Stored anew without `shownAt`: changed, it is shown again (at the next start if the worker stops first).
  return {
    id,
    businessKey: business.key,
    reviewKeys,
    url: only?.url ?? business.url,
    createdAt: earlier?.createdAt ?? now,
  };
}

/** The alert with the keys of reviews that moved to the site's id replaced; the same alert when it names none of them. */
export function rekeyAlert<A extends AlertRecord | undefined>(alert: A, rekeys: readonly Rekey[]): A {
  if (!alert || rekeys.length === 0) return alert;
  const to = new Map(rekeys.map((r) => [r.from, r.to]));
  if (!alert.reviewKeys.some((k) => to.has(k))) return alert;
  return { ...alert, reviewKeys: [...new Set(alert.reviewKeys.map((k) => to.get(k) ?? k))] };
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
  if (baseline) markEmptyBaseline(business, input, state.business === undefined);
  const alerts = businessAlerts(business.role, state.anyMine, input.alertSettings);
  const reviews = planReviews(input, state, business, baseline, !baseline && alerts, baseline && alerts);
  const plan: CapturePlan = {
    businessKey,
    baseline,
    business,
    snapshot: planSnapshot(input, businessKey, state.business),
    reviewPuts: reviews.puts,
    rekeys: reviews.rekeys,
    added: reviews.added,
    updated: reviews.updated,
    unchanged: reviews.unchanged,
  };
  if (reviews.changes.length > 0) plan.counts = countDelta(reviews.changes);
  const alert = baseline
    ? planAlert(business, recentAlertId(businessKey), reviews.recent, state.recentAlert, input.now)
    : planAlert(business, visitAlertId(businessKey, input.visitId), reviews.alerted, rekeyAlert(state.visitAlert, reviews.rekeys), input.now);
  if (alert) plan.alert = baseline ? { ...alert, kind: 'recent' } : alert;
  return plan;
}

/**
 * A first visit that found no review at all, on a page that says there are none, is a new
 * listing: its first review ever will be news. Reviews arriving later in that same first visit
 * make it an ordinary baseline again.
 */
function markEmptyBaseline(business: BusinessRecord, input: IngestInput, firstCapture: boolean): void {
  if (firstCapture && input.reviews.length === 0 && input.health.status === 'no-reviews') business.emptyBaseline = 1;
  else if (input.reviews.length > 0) delete business.emptyBaseline;
}
