/**
 * What travels to the owner's CouchDB (issue 19), as which documents, and how two versions of
 * one document merge. Pure: no PouchDB, no IndexedDB.
 *
 * Four kinds of documents, one per stored record: `b:<businessKey>` (the business with the owner's
 * choices), `r:<reviewKey>` (the review with its history, read and done state), `s:<businessKey>|<visitId>`
 * (the header figures of one visit) and `a:<alertId>` (an alert). Never sent: tab state, caches,
 * prepared views, settings, credentials, and the counts derived from the reviews (each browser
 * counts them itself through `contributions.ts`).
 *
 * Every merge is commutative and idempotent, so every browser (and every side of a CouchDB
 * conflict) ends with the same record whatever the order the versions met in.
 */
import { hashString } from '../../hash';
import { reviewDate } from '../../reviews/rules';
import type { DatePrecision, LayoutHealth, SiteId, SubScore } from '../../sites/types';
import type { AlertRecord, AlertState, BusinessRecord, BusinessRole, ReviewRecord, ReviewVersion, SnapshotRecord } from '../schema';

/** Raised when a document's shape changes; a browser ignores documents of a newer shape than it knows. */
export const SYNC_DOC_VERSION = 1;

/** A value with the time it was last changed: the later change wins. */
export interface Stamped<T> {
  value: T;
  at: number;
}

export interface BusinessDoc {
  _id: string;
  type: 'business';
  v: number;
  key: string;
  site: SiteId;
  siteBusinessId: string;
  name: string;
  url: string;
  rating?: number;
  reviewCount?: number;
  siteScore?: number;
  scale?: number;
  scoreWord?: string;
  subScores?: SubScore[];
  orgId?: string;
  health?: LayoutHealth;
  firstSeenAt: number;
  lastCheckedAt: number;
  baselineAt: number;
  role: Stamped<BusinessRole | null>;
  group: Stamped<string | null>;
  displayName: Stamped<string | null>;
}

/** The review as every browser keeps it; what one browser derives (negative, fingerprint) or holds for itself is left out. */
export type SharedReview = Omit<ReviewRecord, 'unread' | 'done' | 'readAt' | 'doneAt' | 'negative' | 'fingerprint'>;

export interface ReviewDoc {
  _id: string;
  type: 'review';
  v: number;
  review: SharedReview;
  /** 1 while an alerted negative is unread everywhere. */
  unread: 0 | 1;
  /** The latest time the owner read it on any browser. */
  readAt?: number;
  done: Stamped<boolean>;
}

export interface SnapshotDoc {
  _id: string;
  type: 'snapshot';
  v: number;
  businessKey: string;
  visitId: string;
  capturedAt: number;
  rating?: number;
  reviewCount?: number;
}

export interface AlertDoc {
  _id: string;
  type: 'alert';
  v: number;
  id: string;
  businessKey: string;
  reviewKeys: string[];
  url: string;
  createdAt: number;
  kind?: 'recent';
}

export type SyncDoc = BusinessDoc | ReviewDoc | SnapshotDoc | AlertDoc;

export const businessDocId = (key: string): string => `b:${key}`;
export const reviewDocId = (key: string): string => `r:${key}`;
export const snapshotDocId = (businessKey: string, visitId: string): string => `s:${businessKey}|${visitId}`;
export const alertDocId = (id: string): string => `a:${id}`;

/** Compares two plain values (documents without `_rev`) by content, keys in any order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && k !== '_rev' && k !== '_conflicts' && k !== '_revisions')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameDoc(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The later change; the same time breaks the tie by content, so both sides choose alike. */
function latest<T>(a: Stamped<T>, b: Stamped<T>): Stamped<T> {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return canonical(a.value) >= canonical(b.value) ? a : b;
}

const defined = <T>(a: T | undefined, b: T | undefined, pick: (x: T, y: T) => T): T | undefined => (a === undefined ? b : b === undefined ? a : pick(a, b));

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------- businesses

const SITE_BUSINESS_FIELDS = ['name', 'url', 'rating', 'reviewCount', 'siteScore', 'scale', 'scoreWord', 'subScores', 'orgId', 'health'] as const;

