/**
 * The decisions of a capture, without IndexedDB: `planCapture` is given what the store holds
 * and returns what to write. A small in-memory store applies the plans the way `ingest.ts` does,
 * so sequences of captures can be checked quickly and in large numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '@/utils/reputation/buckets';
import { addToAggregate, addToDay, applyToAggregate, applyToDay, emptyAggregate } from '@/utils/store/contributions';
import { planCapture, visitAlertId, type CapturePlan, type IngestInput, type StoredState } from '@/utils/store/ingest-plan';
import {
  businessKeyOf,
  reviewKeyOf,
  type AggregateRecord,
  type AlertRecord,
  type BusinessRecord,
  type DayRecord,
  type ReviewRecord,
} from '@/utils/store/schema';
import { DAY, HOUR, MINUTE } from '@/utils/time';
import { business, ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const KEY = 'yelp:biz-1';

class MemoryStore {
  businesses = new Map<string, BusinessRecord>();
  reviews = new Map<string, ReviewRecord>();
  alerts = new Map<string, AlertRecord>();
  aggregates = new Map<string, AggregateRecord>();
  days = new Map<string, DayRecord>();
  snapshots = 0;

  /** What `ingest.ts` reads, frozen: a plan that changed it would throw. */
  stateFor(input: IngestInput): StoredState {
    const businessKey = businessKeyOf(input.site, input.business.siteBusinessId);
    return deepFreeze(
      structuredClone({
        business: this.businesses.get(businessKey),
        anyMine: [...this.businesses.values()].some((b) => b.role === 'mine'),
        reviews: input.reviews.map((item) => this.reviews.get(reviewKeyOf(input.site, item.review.siteReviewId))),
        visitAlert: this.alerts.get(visitAlertId(businessKey, input.visitId)),
      }),
    );
  }

  /** Writes a plan as `ingest.ts` does. */
  apply(plan: CapturePlan): void {
    for (const record of plan.reviewPuts) this.reviews.set(record.key, record);
    if (plan.counts) {
      this.aggregates.set(plan.businessKey, addToAggregate(this.aggregates.get(plan.businessKey), plan.businessKey, plan.counts.aggregate));
      for (const { day, change } of plan.counts.days) {
        const next = addToDay(this.days.get(`${plan.businessKey}|${day}`), plan.businessKey, day, change);
        if (next) this.days.set(`${plan.businessKey}|${day}`, next);
        else this.days.delete(`${plan.businessKey}|${day}`);
      }
    }
    if (plan.alert) this.alerts.set(plan.alert.id, plan.alert);
    const business = { ...plan.business };
    if (plan.snapshot.kind === 'add') business.lastSnapshotId = ++this.snapshots;
    this.businesses.set(business.key, business);
  }

  capture(input: IngestInput): CapturePlan {
    const plan = planCapture(input, this.stateFor(input));
    this.apply(plan);
    return plan;
  }

  /** The aggregate and day buckets of a business counted from scratch over its reviews. */
  recount(businessKey: string): { aggregate: AggregateRecord; days: Map<number, DayRecord> } {
    const mine = [...this.reviews.values()].filter((r) => r.businessKey === businessKey);
    const days = new Map<number, DayRecord>();
    for (const r of mine) days.set(dayOf(r.at), applyToDay(days.get(dayOf(r.at)), r, 1));
    return { aggregate: mine.reduce((a, r) => applyToAggregate(a, r, 1), emptyAggregate(businessKey)), days };
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const oneStar = (id: string, at?: number) =>
  review(id, { rating: 1, text: 'Waited an hour, cold food, rude staff. Never again.', publishedAt: at, datePrecision: at === undefined ? undefined : 'day' });

describe('planCapture', () => {
  it('plans the first visit as a silent baseline, counting what it stores', () => {
    const store = new MemoryStore();
    const plan = planCapture(ingestInput([review('a'), review('b', { rating: 4, text: 'Good.' }), oneStar('c')]), store.stateFor(ingestInput([])));
    expect(plan).toMatchObject({ businessKey: KEY, baseline: true, added: 3, updated: 0, unchanged: 0 });
    expect(plan.alert).toBeUndefined();
    expect(plan.reviewPuts.map((r) => [r.key, r.alertState, r.negative, r.unread])).toEqual([
      ['yelp:a', 'baseline', 0, undefined],
      ['yelp:b', 'baseline', 0, undefined],
      ['yelp:c', 'baseline', 1, undefined],
    ]);
    expect(plan.business).toMatchObject({ key: KEY, baselineVisitId: 'visit-1', baselineAt: T0, lastCheckedAt: T0, rating: 4.4, reviewCount: 120 });
    expect(plan.snapshot).toEqual({ kind: 'add', record: { businessKey: KEY, visitId: 'visit-1', capturedAt: T0, rating: 4.4, reviewCount: 120 } });
    expect(plan.counts?.aggregate).toMatchObject({
      total: 3,
      negatives: 1,
      positives: 2,
      unread: 0,
      unanswered: 1,
      ratingCounts: [1, 0, 0, 1, 1],
      ratingSum: 10,
      ratingCount: 3,
    });
    // Undated reviews are filed under the day they were first seen.
    expect(plan.counts?.days).toEqual([{ day: dayOf(T0), change: expect.objectContaining({ count: 3, negatives: 1, ratingSum: 10 }) }]);
  });

  it('alerts once for a new negative on a later visit; seeing it again raises nothing', () => {
    const store = new MemoryStore();
    store.capture(ingestInput([review('a')]));
    const second = store.capture(ingestInput([review('a'), oneStar('bad', T0 + DAY - HOUR)], { visitId: 'visit-2', now: T0 + DAY }));
    expect(second.baseline).toBe(false);
    expect(second.alert).toEqual({ id: visitAlertId(KEY, 'visit-2'), businessKey: KEY, reviewKeys: ['yelp:bad'], url: business().url, createdAt: T0 + DAY });
    expect(second.reviewPuts).toEqual([expect.objectContaining({ key: 'yelp:bad', alertState: 'alerted', unread: 1, negative: 1 })]);
    expect(second.counts?.aggregate).toMatchObject({ total: 1, negatives: 1, unread: 1, unanswered: 1, positives: 0 });

    const third = store.capture(ingestInput([review('a'), oneStar('bad', T0 + DAY - HOUR)], { visitId: 'visit-3', now: T0 + 2 * DAY }));
    expect(third.alert).toBeUndefined();
    expect(third).toMatchObject({ added: 0, updated: 0, unchanged: 2, reviewPuts: [] });
    expect(third.counts).toBeUndefined();
  });

  it('joins negatives that arrive later in the same visit to its alert, keeping its id and time', () => {
    const store = new MemoryStore();
    store.capture(ingestInput([review('a')]));
    const first = store.capture(ingestInput([oneStar('n1')], { visitId: 'visit-2', now: T0 + DAY }));
    const later = store.capture(ingestInput([oneStar('n2'), oneStar('n3')], { visitId: 'visit-2', now: T0 + DAY + 5_000 }));
    expect(later.alert).toEqual({ ...first.alert, reviewKeys: ['yelp:n1', 'yelp:n2', 'yelp:n3'] });
    // The same visit's header figures update its snapshot instead of adding one.
    expect(later.snapshot).toEqual({ kind: 'update', id: 2, fields: { rating: 4.4, reviewCount: 120 } });
  });

  it('keeps the earlier version of an edited review, moves its counts, and alerts when the edit turns it negative', () => {
    const store = new MemoryStore();
    store.capture(ingestInput([review('e', { rating: 4, text: 'Pretty good.' })]));
    const edit = store.capture(ingestInput([review('e', { rating: 1, text: 'Update: got food poisoning. Avoid.' })], { visitId: 'v2', now: T0 + DAY }));
    expect(edit).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(edit.reviewPuts).toEqual([
      expect.objectContaining({
        rating: 1,
        text: 'Update: got food poisoning. Avoid.',
        negative: 1,
        alertState: 'alerted',
        unread: 1,
        lastSeenAt: T0 + DAY,
        history: [{ text: 'Pretty good.', rating: 4, title: undefined, changedAt: T0 + DAY }],
      }),
    ]);
    expect(edit.alert?.reviewKeys).toEqual(['yelp:e']);
    expect(edit.counts?.aggregate).toMatchObject({
      total: 0,
      negatives: 1,
      positives: -1,
      unread: 1,
      ratingCounts: [1, 0, 0, -1, 0],
      ratingSum: -3,
      ratingCount: 0,
    });
  });

  it('completes a truncated text without calling it an edit, and never shortens a full text', () => {
    const store = new MemoryStore();
    store.capture(ingestInput([review('t', { text: 'The pasta was great but the wait…', truncated: true })]));
    const full = store.capture(ingestInput([review('t', { text: 'The pasta was great but the wait was long.' })], { visitId: 'v2', now: T0 + DAY }));
    expect(full.reviewPuts).toEqual([expect.objectContaining({ text: 'The pasta was great but the wait was long.', truncated: false })]);
    expect(full.reviewPuts[0]!.history).toBeUndefined();
    const cut = store.capture(ingestInput([review('t', { text: 'The pasta was great…', truncated: true })], { visitId: 'v3', now: T0 + 2 * DAY }));
    expect(cut).toMatchObject({ updated: 0, unchanged: 1, reviewPuts: [] });
    expect(store.reviews.get('yelp:t')!.text).toBe('The pasta was great but the wait was long.');
  });

  it('changes nothing when the same page is captured again, and refreshes only lastSeenAt after a week', () => {
    const store = new MemoryStore();
    const input = ingestInput([review('a'), review('b', { rating: 2, text: 'Meh, slow.', reply: { text: 'Sorry!' } })]);
    store.capture(input);
    const before = structuredClone([...store.reviews.values()]);
    const again = store.capture({ ...input, visitId: 'v2', now: T0 + MINUTE });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, reviewPuts: [] });
    expect(again.counts).toBeUndefined();
    expect(again.alert).toBeUndefined();
    expect([...store.reviews.values()]).toEqual(before);

    const weekLater = store.capture({ ...input, visitId: 'v3', now: T0 + 8 * DAY });
    expect(weekLater.reviewPuts.map((r) => r.lastSeenAt)).toEqual([T0 + 8 * DAY, T0 + 8 * DAY]);
    expect(weekLater.reviewPuts.map(({ lastSeenAt: _, ...rest }) => rest)).toEqual(before.map(({ lastSeenAt: _, ...rest }) => rest));
    expect(weekLater.counts).toBeUndefined();
  });

  it('counts a review that appears twice in one capture once, and leaves a review stored under another business alone', () => {
    const store = new MemoryStore();
    store.capture(ingestInput([review('x')], { business: business({ siteBusinessId: 'other' }) }));
    const plan = store.capture(ingestInput([review('a'), review('a', { text: 'Different text the second time.' }), review('x')]));
    expect(plan).toMatchObject({ added: 1, unchanged: 2 });
    expect(plan.reviewPuts.map((r) => r.key)).toEqual(['yelp:a']);
    expect(store.reviews.get('yelp:x')!.businessKey).toBe('yelp:other');
  });

  it('decides the same from the same input and never changes what it is given', () => {
    const store = new MemoryStore();
    store.capture(ingestInput([review('a', { rating: 4, text: 'Good.' })]));
    const input = ingestInput([review('a', { rating: 1, text: 'Now terrible.' }), oneStar('b')], { visitId: 'v2', now: T0 + DAY });
    const state = store.stateFor(input);
    // The state is frozen: a plan that wrote into it would throw here.
    expect(planCapture(input, state)).toEqual(planCapture(input, state));
  });
});

