/**
 * The time windows of every signal, defined once: the score, the risk level, the comparison and
 * the texts that name a window all read them from here, so one view never says "30 days" for a
 * signal in one place and "35 days" in another.
 */

/** Negative velocity ("in the last 7 days") and the risk's burst of negatives. */
export const WEEK_DAYS = 7;
/** The month of negative velocity, the comparison's "last 30 days" and the fewer-reviews pace. */
export const MONTH_DAYS = 30;
/** How far back the score's arrow and the site rating's change look. */
export const TREND_DAYS = 30;
/** Reviews this recent count for velocity, unanswered negatives and the risk level. */
export const RECENT_DAYS = 90;
/** No trend (score arrow, "rating fell", trend points) before the business has this much history. */
export const TREND_MIN_HISTORY_DAYS = 14;
/** A score from fewer reviews read than this is provisional. */
export const PROVISIONAL_BELOW = 10;
