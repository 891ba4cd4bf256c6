import { describe, expect, it } from 'vitest';
import { ingestCapture } from '@/utils/store/ingest';
import { deleteBusinesses, markRead, pruneUnmarked, setBusinessRole, setGroup } from '@/utils/store/queries';
import { loadBusinessSummary, loadGroupSummary } from '@/utils/store/read-models';
import { freshDb } from '../../support/db';
import { business, DAY, ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);

describe('business summary from the store', () => {
  it('counts, scores, rates the risk and lists what needs a look', async () => {
    const db = await freshDb();
    await ingestCapture(
      db,
      ingestInput([
        review('a'),
        review('b', { rating: 4 }),
        review('old-bad', { rating: 1, text: 'Rude.', publishedAt: T0 - 200 * DAY, datePrecision: 'day' }),
      ]),
    );
    await ingestCapture(
      db,
      ingestInput(
        [
          review('n1', { rating: 1, text: 'We waited an hour and the waiter was rude.', publishedAt: T0 + DAY - 3_600_000, datePrecision: 'day' }),
          review('n2', {
            rating: 2,
            text: 'Slow service, we waited 40 minutes for cold soup.',
            publishedAt: T0 + DAY - 7_200_000,
            datePrecision: 'day',
            reply: { text: 'Sorry!' },
          }),
        ],
        { visitId: 'v2', now: T0 + DAY, business: business({ rating: 4.3, reviewCount: 122 }) },
      ),
    );
    const summary = (await loadBusinessSummary(db, 'yelp:biz-1', T0 + DAY))!;
    expect(summary).toMatchObject({ total: 5, negatives: 3, positives: 2, unread: 2, unanswered: 2 });
    expect(summary.negativeShare).toBeCloseTo(0.6, 5);
    // Unread first; the 200-day-old negative is neither unread nor recent.
    expect(summary.attention.map((r) => r.key)).toEqual(['yelp:n1', 'yelp:n2']);
    expect(summary.score.score).toBeGreaterThan(0);
    expect(summary.score.reasons.map((r) => r.code)).toContain('velocity');
    expect(summary.risk.signals.find((s) => s.code === 'burst')).toMatchObject({ count: 2 });
    expect(summary.ratingMath[0]!.math).toMatchObject({ rating: 4.3, count: 122, afterOneStar: 4.3 });
    expect(summary.snapshots).toHaveLength(2);

    await markRead(db, 'yelp:biz-1');
    const after = (await loadBusinessSummary(db, 'yelp:biz-1', T0 + DAY))!;
    expect(after.unread).toBe(0);
    expect((await db.get('aggregates', 'yelp:biz-1'))!.unread).toBe(0);
  });

  it('combines the same place on several sites into one group', async () => {
    const db = await freshDb();
    await ingestCapture(
      db,
      ingestInput([review('y1'), review('y2', { rating: 1, text: 'Dirty.' })], {
        business: business({ siteBusinessId: 'gold', rating: 4.2, reviewCount: 1284 }),
      }),
    );
    await ingestCapture(
      db,
      ingestInput([review('g1'), review('g2'), review('g3', { rating: 2, text: 'Slow.' })], {
        site: 'google-maps',
        business: business({ siteBusinessId: '1025', name: 'Golden (Google)', url: 'https://www.google.com/maps?cid=1025', rating: 4.5, reviewCount: 2314 }),
      }),
    );
    expect(await setGroup(db, ['yelp:gold', 'google-maps:1025'], 'golden-spoon')).toBe(2);
    await setBusinessRole(db, 'google-maps:1025', 'mine');
    const group = (await loadGroupSummary(db, 'golden-spoon', T0))!;
    expect(group.businesses.map((b) => b.key)).toEqual(['google-maps:1025', 'yelp:gold']);
    expect(group).toMatchObject({ total: 5, negatives: 2, group: 'golden-spoon' });
    expect(group.ratingMath.map((m) => m.business.site)).toEqual(['google-maps', 'yelp']);
    const yelpOnly = (await loadBusinessSummary(db, 'yelp:gold', T0))!;
    expect(yelpOnly.total).toBe(2);
    await setGroup(db, ['yelp:gold'], null);
    expect((await loadGroupSummary(db, 'golden-spoon', T0))!.total).toBe(3);
  });
});

describe('retention and deletion', () => {
  it('prunes businesses never marked and not visited within the retention period, with everything about them', async () => {
    const db = await freshDb();
    await ingestCapture(
      db,
      ingestInput([review('o1'), review('o2', { rating: 1, text: 'Bad.' })], { business: business({ siteBusinessId: 'old' }), now: T0 - 100 * DAY }),
    );
    await ingestCapture(db, ingestInput([review('m1')], { business: business({ siteBusinessId: 'mine-old' }), now: T0 - 100 * DAY }));
    await ingestCapture(db, ingestInput([review('f1')], { business: business({ siteBusinessId: 'fresh' }), now: T0 - 10 * DAY }));
    await setBusinessRole(db, 'yelp:mine-old', 'mine');
    expect(await pruneUnmarked(db, T0, 90)).toEqual({ businesses: 1, reviews: 2 });
    expect((await db.getAllKeys('businesses')).sort()).toEqual(['yelp:fresh', 'yelp:mine-old']);
    expect((await db.getAll('reviews')).map((r) => r.key).sort()).toEqual(['yelp:f1', 'yelp:m1']);
    expect(await db.get('aggregates', 'yelp:old')).toBeUndefined();
    expect(await db.getAll('days', IDBKeyRange.bound(['yelp:old', -Infinity], ['yelp:old', Infinity]))).toEqual([]);
    expect((await db.getAll('snapshots')).every((s) => s.businessKey !== 'yelp:old')).toBe(true);
    expect(await pruneUnmarked(db, T0, 90)).toEqual({ businesses: 0, reviews: 0 });
  });

  it('deletes a business with its alerts', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput([review('a')]));
    await ingestCapture(db, ingestInput([review('b', { rating: 1, text: 'Awful.' })], { visitId: 'v2', now: T0 + DAY }));
    expect(await db.count('alerts')).toBe(1);
    expect(await deleteBusinesses(db, ['yelp:biz-1'])).toEqual({ businesses: 1, reviews: 2 });
    for (const store of ['businesses', 'reviews', 'snapshots', 'alerts', 'aggregates', 'days'] as const) expect(await db.count(store)).toBe(0);
  });
});
