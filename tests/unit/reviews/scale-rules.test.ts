/**
 * The 10-point rule (Booking.com) on real analyses: what the guest disliked, read on its own,
 * decides a lukewarm score; a low score is negative whatever the words; a high one never is.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { DISLIKED_PROBLEM_AT_MOST, isPositiveOnTenPoints } from '@/utils/reviews/scale-rules';
import { isNegativeReview, isPositiveReview } from '@/utils/reviews/rules';
import { tenPointToStars } from '@/utils/sites/scales';

function booking(score: number, liked: string, disliked: string, lang = 'en') {
  const text = [liked, disliked].filter(Boolean).join('\n\n');
  const analysis = analyzeReview({ text, rating: tenPointToStars(score), langHint: lang, disliked: disliked || undefined });
  const site = { siteScore: score, scale: 10 };
  return {
    analysis,
    negative: isNegativeReview(tenPointToStars(score), analysis, site),
    positive: isPositiveReview(tenPointToStars(score), analysis.label === 'positive', { ...site, analysis }),
  };
}

const BROKEN_AC = 'The air conditioning was broken for two nights and nobody came to fix it despite three requests. The room was very hot and we barely slept.';

describe('negative and positive on ten points', () => {
  it('a 7.5 whose disliked part describes a real problem is negative, not positive', () => {
    const review = booking(7.5, 'Great location, friendly staff, lovely breakfast, wonderful views.', BROKEN_AC);
    // However the whole text reads, the disliked part alone describes the problem.
    expect(review.analysis.disliked!.score).toBeLessThanOrEqual(DISLIKED_PROBLEM_AT_MOST);
    expect(review).toMatchObject({ negative: true, positive: false });
    // On the 1–5 rule alone, the same review (4★) would have been positive and not negative.
    expect(tenPointToStars(7.5)).toBe(4);
    expect(isNegativeReview(4, review.analysis)).toBe(false);
  });

  it('a 7.5 with nothing to dislike is neither negative nor positive', () => {
    expect(booking(7.5, 'Good location and a clean room.', '')).toMatchObject({ negative: false, positive: false });
    expect(booking(7, 'Уютный номер.', 'Ничего.', 'ru')).toMatchObject({ negative: false, positive: false });
  });

  it('a mild remark in the disliked part is not a problem', () => {
    expect(booking(9, 'Spotless room, a very comfortable bed.', 'The lift is tiny, but that is Paris.')).toMatchObject({ negative: false, positive: true });
  });

  it('5 or less is negative whatever the words', () => {
    expect(booking(5, 'Friendly staff, great location.', '').negative).toBe(true);
    expect(booking(3, '', 'В номере было грязно, персонал грубил.', 'ru').negative).toBe(true);
  });

  it('8 or more is never negative, and positive unless the disliked part is a problem', () => {
    expect(booking(8, 'Nice.', BROKEN_AC)).toMatchObject({ negative: false, positive: false });
    expect(booking(10, 'Sehr freundliches Personal, super Lage.', '', 'de')).toMatchObject({ negative: false, positive: true });
    expect(isPositiveOnTenPoints(7.9, { label: 'positive' })).toBe(false);
  });

  it('leaves five-star sites to the 1–5 rule', () => {
    const analysis = analyzeReview({ text: 'Lovely place.', rating: 4 });
    expect(isNegativeReview(4, analysis, { siteScore: undefined, scale: undefined })).toBe(false);
    expect(isNegativeReview(2, analysis)).toBe(true);
  });
});
