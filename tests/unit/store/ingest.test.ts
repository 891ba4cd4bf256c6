import { beforeEach, describe, expect, it } from 'vitest';
import type { SentinelDatabase } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { countUnread, getBusiness, markAlertShown, markRead, reviewsOfBusiness, setBusinessRole, snapshotsOfBusiness } from '@/utils/store/queries';
import { freshDb } from '../../support/db';
import { business, DAY, ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const KEY = 'yelp:biz-1';

describe('ingestCapture', () => {
  let db: SentinelDatabase;
  beforeEach(async () => {
    db = await freshDb();
  });

  it('stores the first capture as a silent baseline', async () => {
    const result = await ingestCapture(db, ingestInput([review('a'), review('b', { rating: 1, text: 'Awful. Cold food, rude staff.' })]));
    expect(result).toMatchObject({ businessKey: KEY, baseline: true, added: 2, updated: 0 });
    expect(result.alert).toBeUndefined();
    const stored = await reviewsOfBusiness(db, KEY);
    expect(stored.map((r) => [r.key, r.alertState, r.negative])).toEqual([
      ['yelp:a', 'baseline', 0],
      ['yelp:b', 'baseline', 1],
    ]);
    expect(await countUnread(db)).toBe(0);
    const biz = await getBusiness(db, KEY);
    expect(biz).toMatchObject({ name: 'Cafe Uno', rating: 4.4, reviewCount: 120, baselineVisitId: 'visit-1', lastCheckedAt: T0 });
  });

  it('keeps reviews loaded later in the same first visit silent too', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    const later = await ingestCapture(db, ingestInput([review('old-bad', { rating: 1, text: 'Terrible.' })], { now: T0 + 5_000 }));
    expect(later.baseline).toBe(true);
    expect(later.alert).toBeUndefined();
  });

  it('keeps a second tab opened at the same time on a new business silent too', async () => {
    // Both tabs began loading before the first capture was stored.
    await ingestCapture(db, ingestInput([review('a')], { visitId: 'tab-1', visitStartedAt: T0 - 2_000, now: T0 }));
    const other = await ingestCapture(
      db,
      ingestInput([review('a'), review('bad', { rating: 1, text: 'Rude and slow.', publishedAt: T0 - 30 * DAY, datePrecision: 'day' })], {
        visitId: 'tab-2',
        visitStartedAt: T0 - 1_500,
        now: T0 + 300,
      }),
    );
    expect(other).toMatchObject({ baseline: true, added: 1 });
    expect(other.alert).toBeUndefined();
    // A visit begun after the baseline is news again.
    const later = await ingestCapture(
      db,
      ingestInput([review('worse', { rating: 1, text: 'Awful.', publishedAt: T0, datePrecision: 'day' })], {
        visitId: 'tab-3',
        visitStartedAt: T0 + 60_000,
        now: T0 + 61_000,
      }),
    );
    expect(later.alert?.reviewKeys).toEqual(['yelp:worse']);
  });

  it('alerts once for a new negative review on a later visit, and counts it unread', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    const bad = review('new-bad', { rating: 1, text: 'Waited an hour. Never again.', publishedAt: T0 + DAY - 3_600_000, datePrecision: 'day' });
    const second = await ingestCapture(db, ingestInput([review('a'), bad], { visitId: 'visit-2', now: T0 + DAY }));
    expect(second.baseline).toBe(false);
    expect(second.alert).toMatchObject({ businessKey: KEY, reviewKeys: ['yelp:new-bad'], createdAt: T0 + DAY });
    expect(await countUnread(db)).toBe(1);
    const third = await ingestCapture(db, ingestInput([review('a'), bad], { visitId: 'visit-3', now: T0 + 2 * DAY }));
    expect(third.alert).toBeUndefined();
    expect(third.added).toBe(0);
    expect(await countUnread(db)).toBe(1);
  });

  it('groups several new negatives of one capture into one alert', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    const result = await ingestCapture(
      db,
      ingestInput([review('n1', { rating: 1, text: 'Bad.' }), review('n2', { rating: 2, text: 'Rude staff.' }), review('p1')], {
        visitId: 'v2',
        now: T0 + DAY,
      }),
    );
    expect(result.alert?.reviewKeys).toEqual(['yelp:n1', 'yelp:n2']);
    expect(result.alert?.url).toBe(business().url);
  });

  it('keeps one alert per visit: negatives that arrive later in the same visit join it', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    const first = await ingestCapture(
      db,
      ingestInput([review('n1', { rating: 1, text: 'Bad.', url: 'https://www.yelp.com/biz/cafe-uno?hrid=n1' })], { visitId: 'v2', now: T0 + DAY }),
    );
    expect(first.alert).toMatchObject({ reviewKeys: ['yelp:n1'], url: 'https://www.yelp.com/biz/cafe-uno?hrid=n1' });
    await markAlertShown(db, first.alert!.id, T0 + DAY);
    // The owner scrolls: two more negatives in the same visit.
    const later = await ingestCapture(
      db,
      ingestInput([review('n2', { rating: 2, text: 'Rude staff.' }), review('n3', { rating: 1, text: 'Dirty.' })], { visitId: 'v2', now: T0 + DAY + 5_000 }),
    );
    expect(later.alert).toMatchObject({ id: first.alert!.id, reviewKeys: ['yelp:n1', 'yelp:n2', 'yelp:n3'], url: business().url, createdAt: T0 + DAY });
    expect(await db.count('alerts')).toBe(1);
    // Not shown in its new form yet: a worker stopped now shows it at its next start.
    expect((await db.get('alerts', first.alert!.id))?.shownAt).toBeUndefined();
    // The next visit is news of its own.
    const next = await ingestCapture(db, ingestInput([review('n4', { rating: 1, text: 'Awful.' })], { visitId: 'v3', now: T0 + 2 * DAY }));
    expect(next.alert?.id).not.toBe(first.alert!.id);
    expect(next.alert?.reviewKeys).toEqual(['yelp:n4']);
  });

  it('does not alert for positive new reviews, or for old negatives found by scrolling', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    const oldBad = review('old', { rating: 1, text: 'Horrible.', publishedAt: T0 - 400 * DAY, datePrecision: 'day' });
    const result = await ingestCapture(db, ingestInput([review('p'), oldBad], { visitId: 'v2', now: T0 + DAY }));
    expect(result.added).toBe(2);
    expect(result.alert).toBeUndefined();
    const stored = await reviewsOfBusiness(db, KEY);
    expect(stored.find((r) => r.key === 'yelp:old')).toMatchObject({ negative: 1, alertState: 'quiet' });
  });

  it('re-capturing the same page changes nothing', async () => {
    const input = ingestInput([review('a'), review('b', { rating: 2, text: 'Meh, slow.' })]);
    await ingestCapture(db, input);
    const before = await reviewsOfBusiness(db, KEY);
    const again = await ingestCapture(db, { ...input, visitId: 'v2', now: T0 + 60_000 });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await reviewsOfBusiness(db, KEY)).toEqual(before);
  });

  it('keeps the previous version of an edited review, and alerts when the edit turns it negative', async () => {
    await ingestCapture(db, ingestInput([review('e', { rating: 4, text: 'Pretty good.' })]));
    const edited = review('e', { rating: 1, text: 'Update: got food poisoning. Avoid.' });
    const result = await ingestCapture(db, ingestInput([edited], { visitId: 'v2', now: T0 + DAY }));
    expect(result.updated).toBe(1);
    expect(result.alert?.reviewKeys).toEqual(['yelp:e']);
    const [stored] = await reviewsOfBusiness(db, KEY);
    expect(stored).toMatchObject({ rating: 1, text: 'Update: got food poisoning. Avoid.', negative: 1, alertState: 'alerted', unread: 1 });
    expect(stored!.history).toEqual([{ text: 'Pretty good.', rating: 4, title: undefined, changedAt: T0 + DAY }]);
  });

  it('completes a truncated text without calling it an edit, and never shortens a full text', async () => {
    await ingestCapture(db, ingestInput([review('t', { text: 'The pasta was great but the wait…', truncated: true })]));
    const full = review('t', { text: 'The pasta was great but the wait was long.', truncated: false });
    await ingestCapture(db, ingestInput([full], { visitId: 'v2', now: T0 + DAY }));
    let [stored] = await reviewsOfBusiness(db, KEY);
    expect(stored).toMatchObject({ text: 'The pasta was great but the wait was long.', truncated: false });
    expect(stored!.history).toBeUndefined();
    await ingestCapture(db, ingestInput([review('t', { text: 'The pasta was great…', truncated: true })], { visitId: 'v3', now: T0 + 2 * DAY }));
    [stored] = await reviewsOfBusiness(db, KEY);
    expect(stored!.text).toBe('The pasta was great but the wait was long.');
  });

  it('keeps the finer date when a relative date grows coarser', async () => {
    await ingestCapture(db, ingestInput([review('d', { dateText: '3 days ago', publishedAt: T0 - 3 * DAY, datePrecision: 'day' })]));
    await ingestCapture(
      db,
      ingestInput([review('d', { dateText: 'a month ago', publishedAt: T0 - 30 * DAY, datePrecision: 'month' })], { visitId: 'v2', now: T0 + 20 * DAY }),
    );
    const [stored] = await reviewsOfBusiness(db, KEY);
    expect(stored).toMatchObject({ publishedAt: T0 - 3 * DAY, datePrecision: 'day', dateText: '3 days ago' });
  });

  it('writes one header snapshot per visit', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    await ingestCapture(db, ingestInput([review('b')], { now: T0 + 1_000 }));
    await ingestCapture(db, ingestInput([], { visitId: 'v2', now: T0 + DAY, business: business({ rating: 4.3, reviewCount: 121 }) }));
    const snapshots = await snapshotsOfBusiness(db, KEY);
    expect(snapshots.map((s) => [s.visitId, s.rating, s.reviewCount])).toEqual([
      ['visit-1', 4.4, 120],
      ['v2', 4.3, 121],
    ]);
  });

  it('alerts only for businesses marked mine once the owner has marked one', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    await ingestCapture(db, ingestInput([review('x')], { business: business({ siteBusinessId: 'other' }) }));
    await setBusinessRole(db, 'yelp:other', 'mine');
    const bad = review('bad', { rating: 1, text: 'Dirty tables.' });
    const result = await ingestCapture(db, ingestInput([bad], { visitId: 'v2', now: T0 + DAY }));
    expect(result.alert).toBeUndefined();
    const competitorSettings = { alertCompetitors: true, minSeverity: 'medium' as const };
    await setBusinessRole(db, KEY, 'competitor');
    const bad2 = review('bad2', { rating: 1, text: 'Dirty floors.' });
    const competitor = await ingestCapture(db, ingestInput([bad2], { visitId: 'v3', now: T0 + DAY, alertSettings: competitorSettings }));
    expect(competitor.alert?.reviewKeys).toEqual(['yelp:bad2']);
  });

  it('respects the minimum severity', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    const result = await ingestCapture(
      db,
      ingestInput([review('two', { rating: 2, text: 'Slow.' }), review('one', { rating: 1, text: 'Rude.' })], {
        visitId: 'v2',
        now: T0 + DAY,
        alertSettings: { alertCompetitors: false, minSeverity: 'critical' },
      }),
    );
    expect(result.alert?.reviewKeys).toEqual(['yelp:one']);
  });

  it('marks unread negatives read per business', async () => {
    await ingestCapture(db, ingestInput([review('a')]));
    await ingestCapture(db, ingestInput([review('n1', { rating: 1, text: 'Bad.' })], { visitId: 'v2', now: T0 + DAY }));
    expect(await countUnread(db, KEY)).toBe(1);
    expect(await markRead(db, KEY)).toBe(1);
    expect(await countUnread(db)).toBe(0);
    const [stored] = (await reviewsOfBusiness(db, KEY)).filter((r) => r.key === 'yelp:n1');
    expect(stored).not.toHaveProperty('unread');
  });
});
