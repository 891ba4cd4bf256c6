/**
 * Turns the date text a review page shows ("2 weeks ago", "hace 2 meses", "3周前",
 * "Oct 3, 2026", "3 октября 2026 г.", "Written March 2024") into an estimated date with its
 * precision, relative to the capture time `now`. Pure and deterministic.
 */
import type { DatePrecision, EstimatedDate } from './types';
import { parseChineseNumeral } from './numbers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Month names and abbreviations (lowercase, no trailing dot) → month index 0..11. */
const MONTHS: Record<string, number> = {};
function addMonths(names: string[][]): void {
  names.forEach((variants, index) => variants.forEach((v) => (MONTHS[v] = index)));
}
addMonths([
  ['january', 'jan', 'января', 'январь', 'янв', 'enero', 'ene', 'januar', 'jänner', 'janvier', 'janv', 'ocak'],
  ['february', 'feb', 'февраля', 'февраль', 'фев', 'febrero', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'şubat', 'subat'],
  ['march', 'mar', 'марта', 'март', 'мар', 'marzo', 'märz', 'maerz', 'mär', 'mars', 'mart'],
  ['april', 'apr', 'апреля', 'апрель', 'апр', 'abril', 'abr', 'avril', 'avr', 'nisan'],
  ['may', 'мая', 'май', 'mayo', 'mai', 'mayıs', 'mayis'],
  ['june', 'jun', 'июня', 'июнь', 'июн', 'junio', 'juni', 'juin', 'haziran'],
  ['july', 'jul', 'июля', 'июль', 'июл', 'julio', 'juli', 'juillet', 'juil', 'temmuz'],
  ['august', 'aug', 'августа', 'август', 'авг', 'agosto', 'ago', 'août', 'aout', 'ağustos', 'agustos'],
  ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'сен', 'сент', 'septiembre', 'setiembre', 'septembre', 'eylül', 'eylul'],
  ['october', 'oct', 'октября', 'октябрь', 'окт', 'octubre', 'oktober', 'okt', 'octobre', 'ekim'],
  ['november', 'nov', 'ноября', 'ноябрь', 'ноя', 'noviembre', 'novembre', 'kasım', 'kasim'],
  ['december', 'dec', 'декабря', 'декабрь', 'дек', 'diciembre', 'dic', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'aralık', 'aralik'],
]);

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  ein: 1,
  eine: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  одну: 1,
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  bir: 1,
};

/** Unit words in every supported language, matched by prefix after lowercasing. */
const UNIT_PATTERNS: Array<[RegExp, Unit]> = [
  [/^(?:min|minute|minuto|минут|minuten?|dakika)/, 'minute'],
  [/^(?:hour|hr|hora|heure|stunde|час|saat)/, 'hour'],
  [/^(?:day|día|dia|jour|tag|день|дня|дней|сутк|gün)/, 'day'],
  [/^(?:week|wk|semana|semaine|woche|недел|hafta)/, 'week'],
  [/^(?:month|mes|mois|monat|месяц|ay$)/, 'month'],
  [/^(?:year|yr|año|ano|an\b|ans\b|jahr|год|года|лет|yıl|yil)/, 'year'],
];

const UNIT_PRECISION: Record<Unit, DatePrecision> = {
  minute: 'day',
  hour: 'day',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

function unitOf(word: string): Unit | undefined {
  for (const [pattern, unit] of UNIT_PATTERNS) if (pattern.test(word)) return unit;
  return undefined;
}

function subtract(now: number, amount: number, unit: Unit): number {
  switch (unit) {
    case 'minute':
      return now - amount * MINUTE;
    case 'hour':
      return now - amount * HOUR;
    case 'day':
      return now - amount * DAY;
    case 'week':
      return now - amount * 7 * DAY;
    case 'month': {
      const d = new Date(now);
      d.setUTCMonth(d.getUTCMonth() - amount);
      return d.getTime();
    }
    case 'year': {
      const d = new Date(now);
      d.setUTCFullYear(d.getUTCFullYear() - amount);
      return d.getTime();
    }
  }
}

function amountOf(word: string | undefined): number | undefined {
  if (word === undefined || word === '') return 1;
  if (/^\d+$/.test(word)) return Number(word);
  const w = WORD_NUMBERS[word.toLowerCase()];
  if (w !== undefined) return w;
  return parseChineseNumeral(word);
}

/** Noon UTC of a calendar day keeps the day stable in every time zone the owner might be in. */
function dayAt(year: number, month: number, day: number): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 1990 || year > 2200) return undefined;
  const t = Date.UTC(year, month, day, 12);
  return new Date(t).getUTCDate() === day ? t : undefined;
}

