/**
 * The IndexedDB schema. Records are plain data (exported as is by "Export JSON"), so field
 * names are part of the export format: add fields, never rename them.
 */
import type { DBSchema } from 'idb';
import type { AdaptState } from '../analysis/adapt';
import type { ReviewAnalysis } from '../analysis/types';
import type { DayBucket } from '../reputation/buckets';
import type { CapturedReply, CapturedReview, LayoutHealth, SiteId, SubScore } from '../sites/types';

export const DB_NAME = 'review-sentinel';
export const DB_VERSION = 4;

export type BusinessRole = 'mine' | 'competitor';

export interface BusinessRecord {
  /** `site:siteBusinessId`, e.g. `yelp:Zq3rT8wKp1LmNv7XyB2cDg`. */
  key: string;
  site: SiteId;
  siteBusinessId: string;
  name: string;
  /** The owner's own name for it (options: Rename); the site's `name` keeps being updated. */
  displayName?: string;
  url: string;
  role?: BusinessRole;
  /** Joins the same place across sites. */
  group?: string;
  /** The site's displayed rating and total count at the last visit. */
  rating?: number;
  reviewCount?: number;
  /** The site's own overall score, scale and word when it is not five stars (Booking: 8.6 of 10, "Excellent"); `rating` is derived from it. */
  siteScore?: number;
  scale?: number;
  scoreWord?: string;
  /** The property's sub-scores at the last visit (Booking's Staff, Cleanliness…), on `scale`. */
  subScores?: SubScore[];
  /** The owner's account id when the site has another one than `siteBusinessId` (2GIS's organisation), for the reply link. */
  orgId?: string;
  firstSeenAt: number;
  lastCheckedAt: number;
  /**
   * When a visit last read the reviews (its page was not blind): after a blind visit, the figures
   * shown are from then. Absent on records from before it was kept (and on synced copies).
   */
  lastReadAt?: number;
  /** The visit that stored the first capture: everything it shows is the silent baseline. */
  baselineVisitId: string;
  baselineAt: number;
  lastVisitId: string;
  lastSnapshotId?: number;
  /** What the adapter reported at the last visit. */
  health?: LayoutHealth;
  /** 1 when the first visit found no review at all (a new listing): every review seen later is news. */
  emptyBaseline?: 1;
  /**
   * 1 while no visit has read the business's reviews yet (it was first seen on a page that could
   * not be read): the first visit that reads them is the silent baseline, not a flood of alerts.
   */
  baselinePending?: 1;
  /** When the owner last changed each of their choices on this browser (since sync, issue 19): the latest change wins across browsers. No index. */
  ownerChangedAt?: OwnerChangedAt;
}

/** Per owner choice, when it was last changed (epoch ms). */
export interface OwnerChangedAt {
  role?: number;
  group?: number;
  displayName?: number;
}

/** The header figures seen at one visit. */
export interface SnapshotRecord {
  id?: number;
  businessKey: string;
  visitId: string;
  capturedAt: number;
  rating?: number;
  reviewCount?: number;
}

/** The owner's reply as stored: exactly what the adapter captured. */
export type ReplyRecord = CapturedReply;

/** What a review said before an edit. */
export interface ReviewVersion {
  text: string;
  rating?: number;
  title?: string;
  changedAt: number;
}

/**
 * How the alert rule treated the review when first seen:
 * `baseline` (first capture of its business, silent), `alerted` (a notification was raised),
 * `quiet` (not negative, not an alerting business, or too old to be news), `recent` (a negative
 * the first capture found written in the week before it: unread, in that visit's one summary).
 */
export type AlertState = 'baseline' | 'alerted' | 'quiet' | 'recent';

