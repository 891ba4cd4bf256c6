import { beforeEach, describe, expect, it } from 'vitest';
import { getBusiness, markRead, pendingAlerts, reviewsOfBusiness, setBusinessRole, setReviewDone } from '@/utils/store/queries';
import { loadBusinessSummary } from '@/utils/store/read-models';
import { toReviewDoc } from '@/utils/store/sync/docs';
import { trustedSyncDoc } from '@/utils/store/sync/incoming';
import type { SentinelDatabase } from '@/utils/store/db';
import { DAY, ingestInput, review } from '../../support/factories';
import { memoryPouch, testBrowser, type TestBrowser } from '../../support/sync';

const T0 = Date.UTC(2026, 10, 20, 12);
const KEY = 'yelp:biz-1';
let clock = T0;
const now = (): number => clock;

async function figures(db: SentinelDatabase) {
  const [aggregate, days, summary] = await Promise.all([db.get('aggregates', KEY), db.getAll('days'), loadBusinessSummary(db, KEY, T0 + 5 * DAY)]);
  return { aggregate, days, score: summary?.score };
}

/** A first visit, then a later visit with a new 1★ review (alerted and unread on the browser that saw it). */
async function captureOn(browser: TestBrowser): Promise<void> {
  await browser.capture(ingestInput([review('a'), review('b', { rating: 4, text: 'Good, a bit slow.' })], { now: T0 }));
  await setBusinessRole(browser.store, KEY, 'mine', T0 + 1);
  await browser.capture(
    ingestInput([review('bad', { rating: 1, text: 'Food poisoning after the fish. Never again.', publishedAt: T0 + DAY, datePrecision: 'day' })], {
      now: T0 + DAY,
      visitId: 'visit-2',
    }),
  );
}

