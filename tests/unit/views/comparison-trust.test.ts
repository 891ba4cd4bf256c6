/** Issue 12, point 1: a competitor's row (or the owner's) is never green while one of its sites is stale or blind. */
import { beforeEach, describe, expect, it } from 'vitest';
import { summarize } from '@/utils/reputation/summary';
import type { SentinelDatabase } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { getBusiness } from '@/utils/store/queries';
import { loadSummaryParts } from '@/utils/store/read-models';
import { comparisonRow } from '@/utils/views/popup-model';
import { freshDb } from '../../support/db';
import { DAY, ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const KEY = 'yelp:biz-1';

describe('a comparison row follows its sites’ state', () => {
  let db: SentinelDatabase;
  beforeEach(async () => {
    db = await freshDb();
    // Twelve glowing reviews: a green place while its page is read.
    const praise = Array.from({ length: 12 }, (_, i) =>
      review(`p${i}`, { author: `Guest ${i}`, rating: 5, text: 'Wonderful food and lovely staff.', publishedAt: T0 - (i + 1) * DAY }),
    );
    await ingestCapture(db, ingestInput(praise, { now: T0 }));
  });

  const rowAt = async (now: number, staleAfterDays = 7) => {
    const business = (await getBusiness(db, KEY))!;
    return comparisonRow(summarize(await loadSummaryParts(db, [business], now), now, { staleAfterDays }));
  };

  it('is green when its only site was checked today', async () => {
    expect((await rowAt(T0 + 60_000)).band).toBe('green');
  });

  it('is not green once its site is stale, with the score kept', async () => {
    const row = await rowAt(T0 + 9 * DAY);
    expect(row.band).toBe('partial');
    expect(row.score).toBe((await rowAt(T0 + 60_000)).score);
  });

  it('has no band when its only site could not be read at the last visit', async () => {
    await ingestCapture(db, {
      ...ingestInput([], { visitId: 'visit-2', now: T0 + DAY }),
      health: { looksLikeReviewPage: true, cardsFound: 0, cardsRead: 0, selectors: {}, status: 'layout-changed' },
    });
    expect((await rowAt(T0 + DAY + 60_000)).band).toBe('unknown');
  });
});
