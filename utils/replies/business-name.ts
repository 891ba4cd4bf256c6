/**
 * How a reply's sign-off writes the business's name, so that a name never reads wrong in a
 * template's words: "The Golden Spoon Bistro" is not preceded by another "The", a name that
 * already holds quotation marks ("Кофейня «Зёрна»") is not quoted again, and a name is never
 * declined or contracted against its own article ("von Der Goldene Hirsch", "de Le Petit
 * Zinc"). Names stay as the owner wrote them, on one line. Pure.
 *
 * API, in short:
 * - `oneLine(name)` → single-spaced, trimmed;
 * - `holdsQuotes(name)`, `quotedWhole(name)` → it has quotation marks / it is one quotation;
 * - `englishTeam(name)` → "The X team", or "X team" when X starts with "The";
 * - `russianSigned(role, name)` → "команда «X»", "команда «X»" as it is, or "команда — Кофейня «X»";
 * - `germanOf(role, name)` → "Ihr Team von X", or "Ihr Team – Der X" after an article;
 * - `frenchOf(role, name)` → "L’équipe de X", "du Petit Zinc", "des Deux Moulins".
 */

/** A business's name as a reply writes it: on one line, single-spaced. */
export const oneLine = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** Quotation marks of the six languages; the apostrophe (’ ') is not one ("Joe’s", "L’Atelier"). */
const QUOTES = /["«»„“”‹›「」『』]/u;
const OPENING = /^["«„“‹「『]/u;
const CLOSING = /["»“”›」』]$/u;

export function holdsQuotes(name: string): boolean {
  return QUOTES.test(name);
}

/** The whole name is one quotation ("«Зёрна»"): it can stand where a quoted name stands. */
export function quotedWhole(name: string): boolean {
  const n = oneLine(name);
  return n.length > 2 && OPENING.test(n) && CLOSING.test(n) && !QUOTES.test(n.slice(1, -1));
}

/** "The X team"; a name that starts with "The" brings its own ("The Golden Spoon Bistro team"). */
export function englishTeam(name: string): string {
  const n = oneLine(name);
  return /^the\s/i.test(n) ? `${n} team` : `The ${n} team`;
}

/**
 * The role, then the name in «»: "команда «Зёрна»". A name that is one quotation already stands
 * as it is; a name that holds quotes inside ("Кофейня «Зёрна»", `ООО "Ромашка"`) would need
 * declining after the role ("команды кофейни…"), so it follows a dash, as the owner wrote it.
 */
export function russianSigned(role: string, name: string): string {
  const n = oneLine(name);
  if (quotedWhole(n)) return `${role} ${n}`;
  return holdsQuotes(n) ? `${role} — ${n}` : `${role} «${n}»`;
}

/** German articles (and an article merged with a preposition) that a name may start with. */
const GERMAN_ARTICLE = /^(der|die|das|den|dem|des|zum|zur|im|am|beim|ins)\s/i;

/**
 * "Ihr Team von X"; after "von" a name that starts with its own article would have to be declined
 * ("vom Goldenen Hirsch"), so it follows a dash instead, as the owner wrote it.
 */
export function germanOf(role: string, name: string): string {
  const n = oneLine(name);
  return GERMAN_ARTICLE.test(n) ? `${role} – ${n}` : `${role} von ${n}`;
}

/** "L’équipe de X", contracted as French writes it before the name's own article: "du Petit Zinc", "des Deux Moulins". */
export function frenchOf(role: string, name: string): string {
  const n = oneLine(name);
  const article = /^(le|les)\s+(.*)$/i.exec(n);
  if (article) return `${role} ${article[1]!.toLowerCase() === 'le' ? 'du' : 'des'} ${article[2]}`;
  return `${role} de ${n}`;
}
