/**
 * When one page's scheduled check is over, and what it found. Pure: the check's record and `now`
 * in, a decision out.
 */
import type { LayoutHealth } from '../sites/types';
import { PAGE_TIME_LIMIT, SETTLE_QUIET } from './plan';
import type { CheckResult, PageCheck } from './types';

export type SettleDecision = { kind: 'wait'; until: number } | { kind: 'done'; result: CheckResult };

/** Statuses after which more may still come (the content script opens the Reviews tab, cards load). */
const STILL_LOADING: ReadonlySet<LayoutHealth['status']> = new Set(['reviews-not-open', 'not-a-review-page']);

/** What a status means as the result of a finished check. */
export function resultOf(status: LayoutHealth['status'] | undefined): CheckResult {
  switch (status) {
    case 'ok':
    case 'limited-view':
      return 'captured';
    case 'no-reviews':
      return 'no-reviews';
    case 'blocked':
      return 'blocked';
    case 'layout-changed':
      return 'layout-changed';
    default:
      return 'timeout';
  }
}

/**
 * A check page ends the check at once (never wait on a captcha); a tab still sorting by newest
 * is waited for; a readable capture ends it once the tab was quiet for a moment (a long page
 * comes in several messages); anything else waits until the time limit.
 */
export function settle(check: PageCheck, now: number, limits = { quiet: SETTLE_QUIET, timeLimit: PAGE_TIME_LIMIT }): SettleDecision {
  const deadline = check.startedAt + limits.timeLimit;
  if (check.lastStatus === 'blocked') return { kind: 'done', result: 'blocked' };
  // The tab is still clicking toward the newest reviews: what it captured so far is the page's
  // default order; wait for the sorted list (or the time limit).
  if (check.sort === 'sorting' && now < deadline) return { kind: 'wait', until: deadline };
  if (check.lastMessageAt !== undefined && check.lastStatus !== undefined && !STILL_LOADING.has(check.lastStatus)) {
    const quietUntil = check.lastMessageAt + limits.quiet;
    if (now >= quietUntil || now >= deadline) return { kind: 'done', result: resultOf(check.lastStatus) };
    return { kind: 'wait', until: Math.min(quietUntil, deadline) };
  }
  if (now >= deadline) return { kind: 'done', result: check.lastStatus === 'reviews-not-open' ? 'layout-changed' : 'timeout' };
  return { kind: 'wait', until: deadline };
}
