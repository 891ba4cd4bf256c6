/**
 * The star learner kept in the store (schema version 4): it learns from a business's stored
 * 1–2★ and 4–5★ reviews, survives a reload of the database, reads that business's star-less and
 * 3★ reviews, is cleared with the business and by "Delete all data", and is rebuilt after an import.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { ADAPT_MIN_REVIEWS } from '@/utils/analysis/adapt';
import { openSentinelDb, type SentinelDatabase } from '@/utils/store/db';
import { exportJson } from '@/utils/store/export';
import { importFile } from '@/utils/store/import';
import { ingestCapture } from '@/utils/store/ingest';
import { clearAll, deleteBusinesses } from '@/utils/store/queries';
import { learnFromStoredStars, loadStarLearner } from '@/utils/store/star-learning';
import type { CapturedReview } from '@/utils/sites/types';
import { DAY, ingestInput, review } from '../../support/factories';

const BIZ = 'yelp:biz-1';
const NOW = Date.UTC(2026, 10, 20, 12);
// This owner's guests complain about "the zorblat" (a dish no word list or model has seen) in 1–2★
// reviews and praise the staff in 4–5★ ones; some 3★ reviews say both.
const complaint = (i: number): string => `Ordered the zorblat again at table ${i}. Zorblat, every single time.`;
const praise = (i: number): string => `Lovely evening at table ${i}, the staff were great.`;

function history(n: number, from = 0): CapturedReview[] {
  const out: CapturedReview[] = [];
  for (let i = from; i < from + n; i++) {
    const publishedAt = NOW - (400 - i) * DAY;
    out.push(review(`c${i}`, { rating: 1 + (i % 2), text: complaint(i), publishedAt, datePrecision: 'day' }));
    out.push(review(`p${i}`, { rating: 4 + (i % 2), text: praise(i), publishedAt: publishedAt + 1, datePrecision: 'day' }));
    if (i % 10 === 0)
      out.push(review(`m${i}`, { rating: 3, text: `The zorblat at table ${i} was a shame, the staff were great.`, publishedAt, datePrecision: 'day' }));
  }
  return out;
}

async function storeHistory(db: SentinelDatabase, reviews: CapturedReview[], visitId = 'visit-1', now = NOW): Promise<void> {
  await ingestCapture(db, ingestInput(reviews, { visitId, now }));
  await learnFromStoredStars(db, BIZ, now);
}

const name = (): string => `star-learning-${Date.now()}-${Math.random()}`;
const STARLESS = 'Ordered the zorblat again.';

describe('the star learner in the store', () => {
  it('learns from the stored 1–2★ and 4–5★ reviews (never 3★), and a reloaded database gives the same adjusted verdict', async () => {
    const dbName = name();
    const db = await openSentinelDb(dbName);
    await storeHistory(db, history(ADAPT_MIN_REVIEWS));
    const record = (await db.get('starLearning', BIZ))!;
    expect(record.state.languages.en!.count).toBe(2 * ADAPT_MIN_REVIEWS);
    // The 3★ reviews are remembered as looked at, not learned from.
    expect(record.learned).toHaveLength(2 * ADAPT_MIN_REVIEWS + ADAPT_MIN_REVIEWS / 10);
    const learner = await loadStarLearner(db, BIZ);
    const before = learner.logit(STARLESS, 'en')!;
    db.close();

    const reopened = await openSentinelDb(dbName);
    const reloaded = await loadStarLearner(reopened, BIZ);
    expect(reloaded.logit(STARLESS, 'en')).toBe(before);
    // What the owner sees: a star-less review about the zorblat reads as a complaint only with this business's learner.
    const plain = analyzeReview({ text: STARLESS, langHint: 'en' });
    const adapted = analyzeReview({ text: STARLESS, langHint: 'en' }, reloaded);
    expect(plain.label).not.toBe('negative');
    expect(adapted.label).toBe('negative');
    expect(adapted.score).toBeLessThan(plain.score);
    reopened.close();
  });

  it('reads 3★ and star-less reviews with what it learned, and leaves 1–2★ and 4–5★ reviews and their contradiction flag to the shipped model', async () => {
    const db = await openSentinelDb(name());
    await storeHistory(db, history(ADAPT_MIN_REVIEWS));
    const learner = await loadStarLearner(db, BIZ);
    const threeStar = analyzeReview({ text: STARLESS, rating: 3, langHint: 'en' }, learner);
    expect(threeStar.score).toBeLessThan(analyzeReview({ text: STARLESS, rating: 3, langHint: 'en' }).score);
    expect(threeStar.contradiction).toBe(false);
    for (const rating of [1, 2, 4, 5])
      expect(analyzeReview({ text: STARLESS, rating, langHint: 'en' }, learner)).toEqual(analyzeReview({ text: STARLESS, rating, langHint: 'en' }));
    db.close();
  });

  it('learns each review once: a visit that shows the same reviews changes nothing, new ones are added', async () => {
    const db = await openSentinelDb(name());
    const reviews = history(40);
    await storeHistory(db, reviews);
    const first = (await db.get('starLearning', BIZ))!;
    await storeHistory(db, reviews, 'visit-2', NOW + DAY);
    expect(await db.get('starLearning', BIZ)).toEqual(first);
    await storeHistory(db, [...reviews.slice(0, 5), ...history(3, 500)], 'visit-3', NOW + 2 * DAY);
    const third = (await db.get('starLearning', BIZ))!;
    expect(third.state.languages.en!.count).toBe(first.state.languages.en!.count + 6);
    expect(third.updatedAt).toBe(NOW + 2 * DAY);
    db.close();
  });

  it('is deleted with its business and by "Delete all data"', async () => {
    const db = await openSentinelDb(name());
    await storeHistory(db, history(10));
    expect(await db.count('starLearning')).toBe(1);
    await deleteBusinesses(db, [BIZ]);
    expect(await db.count('starLearning')).toBe(0);
    await storeHistory(db, history(10));
    await clearAll(db);
    expect(await db.count('starLearning')).toBe(0);
    db.close();
  });

  it('is rebuilt after an import from every stored review: an imported history teaches the same learner', async () => {
    const source = await openSentinelDb(name());
    await storeHistory(source, history(ADAPT_MIN_REVIEWS / 2 + 5));
    const expected = (await loadStarLearner(source, BIZ)).logit(STARLESS, 'en');
    const text = (await exportJson(source, { now: NOW, version: '0.1.0' })).parts.join('');
    source.close();

    const target = await openSentinelDb(name());
    const result = await importFile(target, { size: text.length, text: () => Promise.resolve(text) }, NOW);
    expect(result.ok).toBe(true);
    expect((await target.get('starLearning', BIZ))!.state.languages.en!.count).toBe(ADAPT_MIN_REVIEWS + 10);
    // Learned from the same reviews in the same order: the same adjustment, never sent anywhere but rebuilt here.
    expect((await loadStarLearner(target, BIZ)).logit(STARLESS, 'en')).toBeCloseTo(expected!, 5);
    target.close();
  });
});
