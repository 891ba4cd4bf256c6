import { describe, expect, it } from 'vitest';
import { bucketsFromReviews } from '@/utils/reputation/buckets';
import { computeRisk, type RiskReview } from '@/utils/reputation/risk';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

let seq = 0;
function r(daysAgo: number, rating: number | undefined, extra: Partial<RiskReview> = {}): RiskReview {
  return {
    key: `k${seq++}`,
    at: NOW - daysAgo * DAY,
    rating,
    negative: rating !== undefined && rating <= 2,
    positiveText: false,
    replied: false,
    themes: [],
    ...extra,
  };
}

const happy = (n: number, from = 1): RiskReview[] => Array.from({ length: n }, (_, i) => r(from + i * 3, 5, { replied: true }));

function risk(recent: RiskReview[], extra: Partial<Parameters<typeof computeRisk>[0]> = {}) {
  return computeRisk({ recent, buckets: bucketsFromReviews(recent), snapshots: [], now: NOW, lastCheckedAt: NOW, ...extra });
}

describe('risk signals', () => {
  it('is low for a steady stream of happy, answered reviews', () => {
    expect(risk(happy(12))).toEqual({ level: 'low', signals: [] });
  });

  it('sees a burst of negatives: 3 in 7 days is high, with the reviews behind it', () => {
    const bad = [r(1, 1, { replied: true }), r(2, 2, { replied: true }), r(5, 1, { replied: true })];
    const result = risk([...bad, ...happy(10, 10)]);
    const burst = result.signals.find((s) => s.code === 'burst');
    expect(burst).toMatchObject({ severity: 'high', count: 3, days: 7, reviewKeys: bad.map((b) => b.key) });
    expect(result.level).toBe('high');
  });

  it('sees negatives left unanswered for more than N days', () => {
    const old = r(10, 1);
    const fresh = r(1, 1);
    const result = risk([old, fresh, ...happy(10, 12)], { unansweredAfterDays: 3 });
    expect(result.signals.find((s) => s.code === 'unanswered')).toMatchObject({ count: 1, days: 3, reviewKeys: [old.key], severity: 'elevated' });
  });

  it('sees a theme recurring in recent negatives ("waiting time in 4 of the last 10")', () => {
    const waiting = [0, 1, 2, 3].map((i) => r(10 + i * 5, 2, { replied: true, themes: [{ theme: 'waiting', polarity: -1 }] }));
    const other = [0, 1, 2, 3, 4, 5].map((i) =>
      r(40 + i * 5, 2, {
        replied: true,
        themes: [
          { theme: 'price', polarity: -1 },
          { theme: 'waiting', polarity: 1 },
        ],
      }),
    );
    const signal = risk([...waiting, ...other]).signals.find((s) => s.code === 'recurring-theme');
    expect(signal).toMatchObject({ theme: 'price', count: 6, of: 10, severity: 'high' });
    const fewer = risk([...waiting, ...other.slice(0, 2)]).signals.find((s) => s.code === 'recurring-theme');
    expect(fewer).toMatchObject({ theme: 'waiting', count: 4, of: 6, severity: 'elevated' });
  });

  it('sees the displayed rating falling between visits', () => {
    const snapshots = [
      { capturedAt: NOW - 45 * DAY, rating: 4.6 },
      { capturedAt: NOW - 10 * DAY, rating: 4.4 },
      { capturedAt: NOW, rating: 4.2 },
    ];
    expect(risk(happy(8), { snapshots }).signals.find((s) => s.code === 'rating-falling')).toMatchObject({ from: 4.6, to: 4.2, severity: 'high' });
    const small = [
      { capturedAt: NOW - 40 * DAY, rating: 4.5 },
      { capturedAt: NOW, rating: 4.4 },
    ];
    expect(risk(happy(8), { snapshots: small }).signals.find((s) => s.code === 'rating-falling')).toMatchObject({ severity: 'elevated' });
    expect(
      risk(happy(8), {
        snapshots: [
          { capturedAt: NOW - 40 * DAY, rating: 4.4 },
          { capturedAt: NOW, rating: 4.5 },
        ],
      }).signals,
    ).toEqual([]);
  });

  it('sees fewer new reviews than usual, from the site’s own count between visits', () => {
    const snapshots = [
      { capturedAt: NOW - 150 * DAY, rating: 4.5, reviewCount: 300 },
      { capturedAt: NOW - 30 * DAY, rating: 4.5, reviewCount: 420 },
      { capturedAt: NOW, rating: 4.5, reviewCount: 425 },
    ];
    expect(risk(happy(8), { snapshots }).signals.find((s) => s.code === 'fewer-reviews')).toMatchObject({ usual: 30, recent: 5 });
  });

  it('sees fewer reviews from captured dates only when the page was checked this week', () => {
    const usual = Array.from({ length: 36 }, (_, i) => r(35 + i * 5, 5, { replied: true }));
    const recent = [r(3, 5, { replied: true })];
    expect(risk([...recent, ...usual]).signals.find((s) => s.code === 'fewer-reviews')).toBeDefined();
    expect(risk([...recent, ...usual], { lastCheckedAt: NOW - 20 * DAY }).signals.find((s) => s.code === 'fewer-reviews')).toBeUndefined();
  });

  it('sees quality that swings', () => {
    const swings = [5, 1, 5, 1, 5, 1, 5, 2].map((rating, i) => r(i * 2 + 1, rating, { replied: true }));
    expect(risk(swings).signals.find((s) => s.code === 'swinging-quality')).toMatchObject({ of: 8, deviation: 1.9 });
  });

  it('is critical when fewer than one review in four is positive', () => {
    const mostlyBad = [...Array.from({ length: 8 }, (_, i) => r(i * 4 + 1, 2, { replied: true })), r(40, 5), r(45, 3)];
    const result = risk(mostlyBad);
    expect(result.level).toBe('critical');
    expect(result.signals[0]).toMatchObject({ code: 'few-positive', positive: 1, of: 10, share: 0.1 });
  });

  it('counts star-less reviews by their text', () => {
    const textOnly = Array.from({ length: 10 }, (_, i) => r(i * 3 + 1, undefined, { positiveText: i < 5 }));
    expect(risk(textOnly).signals.find((s) => s.code === 'few-positive')).toBeUndefined();
  });
});
