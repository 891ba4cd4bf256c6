import { describe, expect, it } from 'vitest';
import { confidenceOf, trendSite } from '@/utils/reputation/confidence';
import { ratingChange } from '@/utils/reputation/rating-change';
import { computeRisk } from '@/utils/reputation/risk';
import { computeScore, scoreInputFromReviews } from '@/utils/reputation/score';
import { ingestCapture } from '@/utils/store/ingest';
import { loadBusinessSummary } from '@/utils/store/read-models';
import { freshDb } from '../../support/db';
import { business, DAY, ingestInput, review } from '../../support/factories';

const NOW = Date.UTC(2026, 10, 20, 12);
const yelp = { key: 'yelp:a', site: 'yelp' as const };

describe('what a score stands on', () => {
  it('counts the reviews read, the cards on the page at the last visit and the sites’ own figures', () => {
    const c = confidenceOf(
      [
        { ...yelp, firstSeenAt: NOW - 20 * DAY, rating: 4.2, reviewCount: 1284, health: { cardsRead: 8 } },
        { key: 'booking:b', site: 'booking', firstSeenAt: NOW - 3 * DAY, rating: 4.3, reviewCount: 90, siteScore: 8.6, scale: 10, health: { cardsRead: 10 } },
      ],
      [],
      128,
      NOW,
    );
    expect(c).toEqual({
      read: 128,
      lastVisitRead: 18,
      provisional: false,
      historyDays: 20,
      trends: true,
      sites: [
        { key: 'yelp:a', site: 'yelp', rating: 4.2, reviewCount: 1284, lastRead: 8 },
        { key: 'booking:b', site: 'booking', rating: 4.3, reviewCount: 90, siteScore: 8.6, scale: 10, lastRead: 10 },
      ],
    });
  });

  it('is provisional below ten reviews read, and has no trend before 14 days of history', () => {
    const at = (days: number, read: number) => confidenceOf([{ ...yelp, firstSeenAt: NOW - days * DAY }], [], read, NOW);
    expect([at(0, 9).provisional, at(0, 10).provisional]).toEqual([true, false]);
    expect([at(13, 50).trends, at(14, 50).trends]).toEqual([false, true]);
    // A snapshot older than the business record (imported history) counts as history.
    expect(confidenceOf([{ ...yelp, firstSeenAt: NOW }], [{ capturedAt: NOW - 30 * DAY }], 50, NOW).historyDays).toBe(30);
  });

  it('lets one site speak for a group’s rating trend whichever site leads the view', () => {
    const a = { key: 'yelp:a', reviewCount: 486 };
    const b = { key: 'google-maps:b', reviewCount: 1210 };
    expect(trendSite([a, b])).toBe(b);
    expect(trendSite([b, a])).toBe(b);
    expect(
      trendSite([
        { key: 'z', reviewCount: 5 },
        { key: 'y', reviewCount: 5 },
      ]).key,
    ).toBe('y');
  });
});

describe('the rating change', () => {
  it('is no trend until the two visits compared are 14 days apart', () => {
    const two = (days: number) => [
      { capturedAt: NOW - days * DAY, rating: 4.5 },
      { capturedAt: NOW, rating: 4.1 },
    ];
    expect(ratingChange(two(1), NOW)).toBeUndefined();
    expect(ratingChange(two(13), NOW)).toBeUndefined();
    expect(ratingChange(two(14), NOW)).toEqual({ from: 4.5, to: 4.1, days: 14 });
    expect(ratingChange(two(35), NOW)).toEqual({ from: 4.5, to: 4.1, days: 35 });
  });

  it('gives the score’s trend points and the risk’s “rating fell” the same window', () => {
    const snapshots = [
      { capturedAt: NOW - 35 * DAY, rating: 4.5 },
      { capturedAt: NOW, rating: 4.1 },
    ];
    const reviews = [{ at: NOW - DAY, rating: 5, negative: false, replied: false }];
    const score = computeScore(scoreInputFromReviews(reviews, { snapshots, now: NOW }));
    const risk = computeRisk({ recent: [], buckets: [], snapshots, now: NOW });
    const trend = score.reasons.find((r) => r.code === 'trend')!;
    const fell = risk.signals.find((s) => s.code === 'rating-falling')!;
    expect(trend.figures).toEqual({ drop: 0.4, days: 35 });
    expect(fell).toMatchObject({ from: 4.5, to: 4.1, days: 35 });
    // A first visit and a second one the next day: no points lost and no warning for "a fall".
    const early = [
      { capturedAt: NOW - DAY, rating: 4.5 },
      { capturedAt: NOW, rating: 4.1 },
    ];
    expect(computeScore(scoreInputFromReviews(reviews, { snapshots: early, now: NOW })).reasons.map((r) => r.code)).not.toContain('trend');
    expect(computeRisk({ recent: [], buckets: [], snapshots: early, now: NOW }).signals).toEqual([]);
  });

  it('counts unanswered negatives after the owner’s setting in the score as in the risk', () => {
    const reviews = [{ at: NOW - 4 * DAY, rating: 1, negative: true, replied: false }];
    const score = computeScore(scoreInputFromReviews(reviews, { snapshots: [], now: NOW, unansweredAfterDays: 5 }));
    expect(score.reasons.map((r) => r.code)).not.toContain('unanswered');
    const later = computeScore(scoreInputFromReviews(reviews, { snapshots: [], now: NOW, unansweredAfterDays: 3 }));
    expect(later.reasons.find((r) => r.code === 'unanswered')?.figures).toEqual({ count: 1, days: 3 });
  });
});

describe('a first visit', () => {
  it('is provisional from eight reviews and shows no arrow, though the reviews go back months', async () => {
    const db = await freshDb();
    const old = (id: string, days: number, rating: number) =>
      review(id, { rating, text: rating <= 2 ? 'Rude staff and cold food.' : 'Lovely dinner.', publishedAt: NOW - days * DAY, datePrecision: 'day' });
    const reviews = [old('a', 2, 1), old('b', 5, 2), old('c', 40, 5), old('d', 60, 5), old('e', 90, 4), old('f', 120, 5), old('g', 200, 5), old('h', 300, 5)];
    await ingestCapture(db, ingestInput(reviews, { now: NOW, business: business({ rating: 4.2, reviewCount: 1284 }) }));
    const summary = (await loadBusinessSummary(db, 'yelp:biz-1', NOW))!;
    expect(summary.confidence).toMatchObject({ read: 8, provisional: true, trends: false, historyDays: 0 });
    expect(summary.previousScore).toBeUndefined();
    // Two weeks later the arrow may show.
    await ingestCapture(db, ingestInput([], { visitId: 'v2', now: NOW + 14 * DAY, business: business({ rating: 4.2, reviewCount: 1290 }) }));
    const later = (await loadBusinessSummary(db, 'yelp:biz-1', NOW + 14 * DAY))!;
    expect(later.confidence.trends).toBe(true);
    expect(later.previousScore).toEqual(expect.any(Number));
  });
});
