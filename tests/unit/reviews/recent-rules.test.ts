/** The rules of a business's first visit: which negatives are "recent, not yet seen by you", and when a new listing's reviews are news. */
import { describe, expect, it } from 'vitest';
import { deservesAlert, deservesRecentNotice } from '@/utils/alerts/rules';
import { isNews, isRecentAtBaseline, newsSince, RECENT_WINDOW } from '@/utils/reviews/rules';
import { DAY, HOUR } from '@/utils/time';

const FIRST_VISIT = Date.UTC(2026, 10, 20, 12);

describe('isRecentAtBaseline', () => {
  it('holds for a review dated to the day or exactly within the 7 days before the first visit', () => {
    expect(isRecentAtBaseline(FIRST_VISIT - 3 * DAY, 'day', FIRST_VISIT)).toBe(true);
    expect(isRecentAtBaseline(FIRST_VISIT - 2 * HOUR, 'exact', FIRST_VISIT)).toBe(true);
    expect(isRecentAtBaseline(FIRST_VISIT - RECENT_WINDOW, 'day', FIRST_VISIT)).toBe(true);
    // "Today" is filed at the capture time, "yesterday" a day before.
    expect(isRecentAtBaseline(FIRST_VISIT, 'day', FIRST_VISIT)).toBe(true);
  });

  it('does not hold for older reviews, for dates too coarse to tell, or for undated reviews', () => {
    expect(isRecentAtBaseline(FIRST_VISIT - 8 * DAY, 'day', FIRST_VISIT)).toBe(false);
    expect(isRecentAtBaseline(FIRST_VISIT - 60 * DAY, 'day', FIRST_VISIT)).toBe(false);
    // "a week ago" may be 13 days; "a month ago" anything in the month.
    expect(isRecentAtBaseline(FIRST_VISIT - 7 * DAY, 'week', FIRST_VISIT)).toBe(false);
    expect(isRecentAtBaseline(FIRST_VISIT - 2 * DAY, 'month', FIRST_VISIT)).toBe(false);
    expect(isRecentAtBaseline(undefined, undefined, FIRST_VISIT)).toBe(false);
  });
});

describe('deservesRecentNotice', () => {
  const recent = { negative: 1 as const, rating: 1, publishedAt: FIRST_VISIT - 3 * DAY, datePrecision: 'day' as const };

  it('takes a recent negative that meets the severity setting', () => {
    expect(deservesRecentNotice(recent, FIRST_VISIT, 'medium')).toBe(true);
    expect(deservesRecentNotice({ ...recent, rating: 2 }, FIRST_VISIT, 'high')).toBe(true);
  });

  it('leaves positive, old, already answered and not severe enough reviews in the silent baseline', () => {
    expect(deservesRecentNotice({ ...recent, negative: 0, rating: 5 }, FIRST_VISIT, 'medium')).toBe(false);
    expect(deservesRecentNotice({ ...recent, reply: { text: 'We are sorry, please call us.' } }, FIRST_VISIT, 'medium')).toBe(false);
    expect(deservesRecentNotice({ ...recent, publishedAt: FIRST_VISIT - 20 * DAY }, FIRST_VISIT, 'medium')).toBe(false);
    expect(deservesRecentNotice({ ...recent, rating: 3 }, FIRST_VISIT, 'critical')).toBe(false);
  });
});

describe('newsSince', () => {
  it('is the first visit for a business that had reviews then', () => {
    expect(newsSince({ baselineAt: FIRST_VISIT })).toBe(FIRST_VISIT);
    // A review dated two months before the first visit and found later by scrolling is history.
    expect(isNews(FIRST_VISIT - 60 * DAY, 'day', newsSince({ baselineAt: FIRST_VISIT }))).toBe(false);
  });

  it('makes every later review of a new listing news, whatever its date says', () => {
    const listing = { baselineAt: FIRST_VISIT, emptyBaseline: 1 as const };
    expect(isNews(FIRST_VISIT - 60 * DAY, 'day', newsSince(listing))).toBe(true);
    expect(deservesAlert({ negative: 1, rating: 1, publishedAt: FIRST_VISIT - 60 * DAY, datePrecision: 'month' }, newsSince(listing), 'medium')).toBe(true);
  });
});
