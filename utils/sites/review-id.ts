import { hashString } from '../hash';

/**
 * A stable id for a review card when the site exposes none: a hash of the author, the
 * raw date text and the start of the text. The text start is lowercased and stripped of
 * spaces so that a truncated card and its expanded form hash alike.
 */
export function fallbackReviewId(author: string, dateText: string | undefined, text: string): string {
  const start = text.toLowerCase().replace(/\s+/g, '').slice(0, 80);
  return `h-${hashString(`${author.trim().toLowerCase()}|${(dateText ?? '').trim().toLowerCase()}|${start}`)}`;
}
