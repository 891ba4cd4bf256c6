/**
 * Plain-text hygiene for strings that came from web pages, before they are shown in places
 * that are not HTML-escaped by a framework (notification titles and bodies, CSV cells, file names).
 */

// Bidi embedding/override/isolate controls can reorder what the owner reads ("RTL override" tricks).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Removes control and bidi-override characters, folds whitespace, and cuts to `max` characters with an ellipsis. */
export function plainText(value: string, max = Infinity): string {
  const clean = value.replace(BIDI_CONTROLS, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** "★★☆☆☆" for a 1..5 rating. */
export function starString(rating: number): string {
  const full = Math.max(0, Math.min(5, Math.round(rating)));
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}
