import { describe, expect, it } from 'vitest';
import { ingestCapture } from '@/utils/store/ingest';
import { countUnread, getBusiness, setBusinessRole } from '@/utils/store/queries';
import type { LayoutHealth } from '@/utils/sites/types';
import { freshDb } from '../../support/db';
import { DAY, ingestInput, review } from '../../support/factories';

const NOW = Date.UTC(2026, 10, 20, 12);

function blind(status: LayoutHealth['status']): LayoutHealth {
  return { looksLikeReviewPage: true, cardsFound: 0, cardsRead: 0, selectors: {}, status };
}

const OLD_NEGATIVES = [
  review('a1', { rating: 1, text: 'Rude staff and cold food, never again.', publishedAt: NOW - 200 * DAY, datePrecision: 'day' }),
  review('a2', { rating: 2, text: 'Dirty tables and a long wait.', publishedAt: NOW - 300 * DAY, datePrecision: 'day' }),
];

describe('visits that could not read the reviews', () => {
  it('are recorded on a business already followed: its latest visit was blind', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput(OLD_NEGATIVES, { visitId: 'v1', now: NOW - 5 * DAY }));
    await ingestCapture(db, ingestInput([], { visitId: 'v2', now: NOW, health: blind('blocked') }));
    const stored = (await getBusiness(db, 'yelp:biz-1'))!;
    expect(stored.health?.status).toBe('blocked');
    expect(stored.lastCheckedAt).toBe(NOW);
  });

  it('a signed-out or closed-reviews page of a business never followed stores nothing', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput([], { site: 'google-maps', visitId: 'v1', now: NOW, health: blind('limited-view') }));
    await ingestCapture(db, ingestInput([], { site: 'google-maps', visitId: 'v2', now: NOW, health: blind('reviews-not-open') }));
    expect(await getBusiness(db, 'google-maps:biz-1')).toBeUndefined();
  });

  it('a business first seen on a redesigned page keeps its baseline for the first visit that reads the reviews: no flood of old alerts', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput([], { visitId: 'v1', now: NOW - 2 * DAY, health: blind('layout-changed') }));
    await setBusinessRole(db, 'yelp:biz-1', 'mine');
    expect((await getBusiness(db, 'yelp:biz-1'))!.baselinePending).toBe(1);
    const first = await ingestCapture(db, ingestInput(OLD_NEGATIVES, { visitId: 'v2', now: NOW }));
    expect(first.baseline).toBe(true);
    expect(first.alert).toBeUndefined();
    expect(await countUnread(db)).toBe(0);
    const after = (await getBusiness(db, 'yelp:biz-1'))!;
    expect(after.baselinePending).toBeUndefined();
    expect(after.baselineVisitId).toBe('v2');
    // After that baseline, a new negative alerts as usual.
    const next = await ingestCapture(
      db,
      ingestInput([review('n1', { rating: 1, text: 'Food poisoning after the fish, awful.', publishedAt: NOW + DAY, datePrecision: 'day' })], {
        visitId: 'v3',
        now: NOW + DAY,
      }),
    );
    expect(next.alert?.reviewKeys).toEqual(['yelp:n1']);
  });

  it('a visit that read the reviews and then showed the overview stays read', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput(OLD_NEGATIVES, { site: 'google-maps', visitId: 'v1', now: NOW - DAY }));
    await ingestCapture(db, ingestInput(OLD_NEGATIVES, { site: 'google-maps', visitId: 'v2', now: NOW }));
    await ingestCapture(db, ingestInput([], { site: 'google-maps', visitId: 'v2', now: NOW + 60_000, health: blind('reviews-not-open') }));
    expect((await getBusiness(db, 'google-maps:biz-1'))!.health?.status).toBe('ok');
    await ingestCapture(db, ingestInput([], { site: 'google-maps', visitId: 'v3', now: NOW + DAY, health: blind('reviews-not-open') }));
    expect((await getBusiness(db, 'google-maps:biz-1'))!.health?.status).toBe('reviews-not-open');
  });
});
