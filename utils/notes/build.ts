/**
 * The note shown on a review card on the site, built by the background from the stored review
 * and worded in the owner's language, so the content script only has strings to show. Pure.
 */
import type { Translator } from '../i18n';
import type { ReviewNote } from '../messages';
import type { ReviewRecord } from '../store/schema';
import { RECENT_DAYS } from '../reputation/windows';
import { wholeDaysBetween } from '../time';

/** What a positive review gets: a quiet mark (its tone, small and grey) or no note at all (a setting). */
export type PositiveNotes = 'quiet' | 'none';

/**
 * The tone the note shows agrees with the rest of the extension: negative exactly when the alert
 * rule counts the review negative; a negative text the rule does not count (a 4★ with a
 * complaint) reads as mixed.
 */
export function noteTone(review: Pick<ReviewRecord, 'negative' | 'analysis'>): ReviewNote['tone'] {
  if (review.negative === 1) return 'negative';
  return review.analysis.label === 'negative' ? 'neutral' : review.analysis.label;
}

/**
 * The words of the note. An unanswered negative says for how long ("No reply for 9 days") while
 * it counts as unanswered (the score's and the risk's window, 90 days); an older one only says
 * "No reply": a count of 400 days tells the owner nothing more. A positive review gets a quiet
 * mark (its tone only) or, when the owner chose so, no note (undefined).
 */
export function buildNote(
  review: ReviewRecord,
  t: Translator,
  now: number,
  unansweredAfterDays: number,
  positive: PositiveNotes = 'quiet',
): ReviewNote | undefined {
  const tone = noteTone(review);
  if (tone === 'positive') {
    if (positive === 'none') return undefined;
    return { siteReviewId: review.siteReviewId, tone, sentiment: t.t('note.positive'), themes: [], hideLabel: t.t('note.hide'), quiet: true };
  }
  const note: ReviewNote = {
    siteReviewId: review.siteReviewId,
    tone,
    sentiment: t.t(`note.${tone}`),
    // Complaints first, then praise; "−" and "+" read the same in every language.
    themes: [...review.analysis.themes]
      .filter((hit) => hit.polarity !== 0)
      .sort((a, b) => a.polarity - b.polarity)
      .map((hit) => `${hit.polarity < 0 ? '−' : '+'} ${t.t(`theme.${hit.theme}`)}`),
    hideLabel: t.t('note.hide'),
  };
  const days = wholeDaysBetween(review.at, now);
  if (review.negative === 1 && !review.reply && days >= unansweredAfterDays)
    note.unanswered = days > RECENT_DAYS ? t.t('note.noReply') : t.t('note.unanswered', { n: days });
  return note;
}
