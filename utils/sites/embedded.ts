/**
 * State a page embeds in its own inline scripts (Yandex's `script.state-view`, 2GIS's
 * `var initialState = JSON.parse('…')`), read from the DOM: no request, no `eval`. Parsing a
 * few hundred kilobytes costs milliseconds, so a parse is kept while its script is unchanged.
 */

const cache = new WeakMap<Element, { length: number; value: unknown }>();

/** The script's parsed state, through `parse`, cached per element while its text is unchanged. */
export function cachedState(script: Element | null | undefined, parse: (text: string) => unknown): unknown {
  if (!script) return undefined;
  const text = script.textContent ?? '';
  const hit = cache.get(script);
  if (hit && hit.length === text.length) return hit.value;
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    value = undefined;
  }
  cache.set(script, { length: text.length, value });
  return value;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The value of a single-quoted JavaScript string literal's body (`\'`, `\\`, `\n`, `\uXXXX`, `\xXX`). */
export function unescapeJsString(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_whole, esc: string) => {
    if (esc.startsWith('u{')) return String.fromCodePoint(parseInt(esc.slice(2, -1), 16));
    if (esc.length === 5 && esc[0] === 'u') return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc.length === 3 && esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc === '\n' || esc === '\r\n' || esc === '\r') return '';
    return ESCAPES[esc] ?? esc;
  });
}

/**
 * The JSON text inside `<name> = JSON.parse('…')` in a script, unescaped; undefined when the
 * script holds no such assignment or the literal never ends.
 */
export function jsonParseLiteral(script: string, name: string): string | undefined {
  const start = new RegExp(`\\b${name}\\s*=\\s*JSON\\.parse\\(\\s*'`).exec(script);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  for (let i = from; i < script.length; i++) {
    const ch = script.charCodeAt(i);
    if (ch === 92 /* \ */) {
      i++;
      continue;
    }
    if (ch === 39 /* ' */) return unescapeJsString(script.slice(from, i));
  }
  return undefined;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A property path through unknown data: `at(x, 'a', 0, 'b')`, undefined when any step is missing. */
export function at(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+(?:[.,]\d+)?\s*$/.test(value)) return Number(value.replace(',', '.'));
  return undefined;
}

/** Review text from a state: plain text only (a state's text is never rendered), line breaks kept. */
export function plainText(value: unknown): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An ISO timestamp with an offset (or Z) as epoch ms (UTC); undefined for anything else. */
export function isoInstant(value: unknown): number | undefined {
  const text = str(value);
  if (!text || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined;
  const t = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(t) ? t : undefined;
}

/** A key to match a card with its state entry: the author and the start of the text, lowercased, letters and digits only. */
export function matchKey(author: string | undefined, text: string | undefined): string {
  const clean = (s: string | undefined, n: number): string =>
    (s ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .slice(0, n);
  return `${clean(author, 60)}|${clean(text, 40)}`;
}
