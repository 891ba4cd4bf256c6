import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { hasPositiveText, isNegativeReview, isNews, isPositiveReview, meetsSeverity, reviewDate, severityOf } from '@/utils/reviews/rules';
import { DAY } from '@/utils/time';

const neg = { label: 'negative' as const, score: -0.6 };
const mildNeg = { label: 'negative' as const, score: -0.15 };
const pos = { label: 'positive' as const, score: 0.7 };
const none = { label: 'none' as const, score: 0 };

describe('the negative-review rule', () => {
  it('counts 1 and 2 stars as negative whatever the text says', () => {
    expect(isNegativeReview(1, pos)).toBe(true);
    expect(isNegativeReview(2, none)).toBe(true);
  });
  it('counts 3 stars only with clearly negative text: a lukewarm 3★ is no complaint to alert about', () => {
    expect(isNegativeReview(3, neg)).toBe(true);
    expect(isNegativeReview(3.5, neg)).toBe(true);
    expect(isNegativeReview(3, { label: 'negative', score: -0.25 })).toBe(true);
    expect(isNegativeReview(3, mildNeg)).toBe(false);
    expect(isNegativeReview(3, pos)).toBe(false);
    expect(isNegativeReview(3, none)).toBe(false);
  });
  it('never counts 4 and 5 stars', () => {
    expect(isNegativeReview(4, neg)).toBe(false);
    expect(isNegativeReview(5, neg)).toBe(false);
  });
  it('counts star-less reviews only when the text is clearly negative', () => {
    expect(isNegativeReview(undefined, neg)).toBe(true);
    expect(isNegativeReview(undefined, mildNeg)).toBe(false);
    expect(isNegativeReview(undefined, none)).toBe(false);
  });
});

describe('the positive-review rule', () => {
  it('goes by the stars when there are stars: 4 and 5 are positive, 3 is not, whatever the text', () => {
    expect(isPositiveReview(4, false)).toBe(true);
    expect(isPositiveReview(4.5, false)).toBe(true);
    expect(isPositiveReview(3, hasPositiveText(pos))).toBe(false);
    expect(isPositiveReview(1, hasPositiveText(pos))).toBe(false);
  });
  it('goes by the text without stars', () => {
    const praise = analyzeReview({ text: 'Wonderful staff and the best pastries in town!', langHint: 'en' });
    const complaint = analyzeReview({ text: 'Cold food and a rude waiter.', langHint: 'en' });
    expect(isPositiveReview(undefined, hasPositiveText(praise))).toBe(true);
    expect(isPositiveReview(undefined, hasPositiveText(complaint))).toBe(false);
    expect(isPositiveReview(undefined, hasPositiveText(none))).toBe(false);
  });
  it('never calls a review both positive and negative', () => {
    const label = fc.constantFrom('negative' as const, 'neutral' as const, 'positive' as const, 'none' as const);
    const stars = fc.option(
      fc.integer({ min: 2, max: 10 }).map((n) => n / 2),
      { nil: undefined },
    );
    fc.assert(
      fc.property(stars, label, fc.double({ min: -1, max: 1, noNaN: true }), (rating, l, score) => {
        const analysis = { label: l, score };
        expect(isPositiveReview(rating, hasPositiveText(analysis)) && isNegativeReview(rating, analysis)).toBe(false);
      }),
    );
  });
});

describe("a review's date", () => {
  it('is the publication date when known, else when it was first seen', () => {
    const seen = Date.UTC(2026, 10, 20, 12);
    expect(reviewDate({ publishedAt: seen - 3 * DAY, firstSeenAt: seen })).toBe(seen - 3 * DAY);
    expect(reviewDate({ firstSeenAt: seen })).toBe(seen);
    expect(reviewDate({ publishedAt: undefined, firstSeenAt: seen })).toBe(seen);
  });
});

describe('severity', () => {
  it('ranks 1★ critical, 2★ high, others medium', () => {
    expect(severityOf(1)).toBe('critical');
    expect(severityOf(1.5)).toBe('critical');
    expect(severityOf(2)).toBe('high');
    expect(severityOf(3)).toBe('medium');
    expect(severityOf(undefined)).toBe('medium');
    expect(meetsSeverity('high', 'medium')).toBe(true);
    expect(meetsSeverity('critical', 'critical')).toBe(true);
    expect(meetsSeverity('medium', 'high')).toBe(false);
  });
});

describe('news', () => {
  const baseline = Date.UTC(2026, 10, 1);
  it('treats undated and recent reviews as news and old ones as history', () => {
    expect(isNews(undefined, undefined, baseline)).toBe(true);
    expect(isNews(baseline + DAY, 'day', baseline)).toBe(true);
    expect(isNews(baseline - 10 * DAY, 'day', baseline)).toBe(true);
    expect(isNews(baseline - 60 * DAY, 'day', baseline)).toBe(false);
    // "a month ago" could be two weeks ago: still news.
    expect(isNews(baseline - 30 * DAY, 'month', baseline)).toBe(true);
    expect(isNews(baseline - 60 * DAY, 'month', baseline)).toBe(false);
  });
});