const TEXTS = [
  'Lovely place, great coffee.',
  'Cold food and a rude waiter.',
  'Waited an hour. Never again.',
  'OK.',
  'Dirty tables but friendly staff.',
  'Отличный кофе!',
];

const captureOp = fc.record({
  business: fc.constantFrom('b1', 'b2'),
  sameVisit: fc.boolean(),
  hoursLater: fc.integer({ min: 0, max: 10 * 24 }),
  reviews: fc.array(
    fc.record({
      id: fc.integer({ min: 0, max: 8 }),
      rating: fc.option(
        fc.integer({ min: 2, max: 10 }).map((n) => n / 2),
        { nil: undefined },
      ),
      text: fc.integer({ min: 0, max: TEXTS.length - 1 }),
      truncated: fc.boolean(),
      daysAgo: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      precision: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
      replied: fc.boolean(),
    }),
    { maxLength: 7 },
  ),
});

type CaptureOp = typeof captureOp extends fc.Arbitrary<infer T> ? T : never;

function inputOf(op: CaptureOp, visitId: string, now: number): IngestInput {
  return ingestInput(
    op.reviews.map((r) => {
      const text = TEXTS[r.text]!;
      return review(`${op.business}-${r.id}`, {
        rating: r.rating,
        text: r.truncated ? `${text.slice(0, 8)}…` : text,
        truncated: r.truncated,
        publishedAt: r.daysAgo === undefined ? undefined : now - r.daysAgo * DAY,
        datePrecision: r.daysAgo === undefined ? undefined : r.precision,
        reply: r.replied ? { text: 'Thanks for the feedback.' } : undefined,
      });
    }),
    { visitId, now, business: business({ siteBusinessId: op.business, name: op.business, url: `https://www.yelp.com/biz/${op.business}` }) },
  );
}

