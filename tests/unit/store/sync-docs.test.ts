import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { ingestCapture } from '@/utils/store/ingest';
import { getBusiness, reviewsOfBusiness } from '@/utils/store/queries';
import type { BusinessRecord, ReviewRecord } from '@/utils/store/schema';
import {
  alertFromDoc,
  businessFromDoc,
  isSyncDoc,
  mergeAll,
  mergeBusinessDocs,
  mergeReviewDocs,
  reviewFromDoc,
  sameDoc,
  toAlertDoc,
  toBusinessDoc,
  toReviewDoc,
  type ReviewDoc,
  type SyncDoc,
} from '@/utils/store/sync/docs';
import { freshDb } from '../../support/db';
import { DAY, ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);

/** A review as a browser stores it after a capture (first visit, then a later visit that may edit it). */
async function storedReview(text: string, options: { now?: number; edits?: Array<{ text: string; rating?: number; now: number }>; truncated?: boolean } = {}) {
  const db = await freshDb();
  const now = options.now ?? T0;
  await ingestCapture(db, ingestInput([review('r1', { rating: 2, text, truncated: options.truncated ?? false })], { now }));
  for (const [i, edit] of (options.edits ?? []).entries())
    await ingestCapture(db, ingestInput([review('r1', { rating: edit.rating ?? 2, text: edit.text })], { now: edit.now, visitId: `later-${i}` }));
  const [record] = await reviewsOfBusiness(db, 'yelp:biz-1');
  return { record: record!, business: (await getBusiness(db, 'yelp:biz-1'))! };
}

const derive = (r: ReviewDoc['review']) => ({ negative: (r.rating ?? 5) <= 2 ? (1 as const) : (0 as const), fingerprint: 'fp', analysis: r.analysis });

describe('what travels', () => {
  it('sends the review with its history and state, never what one browser derives or holds for itself', async () => {
    const { record } = await storedReview('Slow and cold.');
    const local: ReviewRecord = { ...record, unread: 1, done: 1, doneAt: T0 + 5, readAt: T0 + 4 };
    const doc = toReviewDoc(local);
    expect(doc._id).toBe('r:yelp:r1');
    expect(doc).toMatchObject({ type: 'review', unread: 1, readAt: T0 + 4, done: { value: true, at: T0 + 5 } });
    expect(Object.keys(doc.review)).not.toEqual(expect.arrayContaining(['negative']));
    for (const field of ['unread', 'done', 'readAt', 'doneAt', 'negative', 'fingerprint']) expect(doc.review).not.toHaveProperty(field);
    expect(doc.review.text).toBe('Slow and cold.');
    const back = reviewFromDoc(doc, derive);
    expect(back).toMatchObject({ key: 'yelp:r1', text: 'Slow and cold.', unread: 1, done: 1, doneAt: T0 + 5, readAt: T0 + 4, negative: 1 });
  });

  it('sends the owner’s choices with the time each was made', async () => {
    const { business } = await storedReview('Fine.');
    const mine: BusinessRecord = { ...business, role: 'mine', displayName: 'Uno (centre)', ownerChangedAt: { role: T0 + 10, displayName: T0 + 20 } };
    const doc = toBusinessDoc(mine);
    expect(doc).toMatchObject({
      _id: 'b:yelp:biz-1',
      role: { value: 'mine', at: T0 + 10 },
      displayName: { value: 'Uno (centre)', at: T0 + 20 },
      group: { value: null, at: 0 },
    });
    expect(doc).not.toHaveProperty('baselineVisitId');
    expect(doc).not.toHaveProperty('lastSnapshotId');
  });
});

