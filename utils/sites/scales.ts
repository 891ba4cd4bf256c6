/**
 * Sites that score on ten points (Booking.com) keep their own score and scale; the shared
 * figures (score, risk, alerts, histograms) use a 1–5 value derived from it. Pure.
 *
 * The mapping is half the score, to the nearest half star, at least 1★: 10 → 5★, 9 → 4.5★,
 * 8 → 4★, 7 → 3.5★, 6 → 3★, 5 → 2.5★, 4 → 2★, 3 → 1.5★, 2 and 1 → 1★. An overall average
 * keeps one decimal (8.6 → 4.3★). Linear, so an average of derived values is the derived value
 * of the average, and the prior-smoothed star average behaves as on any other site.
 */

export const TEN_POINT_SCALE = 10;

/** A review's 10-point score as 1–5 stars in half steps; undefined outside 1–10. */
export function tenPointToStars(score: number | undefined): number | undefined {
  if (score === undefined || !Number.isFinite(score) || score < 1 || score > TEN_POINT_SCALE) return undefined;
  return Math.max(1, Math.round(score) / 2);
}

/** A property's 10-point average as a 1–5 average with one decimal; undefined outside 1–10. */
export function tenPointAverageToStars(score: number | undefined): number | undefined {
  if (score === undefined || !Number.isFinite(score) || score < 1 || score > TEN_POINT_SCALE) return undefined;
  return Math.max(1, Math.round(score * 5 + 1e-9) / 10);
}

/** A 10-point score as the site writes it: one decimal (8.0, 9.5). */
export function validTenPointScore(score: number | undefined): number | undefined {
  if (score === undefined || !Number.isFinite(score) || score < 1 || score > TEN_POINT_SCALE) return undefined;
  return Math.round(score * 10) / 10;
}