/** A review as stored: the captured fields (see CapturedReview) plus what the extension knows of it. */
export interface ReviewRecord extends CapturedReview {
  /** `site:siteReviewId`. */
  key: string;
  businessKey: string;
  site: SiteId;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Hash of rating + title + text, to notice edits. */
  textHash: string;
  analysis: ReviewAnalysis;
  /** When it was written as far as known: `publishedAt`, else `firstSeenAt` (since version 2; orders reviews by date). */
  at: number;
  /** 1 when the alert rule counts the review as negative. */
  negative: 0 | 1;
  alertState: AlertState;
  /** Present (1) only while an alerted negative is unread; a sparse index counts them for the badge. */
  unread?: 1;
  /** Earlier versions, oldest first, when the reviewer edited the review. */
  history?: ReviewVersion[];
  /** The normalised author and text start (`second-match.ts`, since version 3): finds the review when it comes back under its other key. */
  fingerprint: string;
  /** 1 when the owner marked the negative review as handled ("done"): it leaves "Needs a look" but stays in the history. No index. */
  done?: 1;
  /** When the owner last read it (mark read, a notification click, done; since sync): read on one browser is read on all. No index. */
  readAt?: number;
  /** When "done" was last set or undone (since sync): the latest change wins across browsers. No index. */
  doneAt?: number;
}

/** One notification: a new negative review, or several grouped. */
export interface AlertRecord {
  /** Also the notification id, so re-showing it replaces rather than duplicates. */
  id: string;
  businessKey: string;
  reviewKeys: string[];
  /** What clicking opens. */
  url: string;
  createdAt: number;
  /** Set when the browser notification was created. */
  shownAt?: number;
  /** `recent`: the one summary of the negatives written in the week before the business's first visit. */
  kind?: 'recent';
}

/**
 * Counts kept up to date on every capture so summaries need no scan (version 2). Derived data:
 * not exported; rebuilt from the reviews by the migration and by imports.
 */
export interface AggregateRecord {
  businessKey: string;
  total: number;
  negatives: number;
  /** 4–5★, or positive text when there are no stars. */
  positives: number;
  unread: number;
  /** Negative reviews without an owner reply. */
  unanswered: number;
  /** Reviews by stars, index 0 = 1★ … 4 = 5★ (half stars rounded up). */
  ratingCounts: number[];
  ratingSum: number;
  ratingCount: number;
}

/** The reviews of one business published on one day, summed (version 2). Derived data. */
export interface DayRecord extends DayBucket {
  businessKey: string;
}

/**
 * What the on-device learner took from one business's own stars (version 4; `star-learning.ts`):
 * per language, the count of 1–2★ and 4–5★ reviews learned from and the weights (16 KB a language
 * whatever the number of reviews), and the keys of the reviews learned from. Never sent, never
 * exported; cleared with the business and by "Delete all data", rebuilt after an import.
 */
export interface StarLearningRecord {
  businessKey: string;
  state: AdaptState;
  learned: string[];
  updatedAt: number;
}

export interface SentinelDB extends DBSchema {
  businesses: {
    key: string;
    value: BusinessRecord;
    indexes: { byRole: string; byGroup: string; byLastChecked: number };
  };
  snapshots: {
    key: number;
    value: SnapshotRecord;
    indexes: { byBusiness: [string, number] };
  };
  reviews: {
    key: string;
    value: ReviewRecord;
    indexes: {
      byBusiness: string;
      byUnread: [string, number];
      byBusinessAt: [string, number];
      byBusinessSeen: [string, number];
      byFingerprint: [string, string];
    };
  };
  alerts: {
    key: string;
    value: AlertRecord;
    indexes: { byCreated: number; byBusiness: string };
  };
  aggregates: {
    key: string;
    value: AggregateRecord;
  };
  days: {
    key: [string, number];
    value: DayRecord;
  };
  starLearning: {
    key: string;
    value: StarLearningRecord;
  };
}

export function businessKeyOf(site: SiteId, siteBusinessId: string): string {
  return `${site}:${siteBusinessId}`;
}

/** The name to show: the owner's, else the site's. */
export function businessTitle(business: Pick<BusinessRecord, 'name' | 'displayName'>): string {
  return business.displayName ?? business.name;
}

export function reviewKeyOf(site: SiteId, siteReviewId: string): string {
  return `${site}:${siteReviewId}`;
}