describe('merging reviews', () => {
  it('makes the same review captured on two browsers one record, whichever side merges', async () => {
    const a = toReviewDoc((await storedReview('Slow and cold.', { now: T0 })).record);
    const b = toReviewDoc((await storedReview('Slow and cold.', { now: T0 + DAY })).record);
    const ab = mergeReviewDocs(a, b);
    expect(sameDoc(ab, mergeReviewDocs(b, a))).toBe(true);
    expect(ab.review.firstSeenAt).toBe(T0);
    expect(ab.review.lastSeenAt).toBe(T0 + DAY);
    expect(ab.review.history).toBeUndefined();
    // Merging again changes nothing.
    expect(sameDoc(mergeReviewDocs(ab, a), ab)).toBe(true);
  });

  it('keeps an edit seen on one browser, with the earlier text in the history', async () => {
    const a = toReviewDoc((await storedReview('Slow and cold.')).record);
    const b = toReviewDoc(
      (await storedReview('Slow and cold.', { edits: [{ text: 'Slow, cold, and they never called back.', rating: 1, now: T0 + 3 * DAY }] })).record,
    );
    const merged = mergeReviewDocs(a, b);
    expect(merged.review.text).toBe('Slow, cold, and they never called back.');
    expect(merged.review.rating).toBe(1);
    expect(merged.review.history?.map((h) => [h.text, h.rating])).toEqual([['Slow and cold.', 2]]);
    expect(sameDoc(merged, mergeReviewDocs(b, a))).toBe(true);
  });

  it('keeps both edits when each browser saw a different one: the later is the text, the others history', async () => {
    const a = toReviewDoc((await storedReview('First words.', { edits: [{ text: 'Second words, angrier.', now: T0 + DAY }] })).record);
    const b = toReviewDoc((await storedReview('First words.', { edits: [{ text: 'Third words, calmer now.', rating: 3, now: T0 + 2 * DAY }] })).record);
    const merged = mergeReviewDocs(a, b);
    expect(merged.review.text).toBe('Third words, calmer now.');
    expect(merged.review.history?.map((h) => h.text)).toEqual(['First words.', 'Second words, angrier.']);
    expect(sameDoc(merged, mergeReviewDocs(b, a))).toBe(true);
  });

  it('completes a cut-off text with its whole, which is not an edit', async () => {
    const cut = toReviewDoc((await storedReview('The soup was cold and the waiter…', { truncated: true })).record);
    const whole = toReviewDoc((await storedReview('The soup was cold and the waiter ignored us for twenty minutes.', { now: T0 - DAY })).record);
    for (const merged of [mergeReviewDocs(cut, whole), mergeReviewDocs(whole, cut)]) {
      expect(merged.review.text).toBe('The soup was cold and the waiter ignored us for twenty minutes.');
      expect(merged.review.truncated).toBe(false);
      expect(merged.review.history).toBeUndefined();
    }
  });

  it('holds "done" by its latest change and "read" once read anywhere', async () => {
    const { record } = await storedReview('Awful.');
    const alerted: ReviewRecord = { ...record, alertState: 'alerted', unread: 1 };
    const doneOnA = toReviewDoc({ ...alerted, done: 1, doneAt: T0 + 100, readAt: T0 + 100, unread: undefined });
    const undoneLaterOnB = toReviewDoc({ ...alerted, doneAt: T0 + 200 });
    const merged = mergeReviewDocs(doneOnA, undoneLaterOnB);
    expect(merged.done).toEqual({ value: false, at: T0 + 200 });
    // Undone, but read on A: it stays read everywhere.
    expect(merged.unread).toBe(0);
    expect(merged.readAt).toBe(T0 + 100);
    // Unread on the browser that alerted it, unknown elsewhere: unread on both.
    const quietCopy = toReviewDoc({ ...record, alertState: 'quiet' });
    const unreadMerge = mergeReviewDocs(quietCopy, toReviewDoc(alerted));
    expect(unreadMerge).toMatchObject({ unread: 1, review: { alertState: 'alerted' } });
  });

  it('gives the same result for three versions in any order (a conflict’s winner and losers)', async () => {
    const base = (await storedReview('Words.')).record;
    const versions: SyncDoc[] = [
      toReviewDoc({ ...base, lastSeenAt: T0 + 1 }),
      toReviewDoc({ ...base, done: 1, doneAt: T0 + 7, lastSeenAt: T0 + 2 }),
      toReviewDoc({ ...base, readAt: T0 + 3, firstSeenAt: T0 - DAY, reply: { text: 'Sorry!', dateText: 'today' } }),
    ];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2],
      [1, 2, 0],
    ];
    const results = orders.map((o) => mergeAll(o.map((i) => versions[i]!)));
    for (const r of results) expect(sameDoc(r, results[0])).toBe(true);
    expect(results[0]).toMatchObject({ done: { value: true, at: T0 + 7 }, readAt: T0 + 3, review: { firstSeenAt: T0 - DAY, reply: { text: 'Sorry!' } } });
  });
});

