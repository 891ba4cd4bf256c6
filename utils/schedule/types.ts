/** The records of scheduled checks (issue 17): what each page's last check found, and the check in progress. */
import type { LayoutHealth, SiteId } from '../sites/types';

/** How a scheduled check of one page ended. */
export type CheckResult = 'captured' | 'blocked' | 'layout-changed' | 'no-reviews' | 'timeout' | 'left-to-owner' | 'failed';

/** The last scheduled check of one business's page (kept per business key). */
export interface CheckRun {
  businessKey: string;
  site: SiteId;
  startedAt: number;
  endedAt: number;
  result: CheckResult;
  /** Reviews the capture stored as new or changed. */
  stored: number;
  /** Reviews on the page (cards read). */
  reviewsOnPage: number;
  /** The last capture message from the check's tab, when one came. */
  capturedAt?: number;
  /**
   * On sites whose newest reviews take clicks (Google Maps, Yandex Maps): whether the page was
   * brought to newest first. 'not-sorted': the reviews captured are the page's default order.
   */
  sort?: 'newest' | 'not-sorted';
}

/** A site whose scheduled checks stopped (a check page or captcha), until the owner starts them again. */
export interface SiteStop {
  site: SiteId;
  at: number;
  reason: 'blocked';
  /** The business whose page showed the check page, for the notification's link. */
  businessKey: string;
  url: string;
  /** The owner was told (once). */
  toldAt?: number;
}

/** One page being checked now. */
export interface PageCheck {
  businessKey: string;
  site: SiteId;
  url: string;
  tabId: number;
  /** The unfocused window the extension opened for the check. */
  windowId: number;
  startedAt: number;
  /** The last capture message from the tab, with what it said. */
  lastMessageAt?: number;
  lastStatus?: LayoutHealth['status'];
  stored: number;
  reviewsOnPage: number;
  /** What the tab said of its clicks toward the newest reviews (sites that need clicks). */
  sort?: 'sorting' | 'newest' | 'not-sorted';
}

/** The scheduled run in progress (storage.session: the worker may stop between pages). */
export interface CheckJob {
  startedAt: number;
  /** Business keys still to check, in order. */
  queue: string[];
  current?: PageCheck;
  /** When the next page may open (the pause between pages). */
  nextAt: number;
  /** Started by "Check now" (runs even if the schedule is off). */
  manual: boolean;
}

/** Which days the owner was already told something: reminders per business, the digest. Day keys are local "YYYY-MM-DD". */
export interface NoticeLog {
  reminders: Record<string, string>;
  digestDay?: string;
}
