/** When one page's check is over, on a fake clock. */
import { describe, expect, it } from 'vitest';
import { PAGE_TIME_LIMIT, SETTLE_QUIET } from '@/utils/schedule/plan';
import { settle } from '@/utils/schedule/settle';
import type { PageCheck } from '@/utils/schedule/types';

const T0 = 1_800_000_000_000;
const check = (patch: Partial<PageCheck> = {}): PageCheck => ({
  businessKey: 'yelp:x',
  site: 'yelp',
  url: 'https://www.yelp.com/biz/x',
  tabId: 7,
  windowId: 3,
  startedAt: T0,
  stored: 0,
  reviewsOnPage: 0,
  ...patch,
});

describe('settling a page check', () => {
  it('waits for the page until the time limit, then gives up', () => {
    expect(settle(check(), T0 + 1_000)).toEqual({ kind: 'wait', until: T0 + PAGE_TIME_LIMIT });
    expect(settle(check(), T0 + PAGE_TIME_LIMIT)).toEqual({ kind: 'done', result: 'timeout' });
  });

  it('ends a readable capture once the tab was quiet for a moment', () => {
    const c = check({ lastMessageAt: T0 + 2_000, lastStatus: 'ok', stored: 1, reviewsOnPage: 9 });
    expect(settle(c, T0 + 2_500)).toEqual({ kind: 'wait', until: T0 + 2_000 + SETTLE_QUIET });
    expect(settle(c, T0 + 2_000 + SETTLE_QUIET)).toEqual({ kind: 'done', result: 'captured' });
  });

  it('ends at once on a check page, without waiting', () => {
    expect(settle(check({ lastMessageAt: T0 + 500, lastStatus: 'blocked' }), T0 + 600)).toEqual({ kind: 'done', result: 'blocked' });
  });

  it('keeps waiting while the reviews are not open yet, and calls a page that never opens them a changed layout', () => {
    const c = check({ lastMessageAt: T0 + 500, lastStatus: 'reviews-not-open' });
    expect(settle(c, T0 + 10_000)).toEqual({ kind: 'wait', until: T0 + PAGE_TIME_LIMIT });
    expect(settle(c, T0 + PAGE_TIME_LIMIT)).toEqual({ kind: 'done', result: 'layout-changed' });
  });

  it('says what a layout that reads nothing, or a page without reviews, was', () => {
    expect(settle(check({ lastMessageAt: T0, lastStatus: 'layout-changed' }), T0 + SETTLE_QUIET)).toEqual({ kind: 'done', result: 'layout-changed' });
    expect(settle(check({ lastMessageAt: T0, lastStatus: 'no-reviews' }), T0 + SETTLE_QUIET)).toEqual({ kind: 'done', result: 'no-reviews' });
  });

  it('waits while the tab sorts by newest (its first capture is the default order), then for a quiet moment after', () => {
    const sorting = check({ site: 'yandex-maps', lastMessageAt: T0 + 1_000, lastStatus: 'ok', sort: 'sorting', reviewsOnPage: 5 });
    expect(settle(sorting, T0 + 1_000 + SETTLE_QUIET + 5_000)).toEqual({ kind: 'wait', until: T0 + PAGE_TIME_LIMIT });
    expect(settle(sorting, T0 + PAGE_TIME_LIMIT)).toEqual({ kind: 'done', result: 'captured' });
    const sorted = { ...sorting, sort: 'newest' as const, lastMessageAt: T0 + 9_000 };
    expect(settle(sorted, T0 + 10_000)).toEqual({ kind: 'wait', until: T0 + 9_000 + SETTLE_QUIET });
    expect(settle(sorted, T0 + 9_000 + SETTLE_QUIET)).toEqual({ kind: 'done', result: 'captured' });
    // A check page still ends it at once.
    expect(settle({ ...sorting, lastStatus: 'blocked' }, T0 + 2_000)).toEqual({ kind: 'done', result: 'blocked' });
  });

  it('never waits past the time limit, even for a page that keeps sending', () => {
    const c = check({ lastMessageAt: T0 + PAGE_TIME_LIMIT - 100, lastStatus: 'ok' });
    expect(settle(c, T0 + PAGE_TIME_LIMIT - 50)).toEqual({ kind: 'wait', until: T0 + PAGE_TIME_LIMIT });
    expect(settle(c, T0 + PAGE_TIME_LIMIT)).toEqual({ kind: 'done', result: 'captured' });
  });
});
