/**
 * Character coding of the large Chinese lexicons, for the bundle. The extension's build writes every
 * non-ASCII character of its scripts as `\uXXXX` (Chrome wants content scripts ASCII-safe), six
 * bytes per Han character; the NTUSD lists are most of the bundle's Chinese. Here each character of
 * a list is written as one or two printable ASCII characters instead: the `ALPHABET.length − leads`
 * most frequent characters as one, the rest as a lead and a second character, by their rank in a
 * table. The table names the frequent characters themselves, then the others in code-point order,
 * each as its distance from the one before (one ASCII character; `~` and the character itself when
 * the distance is too long). Digits pass through unchanged (the front coding's prefix lengths, see
 * front-coding.ts). The coded lists and their table gzip a fifth smaller than the characters as
 * the build writes them.
 */

/** Printable ASCII without digits, the quote and backslash of a TS string, `~` and `|` (the table's own marks). */
const ALPHABET = [...Array(95).keys()].map((i) => String.fromCharCode(32 + i)).filter((c) => !/[0-9'\\~|]/.test(c));
const FIRST = 0x4e00 - 1;

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** The table and the coded texts of `texts`, whose characters other than digits are coded. */
export function hanEncode(texts: readonly string[]): { table: string; coded: string[] } {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const c of text) {
      if (isDigit(c)) continue;
      if (c.charCodeAt(0) < 128) throw new Error(`han coding: "${c}" is ASCII, only digits may pass`);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  const n = counts.size;
  const base = ALPHABET.length;
  let leads = 0;
  while (base - leads + leads * base < n) leads++;
  const singles = base - leads;
  const byCount = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const top = byCount.slice(0, singles);
  const rest = byCount.slice(singles).sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  let table = `${top.join('')}|`;
  let previous = FIRST;
  for (const c of rest) {
    const gap = c.codePointAt(0)! - previous;
    table += gap >= 1 && gap <= base ? ALPHABET[gap - 1] : `~${c}`;
    previous = c.codePointAt(0)!;
  }
  const order = [...top, ...rest];
  const code = new Map(
    order.map((c, i) => [c, i < singles ? ALPHABET[i]! : ALPHABET[singles + Math.floor((i - singles) / base)]! + ALPHABET[(i - singles) % base]!]),
  );
  return { table, coded: texts.map((text) => [...text].map((c) => (isDigit(c) ? c : code.get(c)!)).join('')) };
}

/** The characters of a table, in rank order, and how many of them are written with one character. */
function readTable(table: string): { order: string[]; singles: number } {
  const bar = table.indexOf('|');
  if (bar < 0) throw new Error('han coding: the table has no "|"');
  const order = [...table.slice(0, bar)];
  const singles = order.length;
  const rest = [...table.slice(bar + 1)];
  let previous = FIRST;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '~') {
      const literal = rest[++i];
      if (literal === undefined) throw new Error('han coding: "~" ends the table');
      previous = literal.codePointAt(0)!;
    } else {
      const gap = ALPHABET.indexOf(c) + 1;
      if (gap === 0) throw new Error(`han coding: "${c}" is no distance`);
      previous += gap;
    }
    order.push(String.fromCodePoint(previous));
  }
  return { order, singles };
}

/** The text that `hanEncode` coded as `coded` with `table`. */
export function hanDecode(table: string, coded: string): string {
  const { order, singles } = readTable(table);
  const base = ALPHABET.length;
  const index = new Map(ALPHABET.map((c, i) => [c, i]));
  let out = '';
  for (let i = 0; i < coded.length; i++) {
    const c = coded[i]!;
    if (isDigit(c)) {
      out += c;
      continue;
    }
    const at = index.get(c);
    if (at === undefined) throw new Error(`han coding: "${c}" is no code`);
    if (at < singles) {
      out += order[at]!;
      continue;
    }
    const second = index.get(coded[++i] ?? '');
    if (second === undefined) throw new Error('han coding: a two-character code is cut short');
    const rank = singles + (at - singles) * base + second;
    if (rank >= order.length) throw new Error('han coding: a code beyond the table');
    out += order[rank]!;
  }
  return out;
}