describe('the count changes a plan carries', () => {
  it('keep the maintained aggregate and day buckets equal to a recount, whatever the captures', () => {
    fc.assert(
      fc.property(fc.array(captureOp, { minLength: 1, maxLength: 15 }), (ops) => {
        const store = new MemoryStore();
        let now = T0;
        let visit = 0;
        for (const op of ops) {
          now += op.hoursLater * HOUR;
          if (!op.sameVisit) visit++;
          const plan = store.capture(inputOf(op, `v${visit}`, now));
          const { aggregate, days } = store.recount(plan.businessKey);
          const maintained = store.aggregates.get(plan.businessKey) ?? emptyAggregate(plan.businessKey);
          expect({ ...maintained, ratingSum: round(maintained.ratingSum) }).toEqual({ ...aggregate, ratingSum: round(aggregate.ratingSum) });
          const stored = [...store.days.values()].filter((d) => d.businessKey === plan.businessKey);
          expect(stored.map((d) => d.day).sort()).toEqual([...days.keys()].sort());
          for (const d of stored) {
            const want = days.get(d.day)!;
            expect([d.count, d.negatives, d.ratingCount, d.sentimentCount]).toEqual([want.count, want.negatives, want.ratingCount, want.sentimentCount]);
            expect(d.ratingSum).toBeCloseTo(want.ratingSum, 6);
            expect(d.sentimentSum).toBeCloseTo(want.sentimentSum, 6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('are absent when the same page is captured again right after any history', () => {
    fc.assert(
      fc.property(fc.array(captureOp, { minLength: 1, maxLength: 10 }), (ops) => {
        const store = new MemoryStore();
        let now = T0;
        let input = inputOf(ops[0]!, 'v0', now);
        ops.forEach((op, i) => {
          now += op.hoursLater * HOUR;
          input = inputOf(op, `v${i}`, now);
          store.capture(input);
        });
        const again = store.capture({ ...input, visitId: 'again', now: now + MINUTE });
        expect(again).toMatchObject({ added: 0, updated: 0, reviewPuts: [] });
        expect(again.counts).toBeUndefined();
        expect(again.alert).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
