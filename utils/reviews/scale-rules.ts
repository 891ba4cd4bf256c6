/**
 * What counts as negative and positive on a 10-point site (Booking.com). Pure.
 *
 * On Booking a guest's 7 is lukewarm and a 5 is a complaint: property averages sit around 8, so
 * half the score ("3.5★") would make almost nothing negative. The rule, on the site's own score:
 * - 5 or less ("Disappointing" and below) is negative, whatever the words;
 * - above 5 and below 8 is negative when the review reads negative, or when what the guest
 *   disliked, read on its own, describes a problem — a broken air conditioner at 7.5 is a
 *   complaint, not praise;
 * - 8 or more is never negative; it is positive unless the disliked part describes a problem.
 * Scores between 5 and 8 are never positive.
 */
import type { ReviewAnalysis } from '../analysis/types';

export const TEN_POINT_NEGATIVE_AT_MOST = 5;
export const TEN_POINT_POSITIVE_FROM = 8;

/** The site's own score and scale, when it is not five stars. */
export interface SiteScore {
  siteScore?: number;
  scale?: number;
}

type Analysis = Pick<ReviewAnalysis, 'label' | 'disliked'>;

/**
 * The disliked part "describes a problem" when, read on its own, it is clearly negative (the
 * threshold of a clearly negative text without stars): "the air conditioning was broken" is,
 * "the lift is tiny, but that is Paris" and "nothing" are not.
 */
export const DISLIKED_PROBLEM_AT_MOST = -0.25;

/** The review is scored on ten points (Booking): the rules below apply instead of the 1–5 ones. */
export function onTenPoints(site: SiteScore | undefined): site is { siteScore: number; scale: 10 } {
  return site?.scale === 10 && typeof site.siteScore === 'number' && Number.isFinite(site.siteScore);
}

function dislikedProblem(analysis: Analysis): boolean {
  return analysis.disliked?.label === 'negative' && analysis.disliked.score <= DISLIKED_PROBLEM_AT_MOST;
}

export function isNegativeOnTenPoints(score: number, analysis: Analysis): boolean {
  if (score <= TEN_POINT_NEGATIVE_AT_MOST) return true;
  if (score >= TEN_POINT_POSITIVE_FROM) return false;
  return analysis.label === 'negative' || dislikedProblem(analysis);
}

export function isPositiveOnTenPoints(score: number, analysis: Analysis): boolean {
  return score >= TEN_POINT_POSITIVE_FROM && !dislikedProblem(analysis);
}
