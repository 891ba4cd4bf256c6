/**
 * A business deleted on one browser (Options → Delete, or retention) is deleted from that browser
 * only: the server and the other browsers keep it. Sync must then neither bring it back in pieces
 * (the documents another browser changed later, with counts of only those) nor, once the owner
 * captures it here again, leave this browser with part of the history the others have.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteBusinesses, getBusiness, reviewsOfBusiness, setReviewDone } from '@/utils/store/queries';
import type { SentinelDatabase } from '@/utils/store/db';
import { DAY, ingestInput, review } from '../../support/factories';
import { memoryPouch, testBrowser, type TestBrowser } from '../../support/sync';

const T0 = Date.UTC(2026, 10, 20, 12);
const KEY = 'yelp:biz-1';
let clock = T0;
const now = (): number => clock;

const three = [
  review('a'),
  review('b', { rating: 4, text: 'Good, a bit slow.' }),
  review('bad', { rating: 1, text: 'Cold soup, rude waiter, never again.', publishedAt: T0 - DAY, datePrecision: 'day' }),
];

async function derived(db: SentinelDatabase) {
  return { aggregate: await db.get('aggregates', KEY), days: await db.getAll('days') };
}

describe('a business deleted on one browser', () => {
  let a: TestBrowser;
  let b: TestBrowser;
  let server: Pouch.Database;
  beforeEach(async () => {
    clock = T0 + DAY;
    server = memoryPouch('server');
    a = await testBrowser('a', now);
    b = await testBrowser('b', now);
    await a.capture(ingestInput(three, { now: T0 }));
    await a.sync(server);
    await b.sync(server);
    await deleteBusinesses(a.store, [KEY]);
  });

  it('does not come back in pieces when another browser visits it again', async () => {
    clock = T0 + 2 * DAY;
    // B sees the page again: two of the reviews (the third has scrolled away) and the business change.
    await b.capture(ingestInput(three.slice(0, 2), { now: clock, visitId: 'b-2' }));
    await b.sync(server);
    const onServer = await server.allDocs({ include_docs: true });
    await a.sync(server);
    expect(await getBusiness(a.store, KEY)).toBeUndefined();
    expect(await reviewsOfBusiness(a.store, KEY)).toEqual([]);
    expect(await a.store.get('aggregates', KEY)).toBeUndefined();
    expect(await a.store.getAll('days')).toEqual([]);
    // And nothing of it is sent from A: the server keeps what it had.
    expect(await server.allDocs({ include_docs: true })).toEqual(onServer);
  });

  it('once captured here again, takes in the whole history the others have, with the same counts', async () => {
    clock = T0 + 2 * DAY;
    await setReviewDone(b.store, 'yelp:bad', true, clock);
    b.outbox.push('yelp:bad');
    await b.sync(server);
    await a.sync(server);
    expect(await getBusiness(a.store, KEY)).toBeUndefined();
    // The owner opens the page on A again: it shows one review.
    clock = T0 + 3 * DAY;
    await a.capture(ingestInput(three.slice(0, 1), { now: clock, visitId: 'a-2' }));
    await a.sync(server);
    await b.sync(server);
    const onA = await reviewsOfBusiness(a.store, KEY);
    expect(onA.map((r) => r.key).sort()).toEqual(['yelp:a', 'yelp:b', 'yelp:bad']);
    expect(onA.find((r) => r.key === 'yelp:bad')).toMatchObject({ done: 1 });
    expect(await derived(a.store)).toEqual(await derived(b.store));
    expect(await reviewsOfBusiness(a.store, KEY)).toEqual(await reviewsOfBusiness(b.store, KEY));
  });
});
