/** Point 2 of issue 12: nothing unread is lost — read only what was displayed, "done" and undo, replies seen on the site. */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMarkDone, parseMarkRead } from '@/utils/background/pages';
import { badgeTitle } from '@/utils/background/badge';
import { createTranslator } from '@/utils/i18n';
import { compareAttention, needsLook } from '@/utils/reviews/rules';
import { summarize } from '@/utils/reputation/summary';
import type { SentinelDatabase } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { loadSummaryParts } from '@/utils/store/read-models';
import { countUnread, getBusiness, markRead, reviewsOfBusiness, setBusinessRole, setReviewDone, unreadByBusiness } from '@/utils/store/queries';
import { freshDb } from '../../support/db';
import { business, DAY, ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const KEY = 'yelp:biz-1';

/** Eleven new negatives (1★ to 3★, over eleven days) after a baseline of two reviews. */
async function elevenNewNegatives(db: SentinelDatabase): Promise<void> {
  await ingestCapture(
    db,
    ingestInput([review('old-good'), review('old-bad', { rating: 1, text: 'Awful, cold food and rude staff.', publishedAt: T0 - 200 * DAY })], {
      now: T0 - 20 * DAY,
    }),
  );
  await setBusinessRole(db, KEY, 'mine');
  const fresh = Array.from({ length: 11 }, (_, i) =>
    review(`n${i}`, {
      author: `Guest ${i}`,
      rating: [1, 2, 3][i % 3]!,
      text: i % 3 === 2 ? 'Terrible service, rude waiter and cold food. Disappointing.' : 'Horrible evening, the food was cold and the staff was rude.',
      publishedAt: T0 - i * DAY,
      datePrecision: 'day',
    }),
  );
  await ingestCapture(db, ingestInput(fresh, { visitId: 'visit-2', now: T0 }));
}

describe('the "needs a look" rules', () => {
  const base = { negative: 1 as const, at: T0 };
  it('lists a negative while it is unread or unanswered, and never once done or not negative', () => {
    expect(needsLook({ ...base, unread: 1, reply: { text: 'Sorry' } })).toBe(true);
    expect(needsLook({ ...base })).toBe(true);
    expect(needsLook({ ...base, reply: { text: 'Sorry' } })).toBe(false);
    expect(needsLook({ ...base, unread: 1, done: 1 })).toBe(false);
    expect(needsLook({ negative: 0, at: T0, unread: 1 })).toBe(false);
  });

  it('orders unread first, then newest day, then the most severe of a day', () => {
    const rows = [
      { key: 'old-unread-3', ...base, at: T0 - 9 * DAY, unread: 1 as const, rating: 3 },
      { key: 'new-read-1', ...base, at: T0, rating: 1 },
      { key: 'today-unread-3', ...base, at: T0 + 1_000, unread: 1 as const, rating: 3 },
      { key: 'today-unread-1', ...base, at: T0, unread: 1 as const, rating: 1 },
    ];
    expect([...rows].sort(compareAttention).map((r) => r.key)).toEqual(['today-unread-1', 'today-unread-3', 'old-unread-3', 'new-read-1']);
  });
});

describe('reading, done and replies in the store', () => {
  let db: SentinelDatabase;
  beforeEach(async () => {
    db = await freshDb();
  });

  it('lists every one of eleven unread negatives in "Needs a look", not the first five', async () => {
    await elevenNewNegatives(db);
    const business_ = (await getBusiness(db, KEY))!;
    const summary = summarize(await loadSummaryParts(db, [business_], T0), T0);
    expect(summary.unread).toBe(11);
    // The baseline's unanswered 1★ is 200 days old: outside the 90 days of unanswered reviews, and never unread.
    expect(summary.attention.map((r) => r.key)).toEqual(Array.from({ length: 11 }, (_, i) => `yelp:n${i}`));
  });

  it('reads only the displayed reviews, and marking all reads the rest', async () => {
    await elevenNewNegatives(db);
    expect(await markRead(db, null, ['yelp:n0', 'yelp:n1', 'yelp:n2', 'yelp:n3', 'yelp:n4'])).toBe(5);
    expect(await countUnread(db)).toBe(6);
    expect((await unreadByBusiness(db)).map((row) => [row.business.name, row.unread])).toEqual([['Cafe Uno', 6]]);
    expect(await markRead(db, KEY)).toBe(6);
    expect(await countUnread(db)).toBe(0);
  });

  it('marks a review done (read, out of the list, still stored) and undoes it', async () => {
    await elevenNewNegatives(db);
    expect(await setReviewDone(db, 'yelp:n3', true)).toBe(true);
    expect(await countUnread(db)).toBe(10);
    expect((await unreadByBusiness(db))[0]?.unread).toBe(10);
    let summary = summarize(await loadSummaryParts(db, [(await getBusiness(db, KEY))!], T0), T0);
    expect(summary.attention.map((r) => r.key)).not.toContain('yelp:n3');
    expect(summary.total).toBe(13);
    expect(await setReviewDone(db, 'yelp:n3', false)).toBe(true);
    summary = summarize(await loadSummaryParts(db, [(await getBusiness(db, KEY))!], T0), T0);
    // Back in the list (unanswered), as read.
    expect(summary.attention.map((r) => r.key)).toContain('yelp:n3');
    expect(summary.attention.find((r) => r.key === 'yelp:n3')?.unread).toBeUndefined();
    expect(await setReviewDone(db, 'yelp:missing', true)).toBe(false);
  });

  it('takes a review answered on the site off the list and the badge when the reply is seen', async () => {
    await elevenNewNegatives(db);
    await ingestCapture(
      db,
      ingestInput(
        [
          review('n0', {
            author: 'Guest 0',
            rating: 1,
            text: 'Horrible evening, the food was cold and the staff was rude.',
            publishedAt: T0,
            datePrecision: 'day',
            reply: { text: 'We are sorry, please call us.' },
          }),
        ],
        { visitId: 'visit-3', now: T0 + DAY },
      ),
    );
    expect(await countUnread(db)).toBe(10);
    const n0 = (await reviewsOfBusiness(db, KEY)).find((r) => r.key === 'yelp:n0')!;
    expect(n0.unread).toBeUndefined();
    const summary = summarize(await loadSummaryParts(db, [(await getBusiness(db, KEY))!], T0 + DAY), T0 + DAY);
    expect(summary.unread).toBe(10);
    expect(summary.attention.map((r) => r.key)).not.toContain('yelp:n0');
  });
});

describe('the badge tooltip and the page messages', () => {
  const t = createTranslator('en');
  const row = (name: string, unread: number, displayName?: string) => ({
    business: {
      ...business({ name }),
      key: `yelp:${name}`,
      site: 'yelp' as const,
      firstSeenAt: 0,
      lastCheckedAt: 0,
      baselineVisitId: 'v',
      baselineAt: 0,
      lastVisitId: 'v',
      ...(displayName ? { displayName } : {}),
    },
    unread,
  });

  it('says what the number counts and where', () => {
    expect(badgeTitle(t, 4, [row('Trattoria Lucia SRL', 4, 'Trattoria Lucia')])).toBe('4 new negative reviews — Trattoria Lucia');
    expect(badgeTitle(t, 1, [row('Cafe Uno', 1)])).toBe('1 new negative review — Cafe Uno');
    expect(badgeTitle(t, 7, [row('A', 3), row('B', 2), row('C', 1), row('D', 1)])).toBe('7 new negative reviews — A (3), B (2), C (1) and 1 more business');
    expect(badgeTitle(t, 0, [])).toBe('Review Sentinel');
    expect(badgeTitle(createTranslator('ru'), 5, [row('Кафе', 5)])).toBe('5 новых негативных отзывов — Кафе');
    expect(badgeTitle(createTranslator('zh'), 2, [row('小馆', 2)])).toBe('2 条新差评 — 小馆');
  });

  it('parses mark-read with the displayed keys and mark-done, refusing anything else', () => {
    expect(parseMarkRead({ businessKey: null, reviewKeys: ['yelp:a'] })).toEqual({
      ok: true,
      value: { type: 'page:mark-read', businessKey: null, reviewKeys: ['yelp:a'] },
    });
    expect(parseMarkRead({ businessKey: KEY })).toEqual({ ok: true, value: { type: 'page:mark-read', businessKey: KEY } });
    expect(parseMarkRead({ businessKey: null, reviewKeys: [1] }).ok).toBe(false);
    expect(parseMarkRead({ businessKey: null, reviewKeys: 'yelp:a' }).ok).toBe(false);
    expect(parseMarkRead({ businessKey: null, reviewKeys: Array.from({ length: 5_001 }, (_, i) => `k${i}`) }).ok).toBe(false);
    expect(parseMarkDone({ reviewKey: 'yelp:a', done: true })).toEqual({ ok: true, value: { type: 'page:mark-done', reviewKey: 'yelp:a', done: true } });
    expect(parseMarkDone({ reviewKey: 'yelp:a', done: 'yes' }).ok).toBe(false);
    expect(parseMarkDone({ reviewKey: '', done: false }).ok).toBe(false);
  });
});
