/**
 * UI text in the owner's language. The language comes from the settings ("auto" follows the
 * browser). Dates and numbers are formatted through `Intl`. Catalogs are typed against the
 * English one, so a missing translation is a type error.
 */
import { en, type MessageKey } from './en';
import { ru } from './ru';
import type { Catalog } from './catalog';
import type { Message } from './types';
import { zh } from './zh';
import { DAY } from '../time';

export type Locale = 'en' | 'ru' | 'zh';
export type Params = Record<string, string | number>;
export type { Catalog };

const catalogs: Record<Locale, Catalog> = { en, ru, zh };
export const LOCALES: readonly Locale[] = ['en', 'ru', 'zh'];

/** The UI locale for a setting and a browser language ("ru-RU" → ru, "zh-TW" → zh). */
export function resolveLocale(setting: string | undefined, browserLanguage: string | undefined): Locale {
  const pick = (tag: string | undefined): Locale | undefined => {
    const base = tag?.toLowerCase().split(/[-_]/)[0];
    return base === 'ru' || base === 'zh' || base === 'en' ? base : undefined;
  };
  if (setting && setting !== 'auto') return pick(setting) ?? 'en';
  return pick(browserLanguage) ?? 'en';
}

/**
 * Fills `{name}` slots; numbers are written the locale's way ("100,000", "100 000", "4,3").
 * `{name|one:# review|other:# reviews}` picks the plural form for that parameter (`#` is the
 * number), for messages with more than one count.
 */
function fill(template: string, params: Params, numbers: Intl.NumberFormat, plural: Intl.PluralRules): string {
  return template.replace(/\{(\w+)((?:\|[a-z]+:[^|}]*)*)\}/g, (whole, name: string, forms: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    const written = typeof value === 'number' ? numbers.format(value) : value;
    if (!forms) return written;
    const byCategory = new Map(
      forms
        .slice(1)
        .split('|')
        .map((form) => [form.slice(0, form.indexOf(':')), form.slice(form.indexOf(':') + 1)]),
    );
    const form = byCategory.get(plural.select(Number(value))) ?? byCategory.get('other') ?? '#';
    return form.replace(/#/g, written);
  });
}

export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(value: number): string;
  date(at: number, options?: Intl.DateTimeFormatOptions): string;
  /** "3 hours ago", "вчера", "3天前". */
  ago(at: number, now: number): string;
  /** For dates known to the day: "today", "yesterday", "3 days ago", "2 months ago". */
  agoDays(at: number, now: number): string;
  /** Parts joined with the language's own punctuation: clauses "a; b" (zh "a；b"), sentences "A. B." (zh "甲。乙。"), a list "a, b" (zh "a、b"). */
  join(parts: readonly string[], kind: 'clauses' | 'sentences' | 'list'): string;
}

function startOfUtcDay(at: number): number {
  return Math.floor(at / DAY) * DAY;
}

export function createTranslator(locale: Locale): Translator {
  const catalog = catalogs[locale];
  const plural = new Intl.PluralRules(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const t = (key: MessageKey, params: Params = {}): string => {
    const message: Message = catalog[key] ?? en[key];
    if (typeof message === 'string') return fill(message, params, numbers, plural);
    const n = typeof params.n === 'number' ? params.n : Number(params.n ?? 0);
    const form = message[plural.select(n)] ?? message.other;
    return fill(form, { ...params, n }, numbers, plural);
  };
  return {
    locale,
    t,
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    percent: (value) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value),
    date: (at, options = { dateStyle: 'medium' }) => new Intl.DateTimeFormat(locale, options).format(at),
    join: (parts, kind) => parts.join(t(`punct.${kind}`)),
    ago: (at, now) => {
      // Always a past moment: one a page's older clock sees as future (a check that just ended) is "just now".
      const seconds = Math.min(0, Math.round((at - now) / 1000));
      const abs = Math.abs(seconds);
      if (abs < 60) return t('time.justNow');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
      if (abs < 365 * 86_400) return relative.format(Math.round(seconds / (30 * 86_400)), 'month');
      return relative.format(Math.round(seconds / (365 * 86_400)), 'year');
    },
    agoDays: (at, now) => {
      const days = Math.round((startOfUtcDay(at) - startOfUtcDay(now)) / DAY);
      const abs = Math.abs(days);
      if (abs < 30) return relative.format(days, 'day');
      if (abs < 365) return relative.format(Math.round(days / 30), 'month');
      return relative.format(Math.round(days / 365), 'year');
    },
  };
}
