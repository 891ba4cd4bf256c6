import { deleteDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { dayOf } from '@/utils/reputation/buckets';
import { applyToAggregate, applyToDay, emptyAggregate } from '@/utils/store/contributions';
import { openSentinelDb } from '@/utils/store/db';
import { DB_VERSION, type AggregateRecord, type DayRecord, type ReviewRecord } from '@/utils/store/schema';
import { freshDb } from '../../support/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

describe('database schema', () => {
  it('creates every store with the indexes the popup and background query', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['aggregates', 'alerts', 'businesses', 'days', 'reviews', 'snapshots']);
    const tx = db.transaction(['businesses', 'reviews', 'snapshots', 'alerts']);
    expect([...tx.objectStore('reviews').indexNames].sort()).toEqual(['byBusiness', 'byBusinessAt', 'byBusinessSeen', 'byUnread']);
    expect([...tx.objectStore('snapshots').indexNames]).toEqual(['byBusiness']);
    expect([...tx.objectStore('businesses').indexNames].sort()).toEqual(['byGroup', 'byLastChecked', 'byRole']);
    expect([...tx.objectStore('alerts').indexNames].sort()).toEqual(['byBusiness', 'byCreated']);
    await tx.done;
  });
});

/** A review as version 1 stored it: no `at` field. */
function v1Review(i: number, businessKey: string): Omit<ReviewRecord, 'at'> {
  const rating = (i % 5) + 1;
  const text = rating <= 2 ? `Cold food and a rude waiter, visit ${i}.` : `Lovely staff and great coffee, visit ${i}.`;
  const analysis = analyzeReview({ text, rating, langHint: 'en' });
  const record: Omit<ReviewRecord, 'at'> = {
    key: `yelp:r${i}`,
    businessKey,
    site: 'yelp',
    siteReviewId: `r${i}`,
    author: `Author ${i}`,
    rating,
    text,
    truncated: false,
    lang: 'en',
    firstSeenAt: NOW - i * 3_600_000,
    lastSeenAt: NOW,
    textHash: `h${i}`,
    analysis,
    negative: rating <= 2 ? 1 : 0,
    alertState: i % 7 === 0 ? 'alerted' : 'baseline',
  };
  if (i % 3 !== 0) {
    record.publishedAt = NOW - (i % 400) * DAY;
    record.datePrecision = 'day';
  }
  if (i % 7 === 0 && rating <= 2) record.unread = 1;
  if (i % 11 === 0) record.reply = { text: 'Thank you!' };
  return record;
}

describe('upgrading a version 1 database with data', () => {
  it('keeps every record, dates every review and builds the aggregates and daily buckets', async () => {
    const name = `upgrade-${Date.now()}`;
    const v1 = await openSentinelDb(name, 1);
    expect(v1.version).toBe(1);
    const businesses = ['yelp:a', 'yelp:b'];
    const tx = v1.transaction(['businesses', 'reviews', 'snapshots', 'alerts'], 'readwrite');
    for (const key of businesses) {
      await tx.objectStore('businesses').put({
        key,
        site: 'yelp',
        siteBusinessId: key.slice(5),
        name: `Biz ${key}`,
        url: `https://www.yelp.com/biz/${key.slice(5)}`,
        firstSeenAt: NOW - 400 * DAY,
        lastCheckedAt: NOW,
        baselineVisitId: 'v0',
        baselineAt: NOW - 400 * DAY,
        lastVisitId: 'v9',
        role: key === 'yelp:a' ? 'mine' : undefined,
      });
      await tx.objectStore('snapshots').add({ businessKey: key, visitId: 'v0', capturedAt: NOW - DAY, rating: 4.2, reviewCount: 500 });
    }
    const old: Array<Omit<ReviewRecord, 'at'>> = [];
    for (let i = 0; i < 600; i++) {
      const review = v1Review(i, businesses[i % 2]!);
      old.push(review);
      await tx.objectStore('reviews').put(review as ReviewRecord);
    }
    await tx.objectStore('alerts').put({ id: 'alert-1', businessKey: 'yelp:a', reviewKeys: ['yelp:r0'], url: 'https://www.yelp.com/biz/a', createdAt: NOW });
    await tx.done;
    v1.close();

    const v2 = await openSentinelDb(name);
    expect(v2.version).toBe(DB_VERSION);
    const reviews = await v2.getAll('reviews');
    expect(reviews).toHaveLength(600);
    for (const review of reviews) {
      const before = old.find((r) => r.key === review.key)!;
      expect(review).toEqual({ ...before, at: before.publishedAt ?? before.firstSeenAt });
    }
    expect(await v2.count('businesses')).toBe(2);
    expect(await v2.count('snapshots')).toBe(2);
    expect(await v2.count('alerts')).toBe(1);
    expect((await v2.getAllFromIndex('businesses', 'byRole', 'mine')).map((b) => b.key)).toEqual(['yelp:a']);

    // The derived data equals a computation from scratch.
    for (const key of businesses) {
      const mine = reviews.filter((r) => r.businessKey === key);
      const expected = mine.reduce<AggregateRecord>((agg, r) => applyToAggregate(agg, r, 1), emptyAggregate(key));
      expect(await v2.get('aggregates', key)).toEqual(expected);
      const days = new Map<number, DayRecord>();
      for (const r of mine) days.set(dayOf(r.at), applyToDay(days.get(dayOf(r.at)), r, 1));
      const stored = await v2.getAll('days', IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
      expect(stored).toHaveLength(days.size);
      for (const d of stored) expect(d).toEqual(days.get(d.day));
      expect(expected.total).toBe(300);
    }
    const byDate = await v2.getAllFromIndex('reviews', 'byBusinessAt', IDBKeyRange.bound(['yelp:a', NOW - 30 * DAY], ['yelp:a', Infinity]));
    expect(byDate.every((r) => r.businessKey === 'yelp:a' && r.at >= NOW - 30 * DAY)).toBe(true);
    expect(byDate.length).toBeGreaterThan(0);
    v2.close();
    await deleteDB(name);
  });
});