export function toBusinessDoc(business: BusinessRecord): BusinessDoc {
  const changed = business.ownerChangedAt ?? {};
  return withoutUndefined({
    _id: businessDocId(business.key),
    type: 'business',
    v: SYNC_DOC_VERSION,
    key: business.key,
    site: business.site,
    siteBusinessId: business.siteBusinessId,
    name: business.name,
    url: business.url,
    rating: business.rating,
    reviewCount: business.reviewCount,
    siteScore: business.siteScore,
    scale: business.scale,
    scoreWord: business.scoreWord,
    subScores: business.subScores,
    orgId: business.orgId,
    health: business.health,
    firstSeenAt: business.firstSeenAt,
    lastCheckedAt: business.lastCheckedAt,
    baselineAt: business.baselineAt,
    role: { value: business.role ?? null, at: changed.role ?? 0 },
    group: { value: business.group ?? null, at: changed.group ?? 0 },
    displayName: { value: business.displayName ?? null, at: changed.displayName ?? 0 },
  } satisfies BusinessDoc);
}

/** The site's figures come from the latest visit on any browser; each owner choice from its latest change. */
export function mergeBusinessDocs(a: BusinessDoc, b: BusinessDoc): BusinessDoc {
  const pickSite = (x: BusinessDoc, y: BusinessDoc): BusinessDoc => {
    if (x.lastCheckedAt !== y.lastCheckedAt) return x.lastCheckedAt > y.lastCheckedAt ? x : y;
    const fields = (d: BusinessDoc) => canonical(SITE_BUSINESS_FIELDS.map((f) => d[f]));
    return fields(x) >= fields(y) ? x : y;
  };
  const site = pickSite(a, b);
  const merged: BusinessDoc = {
    _id: a._id,
    type: 'business',
    v: Math.max(a.v, b.v),
    key: a.key,
    site: a.site,
    siteBusinessId: a.siteBusinessId,
    name: site.name,
    url: site.url,
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    lastCheckedAt: Math.max(a.lastCheckedAt, b.lastCheckedAt),
    baselineAt: Math.min(a.baselineAt, b.baselineAt),
    role: latest(a.role, b.role),
    group: latest(a.group, b.group),
    displayName: latest(a.displayName, b.displayName),
  };
  for (const field of SITE_BUSINESS_FIELDS) if (site[field] !== undefined) Object.assign(merged, { [field]: site[field] });
  return merged;
}

/**
 * The stored business with a merged document applied: the owner's choices and the site's latest
 * figures change, what only this browser knows (its baseline visit, its last snapshot) stays.
 * A business first known through sync is its own silent baseline here too.
 */
export function businessFromDoc(doc: BusinessDoc, stored: BusinessRecord | undefined): BusinessRecord {
  const base: BusinessRecord = stored
    ? { ...stored }
    : {
        key: doc.key,
        site: doc.site,
        siteBusinessId: doc.siteBusinessId,
        name: doc.name,
        url: doc.url,
        firstSeenAt: doc.firstSeenAt,
        lastCheckedAt: doc.lastCheckedAt,
        baselineVisitId: 'sync',
        baselineAt: doc.baselineAt,
        lastVisitId: 'sync',
      };
  for (const field of SITE_BUSINESS_FIELDS) delete base[field];
  delete base.role;
  delete base.group;
  delete base.displayName;
  const record: BusinessRecord = {
    ...base,
    name: doc.name,
    url: doc.url,
    firstSeenAt: Math.min(base.firstSeenAt, doc.firstSeenAt),
    lastCheckedAt: doc.lastCheckedAt,
  };
  for (const field of SITE_BUSINESS_FIELDS) if (doc[field] !== undefined) Object.assign(record, { [field]: doc[field] });
  if (doc.role.value) record.role = doc.role.value;
  if (doc.group.value) record.group = doc.group.value;
  if (doc.displayName.value) record.displayName = doc.displayName.value;
  const changedAt = withoutUndefined({
    role: doc.role.at || undefined,
    group: doc.group.at || undefined,
    displayName: doc.displayName.at || undefined,
  });
  if (Object.keys(changedAt).length > 0) record.ownerChangedAt = changedAt;
  else delete record.ownerChangedAt;
  return record;
}

// ---------------------------------------------------------------- reviews

/** At most this many earlier versions are kept, as a capture keeps them. */
export const MAX_HISTORY = 5;

