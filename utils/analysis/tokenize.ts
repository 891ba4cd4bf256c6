/**
 * Tokens for the scoring engine. Space-delimited languages are split with one regular
 * expression; Chinese is segmented with `Intl.Segmenter`. Punctuation that ends a sentence or
 * a clause, quotation marks and emoji become tokens of their own.
 */
import type { Token, TokenKind } from './engine';
import type { AnalysisLanguage } from './types';
import { EMOTICON_PATTERN } from './emoji';

const EMOJI = '\\p{Extended_Pictographic}(?:\\uFE0F|\\u200D\\p{Extended_Pictographic}|[\\u{1F3FB}-\\u{1F3FF}])*';
const WORD = "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*";
const STOP = '[.!?;…。！？；\\n]+';
const COMMA = '[,:，、：]|\\s[-–—]\\s';
const QUOTE = '["“”«»„]';
const TOKEN = new RegExp(`(${EMOTICON_PATTERN.source})|(${EMOJI})|(${WORD})|(${STOP})|(${COMMA})|(${QUOTE})`, 'gu');
// French elision: "n'est" → "ne est", "l'attente" → "le attente", so negation and words are seen.
const FRENCH_ELISION = /\b(qu|[cdjlmnst])['’](?=\p{L})/giu;

function make(text: string, kind: TokenKind, raw: string): Token {
  return {
    text,
    kind,
    // Written in capitals: the raw word differs from its lower case and equals its upper case.
    caps: kind === 'word' && raw.length > 1 && raw !== text && raw === raw.toUpperCase() && !/\d/.test(raw),
    bangs: kind === 'stop' ? (raw.match(/[!！]/g)?.length ?? 0) : 0,
  };
}

// Single quotation marks around one to four words ('fresh' sushi) are quotes too; an apostrophe
// inside a word (can't, l'eau) or after it (the waiters' tips) is not.
const SINGLE_QUOTED = /(^|[\s(])['‘]([\p{L}][\p{L}\p{N}-]*(?:\s[\p{L}\p{N}-]+){0,3})['’](?=[\s.,!?;:)]|$)/gu;

export function tokenizeWords(text: string, lang: AnalysisLanguage | 'und'): Token[] {
  const elided = lang === 'fr' ? text.replace(FRENCH_ELISION, (_m, p: string) => `${p}e `) : text;
  const source =
    elided.includes("'") || elided.includes('‘') ? elided.replace(SINGLE_QUOTED, (_m, before: string, inner: string) => `${before}“${inner}”`) : elided;
  const tokens: Token[] = [];
  for (const m of source.matchAll(TOKEN)) {
    if (m[1] !== undefined) tokens.push(make(m[1], 'emoji', m[1]));
    else if (m[2] !== undefined) tokens.push(make(m[2], 'emoji', m[2]));
    else if (m[3] !== undefined) tokens.push(make(m[3].toLowerCase().replace(/’/g, "'"), 'word', m[3]));
    else if (m[4] !== undefined) tokens.push(make(m[4], 'stop', m[4]));
    else if (m[5] !== undefined) tokens.push(make(',', 'comma', m[5]));
    else if (m[6] !== undefined) tokens.push(make('"', 'quote', m[6]));
  }
  return tokens;
}

let segmenter: Intl.Segmenter | undefined;

/** Chinese: ICU word segmentation; punctuation and emoji as their own tokens. */
export function tokenizeChinese(text: string): Token[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const tokens: Token[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) {
      tokens.push(make(segment.toLowerCase(), 'word', segment));
      continue;
    }
    for (const m of segment.matchAll(TOKEN)) {
      if (m[1] !== undefined || m[2] !== undefined) tokens.push(make((m[1] ?? m[2])!, 'emoji', (m[1] ?? m[2])!));
      else if (m[4] !== undefined) tokens.push(make(m[4], 'stop', m[4]));
      else if (m[5] !== undefined) tokens.push(make(',', 'comma', m[5]));
      else if (m[6] !== undefined) tokens.push(make('"', 'quote', m[6]));
    }
  }
  return tokens;
}