describe('sync between two browsers through one server', () => {
  let a: TestBrowser;
  let b: TestBrowser;
  let server: Pouch.Database;
  beforeEach(async () => {
    clock = T0 + 2 * DAY;
    server = memoryPouch('server');
    a = await testBrowser('a', now);
    b = await testBrowser('b', now);
  });

  it('brings a capture on A to B with the same counts, day buckets and score, and B announces nothing', async () => {
    await captureOn(a);
    const sent = await a.sync(server);
    expect(sent.pushed).toBeGreaterThanOrEqual(5);
    const got = await b.sync(server);
    expect(got.received).toMatchObject({ businesses: 1, reviews: 3, snapshots: 2, alerts: 1 });
    const [fa, fb] = [await figures(a.store), await figures(b.store)];
    expect(fb.aggregate).toEqual(fa.aggregate);
    expect(fb.aggregate).toMatchObject({ total: 3, negatives: 1, unread: 1 });
    expect(fb.days).toEqual(fa.days);
    expect(fb.score).toEqual(fa.score);
    expect((await getBusiness(b.store, KEY))?.role).toBe('mine');
    // Announced on A; stored as shown on B.
    expect(await pendingAlerts(b.store, 0)).toEqual([]);
    // The same review captured on B later is not news there.
    const later = await b.capture(
      ingestInput([review('bad', { rating: 1, text: 'Food poisoning after the fish. Never again.', publishedAt: T0 + DAY, datePrecision: 'day' })], {
        now: T0 + 3 * DAY,
        visitId: 'b-visit',
      }),
    );
    expect(later).toMatchObject({ added: 0, baseline: false });
    expect(later.alert).toBeUndefined();
  });

  it('takes "mine" set on B to A, "done" and "read" on A to B, and leaves no conflict', async () => {
    await captureOn(a);
    await a.sync(server);
    await b.sync(server);
    // Both change things before either syncs again: the same review on both sides.
    await setBusinessRole(b.store, KEY, 'competitor', T0 + 3 * DAY);
    await setReviewDone(a.store, 'yelp:bad', true, T0 + 3 * DAY + 5);
    await markRead(b.store, KEY, ['yelp:bad'], T0 + 3 * DAY + 9);
    a.outbox.push('yelp:bad');
    b.outbox.push('yelp:bad');
    await a.sync(server);
    await b.sync(server);
    await a.sync(server);
    for (const browser of [a, b]) {
      expect((await getBusiness(browser.store, KEY))?.role).toBe('competitor');
      const bad = (await reviewsOfBusiness(browser.store, KEY)).find((r) => r.key === 'yelp:bad');
      expect(bad).toMatchObject({ done: 1, readAt: T0 + 3 * DAY + 9 });
      expect(bad?.unread).toBeUndefined();
      expect((await browser.store.get('aggregates', KEY))?.unread).toBe(0);
    }
    // Every version merged and the losers removed, on the server too.
    for (const db of [a.replica, b.replica, server]) {
      const doc = await db.get('r:yelp:bad', { conflicts: true });
      expect(doc._conflicts ?? []).toEqual([]);
    }
    expect(toReviewDoc((await a.store.get('reviews', 'yelp:bad'))!)).toEqual(toReviewDoc((await b.store.get('reviews', 'yelp:bad'))!));
  });

  it('resolves a conflict the same way whichever browser finds it', async () => {
    await captureOn(a);
    await a.sync(server);
    await b.sync(server);
    await a.capture(ingestInput([review('b', { rating: 2, text: 'Good, a bit slow. Update: cold coffee twice.' })], { now: T0 + 4 * DAY, visitId: 'a-3' }));
    await b.capture(
      ingestInput([review('b', { rating: 4, text: 'Good, a bit slow.', reply: { text: 'Thank you!' } })], { now: T0 + 4 * DAY + 1, visitId: 'b-3' }),
    );
    clock = T0 + 5 * DAY;
    // B's change reaches its replica, then its worker stops before sending it; A sends its own meanwhile.
    const stop = (stage: string): void => {
      if (stage === 'sent') throw new Error('worker stopped');
    };
    await expect(b.sync(server, { onStage: stop })).rejects.toThrow('worker stopped');
    await a.sync(server);
    const conflicts = (await b.sync(server)).conflicts;
    // The review and the business (each browser saw a visit).
    expect(conflicts).toBe(2);
    await a.sync(server);
    const onA = (await a.store.get('reviews', 'yelp:b'))!;
    const onB = (await b.store.get('reviews', 'yelp:b'))!;
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({
      rating: 2,
      text: 'Good, a bit slow. Update: cold coffee twice.',
      reply: { text: 'Thank you!' },
      history: [{ text: 'Good, a bit slow.', rating: 4 }],
    });
    expect((await figures(a.store)).aggregate).toEqual((await figures(b.store)).aggregate);
  });

  it('sends nothing the second time, and only one capture’s reviews after it', async () => {
    await captureOn(a);
    await a.sync(server);
    const again = await a.sync(server);
    expect(again).toMatchObject({ sent: 0, pushed: 0 });
    // A 50-review capture sends its 50 reviews, its visit and the business (its visit time changed).
    clock = T0 + 10 * DAY;
    await a.capture(
      ingestInput(
        Array.from({ length: 50 }, (_, i) => review(`n${i}`, { text: `New review number ${i}, fine.` })),
        { now: clock, visitId: 'visit-big' },
      ),
    );
    const incremental = await a.sync(server);
    expect(incremental.sent).toBe(52);
  });

  it('loses and duplicates nothing when the worker stops mid-sync, and a late browser catches up', async () => {
    await captureOn(a);
    await expect(
      a.sync(server, {
        onStage: (stage) => {
          if (stage === 'sent') throw new Error('worker stopped');
        },
      }),
    ).rejects.toThrow('worker stopped');
    const resumed = await a.sync(server);
    expect(resumed.pushed).toBeGreaterThan(0);
    await expect(
      b.sync(server, {
        onStage: (stage) => {
          if (stage === 'pulled') throw new Error('worker stopped');
        },
      }),
    ).rejects.toThrow('worker stopped');
    await b.sync(server);
    await b.sync(server);
    expect(await reviewsOfBusiness(b.store, KEY)).toHaveLength(3);
    expect((await figures(b.store)).aggregate).toEqual((await figures(a.store)).aggregate);
    const info = await server.info();
    expect(info.doc_count).toBe(1 + 3 + 2 + 1);
  });

  it('analyses again a review that arrives analysed by another version', async () => {
    await captureOn(a);
    const stored = (await a.store.get('reviews', 'yelp:b'))!;
    await a.store.put('reviews', { ...stored, analysis: { ...stored.analysis, version: 1 } });
    await a.sync(server);
    await b.sync(server);
    expect(b.analyses).toBe(1);
    expect((await b.store.get('reviews', 'yelp:b'))?.analysis.version).toBe(stored.analysis.version);
  });
  it('leaves out what the server sends that no capture or import would store, and syncs on', async () => {
    await captureOn(a);
    await a.sync(server);
    const business = (await server.get(`b:${KEY}`)) as unknown as Record<string, unknown>;
    const good = (await server.get('r:yelp:a')) as unknown as { review: Record<string, unknown> } & Record<string, unknown>;
    const strip = ({ _rev: _r, ...doc }: Record<string, unknown>) => doc;
    await server.bulkDocs([
      // A business of no known site, whose link a scheduled check would open.
      { ...strip(business), _id: 'b:foo:1', key: 'foo:1', site: 'foo', url: 'https://evil.example/' },
      // A known site with a link elsewhere.
      { ...strip(business), _id: 'b:yelp:elsewhere', key: 'yelp:elsewhere', url: 'https://evil.example/biz/x' },
      // A history that is no list, a review without a key, a rating off the scale.
      { ...strip(good), _id: 'r:yelp:h', review: { ...good.review, key: 'yelp:h', history: 5 } },
      { ...strip(good), _id: 'r:undefined', review: { ...good.review, key: undefined } },
      { ...strip(good), _id: 'r:yelp:r9', review: { ...good.review, key: 'yelp:r9', rating: 9 } },
      // A visit of a business key that is no text.
      { _id: 's:42|v', type: 'snapshot', v: 1, businessKey: 42, visitId: 'v', capturedAt: T0 },
    ] as unknown as Pouch.Doc[]);
    const got = await b.sync(server);
    expect(got.skipped).toBe(6);
    expect(got.received).toMatchObject({ businesses: 1, reviews: 3 });
    expect(await getBusiness(b.store, 'foo:1')).toBeUndefined();
    expect(await getBusiness(b.store, 'yelp:elsewhere')).toBeUndefined();
    expect((await reviewsOfBusiness(b.store, KEY)).map((r) => r.key).sort()).toEqual(['yelp:a', 'yelp:b', 'yelp:bad']);
    // Nothing is stuck: the next sync runs and finds nothing new.
    await expect(b.sync(server)).resolves.toMatchObject({ skipped: 0, received: { businesses: 0, reviews: 0 } });
  });

  it('stores what the checks rebuilt, never the fields as they came: no missing date, no extra field, no read or done smuggled inside a review, no choice stamped in the future', async () => {
    await captureOn(a);
    await a.sync(server);
    const business = (await server.get(`b:${KEY}`)) as unknown as Record<string, unknown> & { role: unknown };
    const good = (await server.get('r:yelp:a')) as unknown as { review: Record<string, unknown> } & Record<string, unknown>;
    const { at: _at, ...withoutDate } = good.review;
    await server.bulkDocs([
      // Once, a review without its date stopped every later sync (its day bucket's key was NaN).
      { ...good, review: { ...withoutDate, note: 'x'.repeat(100_000), done: 1, unread: 1 } },
      // A role stamped a year ahead would win every later change on every browser.
      { ...business, role: { value: 'competitor', at: T0 + 365 * DAY } },
    ] as unknown as Pouch.Doc[]);
    const got = await b.sync(server);
    expect(got.skipped).toBe(0);
    const stored = (await b.store.get('reviews', 'yelp:a'))!;
    expect(Number.isFinite(stored.at)).toBe(true);
    expect(stored).not.toHaveProperty('note');
    expect(stored.done).toBeUndefined();
    expect(stored.unread).toBeUndefined();
    expect((await b.store.get('aggregates', KEY))?.total).toBe(3);
    // The future stamp was left out: the owner's next choice on B wins, and reaches A.
    await setBusinessRole(b.store, KEY, 'mine', clock + 1);
    await b.sync(server);
    await a.sync(server);
    expect((await getBusiness(a.store, KEY))?.role).toBe('mine');
    await expect(b.sync(server)).resolves.toMatchObject({ skipped: 0 });
  });

  it('passes what this browser itself sends unchanged through the same gate', async () => {
    await captureOn(a);
    await markRead(a.store, KEY, ['yelp:bad'], T0 + 2 * DAY);
    await a.sync(server);
    const docs = (await server.allDocs({ include_docs: true })).rows.map((row) => row.doc!).filter((doc) => !doc._id.startsWith('_'));
    expect(docs.length).toBeGreaterThanOrEqual(6);
    for (const doc of docs) expect(trustedSyncDoc(doc, clock), doc._id).toEqual(doc);
  });
});