function result(at: number | undefined, precision: DatePrecision, now: number): EstimatedDate | undefined {
  if (at === undefined || !Number.isFinite(at)) return undefined;
  // A published date cannot be in the future; a little slack covers clock skew.
  if (at > now + DAY) return undefined;
  return { at, precision };
}

/** A year-less date ("Jul 1", "5 июля") is in the current year, or last year if that is ahead. */
function withoutYear(month: number, day: number, now: number): EstimatedDate | undefined {
  const year = new Date(now).getUTCFullYear();
  let at = dayAt(year, month, day);
  if (at !== undefined && at > now + DAY) at = dayAt(year - 1, month, day);
  return result(at, 'day', now);
}

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w];
}

const RELATIVE_TODAY = /(?:^|\s)(?:today|heute|hoy|aujourd['’]hui|сегодня|bugün|今天|今日)(?:\s|$|[,.])/i;
const RELATIVE_YESTERDAY = /(?:^|\s)(?:yesterday|gestern|ayer|hier|вчера|dün|昨天|昨日)(?:\s|$|[,.])/i;
const RELATIVE_NOW = /(?:just now|a moment ago|moments ago|gerade eben|soeben|hace un momento|ahora mismo|à l['’]instant|только что|刚刚|剛剛)/i;

const HALF_A_YEAR = /полгода назад|half a year ago|hace medio año|vor einem halben jahr|il y a six mois|半年前/;

/** Relative phrases: "2 weeks ago", "hace 2 meses", "vor 3 Monaten", "il y a 2 mois", "2 недели назад", "3周前". */
function parseRelative(text: string, now: number): EstimatedDate | undefined {
  const t = text.toLowerCase();
  if (RELATIVE_NOW.test(t)) return result(now, 'day', now);
  if (RELATIVE_TODAY.test(` ${t} `)) return result(now, 'day', now);
  if (RELATIVE_YESTERDAY.test(` ${t} `)) return result(now - DAY, 'day', now);
  // Half a year: "полгода назад", "half a year ago", "hace medio año", "vor einem halben Jahr", "半年前".
  if (HALF_A_YEAR.test(t)) return result(subtract(now, 6, 'month'), 'month', now);

  const forms: RegExp[] = [
    // English: "3 days ago", "a week ago", "an hour ago"
    /(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z]+?)s?\s+ago\b/,
    // Spanish: "hace 2 meses", "hace un año"
    /hace\s+(\d+|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)?\s*([a-záéíóúñ]+)/,
    // German: "vor 3 Monaten", "vor einem Jahr"
    /vor\s+(\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+([a-zäöüß]+)/,
    // French: "il y a 2 mois", "il y a un an"
    /il y a\s+(\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+([a-zéèêûôà]+)/,
    // Russian: "2 недели назад", "неделю назад", "месяц назад"
    /(?:(\d+|одну|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+)?([а-яё]+)\s+назад/,
    // Turkish: "3 gün önce", "bir hafta önce", "2 ay önce"
    /(\d+|bir)\s+([a-zçğıöşü]+)\s+önce/,
  ];
  for (const form of forms) {
    const m = form.exec(t);
    if (!m) continue;
    const unit = unitOf(m[2] ?? '');
    const amount = amountOf(m[1]);
    if (unit && amount !== undefined) return result(subtract(now, amount, unit), UNIT_PRECISION[unit], now);
  }
  // Chinese: "3周前", "1 个月前", "2個月前", "三天前", "5 小时前"
  const zh = /(\d+|[一二两兩三四五六七八九十]+)\s*(分钟|分鐘|小时|小時|天|日|周|週|星期|个月|個月|月|年)\s*前/.exec(text);
  if (zh) {
    const amount = amountOf(zh[1]);
    const unitWord = zh[2]!;
    const unit: Unit = unitWord.startsWith('分')
      ? 'minute'
      : unitWord.startsWith('小')
        ? 'hour'
        : unitWord === '天' || unitWord === '日'
          ? 'day'
          : unitWord === '周' || unitWord === '週' || unitWord === '星期'
            ? 'week'
            : unitWord === '年'
              ? 'year'
              : 'month';
    if (amount !== undefined) return result(subtract(now, amount, unit), UNIT_PRECISION[unit], now);
  }
  return undefined;
}

/** Absolute dates in the supported languages. `lang` decides between M/D/Y and D/M/Y. */
function parseAbsolute(text: string, now: number, lang: string | undefined): EstimatedDate | undefined {
  const t = text.trim();
  // ISO: 2026-10-03 or 2026-10-03T12:00:00Z
  const iso = /(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(t);
  if (iso) {
    if (iso[4]) {
      const at = Date.parse(iso[0]);
      if (Number.isFinite(at)) return result(at, 'exact', now);
    }
    return result(dayAt(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])), 'day', now);
  }
  // Chinese: 2026年10月3日, 2026年10月
  const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?/.exec(t);
  if (zh) {
    const day = zh[3] ? Number(zh[3]) : undefined;
    return result(dayAt(Number(zh[1]), Number(zh[2]) - 1, day ?? 1), day ? 'day' : 'month', now);
  }
  // Year first with slashes or dots: 2026/10/03, 2026.10.03
  const ymd = /\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b/.exec(t);
  if (ymd) return result(dayAt(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3])), 'day', now);
  // Numeric: 10/3/2026 (US English), 3.10.2026, 03/10/26
  const num = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(t);
  if (num) {
    const first = Number(num[1]);
    const second = Number(num[3]);
    const year = Number(num[4]) + (num[4]!.length === 2 ? 2000 : 0);
    const monthFirst = num[2] === '/' && (lang === undefined || /^en(-(US|CA|PH))?$/i.test(lang));
    let month = monthFirst ? first : second;
    let day = monthFirst ? second : first;
    if (month > 12 && day <= 12) [month, day] = [day, month];
    return result(dayAt(year, month - 1, day), 'day', now);
  }
  const words = t.toLowerCase().replace(/[,]/g, ' ').split(/\s+/).filter(Boolean);
  // Find month words, then a day and a year around each; a month with a year beside it wins
  // over one without ("May wrote a review Mar 2024" is March 2024, not May).
  let yearless: EstimatedDate | undefined;
  for (let i = 0; i < words.length; i++) {
    const month = monthIndex(words[i]!);
    if (month === undefined) continue;
    const before = words[i - 1]?.replace(/(?:\.|er|st|nd|rd|th)$/, '');
    const before2 = words[i - 2];
    const after = words[i + 1]?.replace(/(?:[.,]|st|nd|rd|th)$/, '');
    let day: number | undefined;
    // "3 October 2026", "3. Oktober 2026", "1er octobre", "3 de octubre de 2026", "5 июля 2026 г."
    if (before && /^\d{1,2}$/.test(before)) day = Number(before);
    else if (words[i - 1] === 'de' && before2 && /^\d{1,2}$/.test(before2)) day = Number(before2);
    // "Oct 3, 2026", "October 3 2026"
    if (day === undefined && after && /^\d{1,2}$/.test(after)) day = Number(after);
    let year: number | undefined;
    for (const candidate of words.slice(i + 1, i + 4)) {
      const c = candidate.replace(/[.,]|г\.?$/g, '');
      if (/^\d{4}$/.test(c)) {
        year = Number(c);
        break;
      }
    }
    if (year !== undefined) return result(dayAt(year, month, day ?? 1), day === undefined ? 'month' : 'day', now);
    // A month name alone ("May K.") is not a date; "Jul 1" is.
    if (day !== undefined) yearless ??= withoutYear(month, day, now);
  }
  return yearless;
}

/**
 * The estimated publication date of a review from the text the page shows, relative to
 * `now` (epoch ms). Undefined when the text holds no date.
 */
export function estimatePublishedDate(text: string | undefined | null, now: number, lang?: string): EstimatedDate | undefined {
  if (!text) return undefined;
  const clean = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean || clean.length > 200) return undefined;
  const estimate = parseRelative(clean, now) ?? parseAbsolute(clean, now, lang);
  // "57 years ago" or a date next year is no review date: the review is kept, without one.
  return estimate && estimate.at >= EARLIEST_REVIEW && estimate.at <= now + DAY ? estimate : undefined;
}

/** No review site is older than this; the background refuses earlier dates too. */
export const EARLIEST_REVIEW = Date.UTC(1995, 0, 1);