describe('merging businesses', () => {
  it('resolves each owner choice by its latest change, and the site’s figures by the latest visit', async () => {
    const { business } = await storedReview('Fine.');
    const onA = toBusinessDoc({
      ...business,
      role: 'competitor',
      displayName: 'Old name',
      ownerChangedAt: { role: T0 + 10, displayName: T0 + 50 },
      lastCheckedAt: T0 + 5 * DAY,
      rating: 4.1,
    });
    const onB = toBusinessDoc({ ...business, role: 'mine', ownerChangedAt: { role: T0 + 20 }, lastCheckedAt: T0 + DAY, rating: 4.4 });
    const merged = mergeBusinessDocs(onA, onB);
    expect(sameDoc(merged, mergeBusinessDocs(onB, onA))).toBe(true);
    expect(merged).toMatchObject({
      role: { value: 'mine', at: T0 + 20 },
      displayName: { value: 'Old name', at: T0 + 50 },
      rating: 4.1,
      lastCheckedAt: T0 + 5 * DAY,
    });
    // Applied to B's stored record: the choices change, B's own baseline stays.
    const stored: BusinessRecord = { ...business, baselineVisitId: 'b-visit', lastSnapshotId: 7 };
    const applied = businessFromDoc(merged, stored);
    expect(applied).toMatchObject({
      role: 'mine',
      displayName: 'Old name',
      rating: 4.1,
      baselineVisitId: 'b-visit',
      lastSnapshotId: 7,
      ownerChangedAt: { role: T0 + 20, displayName: T0 + 50 },
    });
    // Taken back out, the record gives the same document: nothing left to send.
    expect(sameDoc(toBusinessDoc(applied), merged)).toBe(true);
  });

  it('takes a choice undone later (no longer mine) over the older mark', async () => {
    const { business } = await storedReview('Fine.');
    const marked = toBusinessDoc({ ...business, role: 'mine', ownerChangedAt: { role: T0 + 10 } });
    const unmarked = toBusinessDoc({ ...business, ownerChangedAt: { role: T0 + 30 } });
    expect(businessFromDoc(mergeBusinessDocs(marked, unmarked), business).role).toBeUndefined();
  });
});

describe('alerts and shapes', () => {
  it('stores an alert arriving by sync as already shown, so this browser never announces it', () => {
    const doc = toAlertDoc({
      id: 'alert-1',
      businessKey: 'yelp:biz-1',
      reviewKeys: ['yelp:b', 'yelp:a'],
      url: 'https://www.yelp.com/biz/cafe-uno',
      createdAt: T0,
    });
    expect(doc.reviewKeys).toEqual(['yelp:a', 'yelp:b']);
    expect(alertFromDoc(doc, undefined, T0 + 60_000)).toMatchObject({ id: 'alert-1', shownAt: T0 + 60_000 });
  });

  it('refuses documents of an unknown kind, a newer shape, or missing what the merge reads', async () => {
    const { record, business } = await storedReview('Fine.');
    expect(isSyncDoc(toReviewDoc(record))).toBe(true);
    expect(isSyncDoc(toBusinessDoc(business))).toBe(true);
    expect(isSyncDoc({ ...toReviewDoc(record), v: 99 })).toBe(false);
    expect(isSyncDoc({ ...toReviewDoc(record), _id: 'r:yelp:other' })).toBe(false);
    expect(isSyncDoc({ _id: 'x', type: 'settings', v: 1 })).toBe(false);
    const { role: _role, ...noRole } = toBusinessDoc(business);
    expect(isSyncDoc(noRole)).toBe(false);
  });

  it('keeps the analysis of the same words from the newer version', async () => {
    const { record } = await storedReview('Rude staff.');
    const older = toReviewDoc({ ...record, analysis: { ...analyzeReview({ text: 'Rude staff.' }), version: 1 } });
    const newer = toReviewDoc(record);
    expect(mergeReviewDocs(older, newer).review.analysis.version).toBe(record.analysis.version);
    expect(mergeReviewDocs(newer, older).review.analysis.version).toBe(record.analysis.version);
  });
});