export function toReviewDoc(record: ReviewRecord): ReviewDoc {
  const { unread, done, readAt, doneAt, negative: _negative, fingerprint: _fingerprint, ...review } = record;
  return withoutUndefined({
    _id: reviewDocId(record.key),
    type: 'review',
    v: SYNC_DOC_VERSION,
    review,
    unread: unread === 1 ? 1 : 0,
    readAt,
    done: { value: done === 1, at: doneAt ?? 0 },
  } satisfies ReviewDoc);
}

/** Since when the review has said what it says: its last edit, or its first sighting. */
function contentSince(review: SharedReview): number {
  return review.history?.at(-1)?.changedAt ?? review.firstSeenAt;
}

const versionHash = (v: { rating?: number | undefined; title?: string | undefined; text: string }): string =>
  hashString(`${v.rating ?? ''}|${v.title ?? ''}|${v.text}`);

function comparable(text: string): string {
  return text
    .replace(/(…|\.\.\.)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `short` is `long` cut off (a truncated card), with the same stars and title: a completion, never an edit. */
function isCutOf(short: SharedReview, long: SharedReview): boolean {
  if (short.rating !== long.rating || (short.title ?? '') !== (long.title ?? '')) return false;
  const a = comparable(short.text);
  return short.truncated && a.length > 0 && comparable(long.text).startsWith(a) && (!long.truncated || long.text.length > short.text.length);
}

/** Which of two versions of a review's content is the current one. */
function currentContent(a: SharedReview, b: SharedReview): { winner: SharedReview; loser: SharedReview; edit: boolean } {
  if (a.textHash === b.textHash) return { winner: canonical(a) >= canonical(b) ? a : b, loser: canonical(a) >= canonical(b) ? b : a, edit: false };
  if (isCutOf(a, b)) return { winner: b, loser: a, edit: false };
  if (isCutOf(b, a)) return { winner: a, loser: b, edit: false };
  const sa = contentSince(a);
  const sb = contentSince(b);
  const aWins = sa !== sb ? sa > sb : a.textHash > b.textHash;
  return aWins ? { winner: a, loser: b, edit: true } : { winner: b, loser: a, edit: true };
}

const PRECISION_RANK: Record<DatePrecision, number> = { exact: 0, day: 1, week: 2, month: 3, year: 4 };

function finerDate(a: SharedReview, b: SharedReview): SharedReview {
  if (a.publishedAt === undefined) return b;
  if (b.publishedAt === undefined) return a;
  const ra = PRECISION_RANK[a.datePrecision ?? 'year'];
  const rb = PRECISION_RANK[b.datePrecision ?? 'year'];
  if (ra !== rb) return ra < rb ? a : b;
  return a.publishedAt <= b.publishedAt ? a : b;
}

const ALERT_RANK: Record<AlertState, number> = { baseline: 0, quiet: 1, recent: 2, alerted: 3 };

/** The union of both histories (and the losing content of an edit), oldest first, each version once. */
function mergedHistory(winner: SharedReview, loser: SharedReview, edit: boolean): ReviewVersion[] | undefined {
  const versions = new Map<string, ReviewVersion>();
  const add = (version: ReviewVersion): void => {
    const key = versionHash(version);
    const known = versions.get(key);
    if (!known || version.changedAt < known.changedAt) versions.set(key, withoutUndefined({ ...version }));
  };
  for (const version of [...(winner.history ?? []), ...(loser.history ?? [])]) add(version);
  if (edit) add({ text: loser.text, rating: loser.rating, title: loser.title, changedAt: contentSince(winner) });
  versions.delete(versionHash(winner));
  const list = [...versions.entries()].sort(([ka, a], [kb, b]) => a.changedAt - b.changedAt || (ka < kb ? -1 : ka > kb ? 1 : 0)).map(([, v]) => v);
  return list.length > 0 ? list.slice(-MAX_HISTORY) : undefined;
}

/**
 * One review seen by two browsers (or two sides of a conflict): the current content is the
 * latest edit (a cut-off text never beats its whole), the earlier ones are the history; the first
 * sighting is the earliest, the last the latest; the finer date estimate; the reply seen last; the
 * strongest alert state; read anywhere is read everywhere; "done" by its latest change.
 */
export function mergeReviewDocs(a: ReviewDoc, b: ReviewDoc): ReviewDoc {
  const ra = a.review;
  const rb = b.review;
  const { winner, loser, edit } = currentContent(ra, rb);
  // An edit's site fields are those of the new version; a completion keeps what either saw.
  const review: SharedReview = edit ? { ...winner } : { ...loser, ...winner };
  const history = mergedHistory(winner, loser, edit);
  if (history) review.history = history;
  else delete review.history;
  review.firstSeenAt = Math.min(ra.firstSeenAt, rb.firstSeenAt);
  review.lastSeenAt = Math.max(ra.lastSeenAt, rb.lastSeenAt);
  const dated = finerDate(ra, rb);
  for (const field of ['publishedAt', 'datePrecision', 'dateText'] as const) {
    if (dated[field] !== undefined) Object.assign(review, { [field]: dated[field] });
    else delete review[field];
  }
  review.at = reviewDate({ publishedAt: dated.publishedAt, firstSeenAt: review.firstSeenAt });
  const replied =
    ra.reply && rb.reply
      ? ra.lastSeenAt !== rb.lastSeenAt
        ? ra.lastSeenAt > rb.lastSeenAt
          ? ra
          : rb
        : canonical(ra.reply) >= canonical(rb.reply)
          ? ra
          : rb
      : ra.reply
        ? ra
        : rb;
  if (replied.reply) review.reply = replied.reply;
  else delete review.reply;
  review.alertState = ALERT_RANK[ra.alertState] >= ALERT_RANK[rb.alertState] ? ra.alertState : rb.alertState;
  // A newer analysis of the same words is kept; the browser recomputes an older one on arrival.
  if (ra.textHash === rb.textHash && ra.analysis.version !== rb.analysis.version)
    review.analysis = ra.analysis.version > rb.analysis.version ? ra.analysis : rb.analysis;
  const readAt = defined(a.readAt, b.readAt, Math.max);
  const done = latest(a.done, b.done);
  const unread: 0 | 1 = (a.unread === 1 || b.unread === 1) && readAt === undefined && !done.value && !review.reply ? 1 : 0;
  return withoutUndefined({ _id: a._id, type: 'review', v: Math.max(a.v, b.v), review, unread, readAt, done } satisfies ReviewDoc);
}

/**
 * The stored record of a merged document: the shared fields, and what each browser derives.
 * `derive` fills in `negative` and `fingerprint` (and a new analysis when its version is older)
 * with the browser's own rules.
 */
export function reviewFromDoc(doc: ReviewDoc, derive: (review: SharedReview) => Pick<ReviewRecord, 'negative' | 'fingerprint' | 'analysis'>): ReviewRecord {
  const record: ReviewRecord = { ...doc.review, ...derive(doc.review) };
  if (doc.unread === 1) record.unread = 1;
  if (doc.readAt !== undefined) record.readAt = doc.readAt;
  if (doc.done.value) record.done = 1;
  if (doc.done.at > 0) record.doneAt = doc.done.at;
  return record;
}

// ---------------------------------------------------------------- snapshots and alerts

export function toSnapshotDoc(snapshot: SnapshotRecord): SnapshotDoc {
  return withoutUndefined({
    _id: snapshotDocId(snapshot.businessKey, snapshot.visitId),
    type: 'snapshot',
    v: SYNC_DOC_VERSION,
    businessKey: snapshot.businessKey,
    visitId: snapshot.visitId,
    capturedAt: snapshot.capturedAt,
    rating: snapshot.rating,
    reviewCount: snapshot.reviewCount,
  } satisfies SnapshotDoc);
}

/** A visit's figures: the later message of the visit (its capture time is kept from the first). */
export function mergeSnapshotDocs(a: SnapshotDoc, b: SnapshotDoc): SnapshotDoc {
  const figures = (d: SnapshotDoc) => canonical([d.rating, d.reviewCount]);
  const pick = figures(a) >= figures(b) ? a : b;
  return withoutUndefined({ ...pick, v: Math.max(a.v, b.v), capturedAt: Math.min(a.capturedAt, b.capturedAt) });
}

export function toAlertDoc(alert: AlertRecord): AlertDoc {
  return withoutUndefined({
    _id: alertDocId(alert.id),
    type: 'alert',
    v: SYNC_DOC_VERSION,
    id: alert.id,
    businessKey: alert.businessKey,
    reviewKeys: [...alert.reviewKeys].sort(),
    url: alert.url,
    createdAt: alert.createdAt,
    kind: alert.kind,
  } satisfies AlertDoc);
}

/** The same alert on two browsers (a business's one summary of recent negatives has one id everywhere): all its reviews. */
export function mergeAlertDocs(a: AlertDoc, b: AlertDoc): AlertDoc {
  const first = a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? a : b) : a.url <= b.url ? a : b;
  return withoutUndefined({ ...first, v: Math.max(a.v, b.v), reviewKeys: [...new Set([...a.reviewKeys, ...b.reviewKeys])].sort() });
}

/**
 * The stored alert of a document. An alert that arrives by sync was announced where it was
 * raised: it is stored as shown, so this browser never announces it.
 */
export function alertFromDoc(doc: AlertDoc, stored: AlertRecord | undefined, now: number): AlertRecord {
  const record: AlertRecord = {
    id: doc.id,
    businessKey: doc.businessKey,
    reviewKeys: doc.reviewKeys,
    url: doc.url,
    createdAt: doc.createdAt,
    shownAt: stored?.shownAt ?? now,
  };
  if (doc.kind) record.kind = doc.kind;
  return record;
}

// ---------------------------------------------------------------- any document

/** Merges two versions of one document; documents of two kinds under one id cannot happen, the first is kept. */
export function mergeDocs(a: SyncDoc, b: SyncDoc): SyncDoc {
  if (a.type === 'business' && b.type === 'business') return mergeBusinessDocs(a, b);
  if (a.type === 'review' && b.type === 'review') return mergeReviewDocs(a, b);
  if (a.type === 'snapshot' && b.type === 'snapshot') return mergeSnapshotDocs(a, b);
  if (a.type === 'alert' && b.type === 'alert') return mergeAlertDocs(a, b);
  return a;
}

/** Merges every version of a document (a conflict's winner and losers) in an order that does not depend on which CouchDB picked. */
export function mergeAll(versions: readonly SyncDoc[]): SyncDoc {
  const sorted = [...versions].sort((x, y) => (canonical(x) < canonical(y) ? -1 : 1));
  return sorted.slice(1).reduce<SyncDoc>((acc, doc) => mergeDocs(acc, doc), sorted[0]!);
}

/** A document this browser can use: a known kind of a shape it knows, with the fields its merge reads. */
export function isSyncDoc(value: unknown): value is SyncDoc {
  if (!value || typeof value !== 'object') return false;
  const doc = value as Partial<SyncDoc> & { _id?: unknown };
  if (typeof doc._id !== 'string' || typeof doc.v !== 'number' || doc.v > SYNC_DOC_VERSION) return false;
  const num = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
  const stamped = (x: unknown): boolean => !!x && typeof x === 'object' && num((x as Stamped<unknown>).at);
  switch (doc.type) {
    case 'business': {
      const b = doc as BusinessDoc;
      return (
        doc._id === businessDocId(b.key) &&
        typeof b.site === 'string' &&
        typeof b.name === 'string' &&
        typeof b.url === 'string' &&
        num(b.lastCheckedAt) &&
        num(b.firstSeenAt) &&
        num(b.baselineAt) &&
        stamped(b.role) &&
        stamped(b.group) &&
        stamped(b.displayName)
      );
    }
    case 'review': {
      const r = doc as ReviewDoc;
      const review = r.review as Partial<SharedReview> | undefined;
      return (
        !!review &&
        doc._id === reviewDocId(String(review.key)) &&
        typeof review.businessKey === 'string' &&
        typeof review.text === 'string' &&
        typeof review.textHash === 'string' &&
        num(review.firstSeenAt) &&
        num(review.lastSeenAt) &&
        !!review.analysis &&
        stamped(r.done)
      );
    }
    case 'snapshot': {
      const s = doc as SnapshotDoc;
      return doc._id === snapshotDocId(s.businessKey, s.visitId) && num(s.capturedAt);
    }
    case 'alert': {
      const a = doc as AlertDoc;
      return doc._id === alertDocId(a.id) && typeof a.businessKey === 'string' && Array.isArray(a.reviewKeys) && num(a.createdAt);
    }
    default:
      return false;
  }
}
