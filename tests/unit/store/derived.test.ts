/**
 * The aggregates and daily buckets the store maintains on every capture must always equal a
 * computation from scratch over the stored reviews, whatever sequence of captures, edits,
 * replies and reads happened.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '@/utils/reputation/buckets';
import { applyToAggregate, applyToDay, emptyAggregate } from '@/utils/store/contributions';
import type { SentinelDatabase } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { markRead } from '@/utils/store/queries';
import { loadSummaryParts, loadSummaryPartsByScan } from '@/utils/store/read-models';
import { summarize } from '@/utils/reputation/summary';
import type { AggregateRecord, DayRecord } from '@/utils/store/schema';
import { freshDb } from '../../support/db';
import { DAY, ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 1, 12);
const TEXTS = ['Lovely place, great coffee.', 'Cold food and a rude waiter.', 'Waited an hour. Never again.', 'OK.', 'Dirty tables but friendly staff.'];

async function expectDerivedConsistent(db: SentinelDatabase): Promise<void> {
  const reviews = await db.getAll('reviews');
  const keys = new Set(reviews.map((r) => r.businessKey));
  for (const key of keys) {
    const mine = reviews.filter((r) => r.businessKey === key);
    const aggregate = mine.reduce<AggregateRecord>((agg, r) => applyToAggregate(agg, r, 1), emptyAggregate(key));
    const stored = (await db.get('aggregates', key))!;
    expect({ ...stored, ratingSum: Math.round(stored.ratingSum * 1e6) / 1e6 }).toEqual({
      ...aggregate,
      ratingSum: Math.round(aggregate.ratingSum * 1e6) / 1e6,
    });
    const days = new Map<number, DayRecord>();
    for (const r of mine) days.set(dayOf(r.at), applyToDay(days.get(dayOf(r.at)), r, 1));
    const storedDays = await db.getAll('days', IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
    expect(storedDays.map((d) => d.day).sort()).toEqual([...days.keys()].sort());
    for (const d of storedDays) {
      const want = days.get(d.day)!;
      expect(d.count).toBe(want.count);
      expect(d.negatives).toBe(want.negatives);
      expect(d.ratingCount).toBe(want.ratingCount);
      expect(d.ratingSum).toBeCloseTo(want.ratingSum, 6);
      expect(d.sentimentSum).toBeCloseTo(want.sentimentSum, 6);
    }
    // The popup's summary from the maintained figures equals the one from every review.
    const business = (await db.get('businesses', key))!;
    const now = Math.max(...mine.map((r) => r.lastSeenAt));
    const fast = summarize(await loadSummaryParts(db, [business], now), now);
    const slow = summarize(await loadSummaryPartsByScan(db, [business], now), now);
    const essentials = (x: typeof fast) => ({
      score: x.score.score,
      total: x.total,
      negatives: x.negatives,
      unread: x.unread,
      unanswered: x.unanswered,
      risk: x.risk.level,
      attention: x.attention.map((r) => r.key),
    });
    expect(essentials(fast)).toEqual(essentials(slow));
  }
}

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('capture' as const),
    business: fc.constantFrom('b1', 'b2'),
    reviews: fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: 12 }),
        rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        text: fc.integer({ min: 0, max: TEXTS.length - 1 }),
        daysAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        replied: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  }),
  fc.record({ kind: fc.constant('read' as const), business: fc.constantFrom('b1', 'b2', null) }),
);

describe('derived data', () => {
  it('always equals a recomputation from the stored reviews', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = await freshDb();
        let now = T0;
        let visit = 0;
        for (const op of ops) {
          now += DAY / 4;
          if (op.kind === 'read') {
            await markRead(db, op.business === null ? null : `yelp:${op.business}`);
            continue;
          }
          const captured = op.reviews.map((r) =>
            review(`${op.business}-${r.id}`, {
              rating: r.rating,
              text: TEXTS[r.text]!,
              publishedAt: r.daysAgo === undefined ? undefined : now - r.daysAgo * DAY,
              datePrecision: r.daysAgo === undefined ? undefined : 'day',
              reply: r.replied ? { text: 'Thanks for the feedback.' } : undefined,
            }),
          );
          await ingestCapture(
            db,
            ingestInput(captured, {
              visitId: `v${visit++}`,
              now,
              business: { siteBusinessId: op.business, name: op.business, url: `https://www.yelp.com/biz/${op.business}` },
            }),
          );
        }
        await expectDerivedConsistent(db);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});
