/**
 * Issue 13.10: the Chinese and Russian texts read as a native speaker writes them. The Chinese
 * catalog uses full-width punctuation next to Chinese characters (，。：；！？（）), never the
 * half-width ASCII marks; no count in the Russian (or English) catalog is followed by a noun
 * without its plural forms (`{n}` of a plural message, or `{name|one:…|few:…}` inside a text).
 */
import { describe, expect, it } from 'vitest';
import { basisText } from '@/components/ScoreBasis';
import { chartSummary } from '@/components/TrendChart';
import { createTranslator } from '@/utils/i18n';
import type { ChartModel } from '@/utils/views/chart';
import type { Catalog } from '@/utils/i18n/catalog';
import { en } from '@/utils/i18n/en';
import { ru } from '@/utils/i18n/ru';
import { zh } from '@/utils/i18n/zh';

const textsOf = (message: Catalog[keyof Catalog]): string[] => (typeof message === 'string' ? [message] : Object.values(message));

/** A Chinese character (CJK ideographs and their extension A). */
const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff]';
/** Half-width punctuation touching a Chinese character on either side ("已保存." "评价(3)" "注意:"). */
const HALF_WIDTH_BY_HAN = new RegExp(`${HAN}\\s?[,.;:!?()]|[,;:!?()]\\s?${HAN}`, 'u');

/** Parameters that are never counts (names, dates, figures with their own unit). */
const NOT_COUNTS = new Set([
  ...['site', 'sites', 'name', 'business', 'place', 'places', 'theme', 'topic', 'lang', 'date', 'range', 'author', 'error', 'tone', 'state', 'action'],
  ...['category', 'categories', 'evidence', 'detail', 'from', 'to', 'rating', 'share', 'delta', 'drop', 'deviation', 'scale', 'sentiment', 'best'],
  ...['after', 'before', 'next', 'ago', 'mb', 'points', 'max'],
]);

/** `{count}` with no forms, then (after adjectives) a noun that agrees with a number. */
const RU_COUNT_NOUN =
  /\{(\w+)\}((?:\s+[а-яё]+(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его))*\s+(?:отзыв|оцен|дн\.|день|дня|дней|компани|сайт|визит|посещени|оповещени|уведомлени|запис|час|минут|недел|месяц|раз\b|год|лет))/giu;
const EN_COUNT_NOUN =
  /\{(\w+)\}((?:\s+(?:negative|new|positive|unanswered|older|more))*\s+(?:reviews?|days?|business(?:es)?|sites?|visits?|alerts?|records?|ratings?|hours?|minutes?|weeks?|months?|years?)\b)/gi;

function countsWithoutForms(catalog: Catalog, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const [key, message] of Object.entries(catalog) as Array<[string, Catalog[keyof Catalog]]>) {
    for (const text of textsOf(message)) {
      for (const [whole, name] of text.matchAll(pattern)) {
        // The `{n}` of a plural message has its forms in the message itself.
        if ((name === 'n' && typeof message !== 'string') || NOT_COUNTS.has(name!)) continue;
        found.push(`${key}: ${whole}`);
      }
    }
  }
  return found;
}

describe('Chinese punctuation', () => {
  it('has no half-width punctuation next to a Chinese character anywhere in the zh catalog', () => {
    const bad = (Object.entries(zh) as Array<[string, Catalog[keyof Catalog]]>).flatMap(([key, message]) =>
      textsOf(message)
        .filter((text) => HALF_WIDTH_BY_HAN.test(text))
        .map((text) => `${key}: ${text}`),
    );
    expect(bad).toEqual([]);
  });

  it('joins the parts of a line the Chinese way: the score basis, the chart in words, lists of sites', () => {
    const z = createTranslator('zh');
    const basis = basisText(z, { read: 8, lastVisitRead: 3, sites: [], provisional: true, historyDays: 0, trends: false });
    expect(basis).toBe(`${z.t('popup.basis', { n: 8 })}；${z.t('popup.basisLastVisit', { n: 3 })}`);
    expect(HALF_WIDTH_BY_HAN.test(basis)).toBe(false);
    const caption = chartSummary(z, { totals: { volume: 4, negatives: 1, stars: 4.2 } } as unknown as ChartModel, 30);
    expect(caption).toBe(`${z.t('chart.summary', { range: z.t('chart.range.30'), volume: 4, negatives: 1 })}${z.t('chart.summaryStars', { stars: '4.2' })}`);
    expect(z.join(['Yelp', 'Google Maps'], 'list')).toBe('Yelp、Google Maps');
    expect(createTranslator('en').join(['a', 'b'], 'clauses')).toBe('a; b');
  });

  it('catches what it is meant to catch', () => {
    for (const text of ['已保存.', '评价(3)', '注意:请检查', '好,谢谢']) expect(HALF_WIDTH_BY_HAN.test(text), text).toBe(true);
    for (const text of ['已保存。', '评价（3）', '{n} 天未回复', 'Google Maps：3 条']) expect(HALF_WIDTH_BY_HAN.test(text), text).toBe(false);
  });
});

describe('counts with their plural forms', () => {
  it('writes every Russian count before a noun through the plural forms', () => {
    expect(countsWithoutForms(ru, RU_COUNT_NOUN)).toEqual([]);
  });

  it('writes every English count before a noun through the plural forms', () => {
    expect(countsWithoutForms(en, EN_COUNT_NOUN)).toEqual([]);
  });

  it('catches a bare count before its noun', () => {
    const sample = {
      a: 'за {days} дн.',
      b: 'из последних {of} негативных отзывов',
      c: { one: '{n} отзыв', few: '{n} отзыва', many: '{n} отзывов', other: '{n} отзыва' },
    };
    expect(countsWithoutForms(sample as unknown as Catalog, RU_COUNT_NOUN)).toEqual(['a: {days} дн.', 'b: {of} негативных отзыв']);
    expect(countsWithoutForms({ a: 'in {days} days', b: '{site} rating' } as unknown as Catalog, EN_COUNT_NOUN)).toEqual(['a: {days} days']);
  });

  it('agrees the noun with the number, 1, 2, 5 and 21', () => {
    const r = createTranslator('ru');
    expect([1, 2, 5, 21].map((days) => r.t('reason.velocityOnly', { n: 2, days }))).toEqual([
      '2 негативных отзыва за последний 1 день',
      '2 негативных отзыва за последние 2 дня',
      '2 негативных отзыва за последние 5 дней',
      '2 негативных отзыва за последний 21 день',
    ]);
    expect(r.t('popup.trendLater', { n: 3, days: 14 })).toBe('Тренда пока нет: он появится после 14 дней наблюдения (пока 3 дня)');
    expect(r.t('risk.theme', { theme: 'цены', count: 4, of: 10 })).toBe('Жалобы по теме «цены» — в 4 из последних 10 негативных отзывов');
    const e = createTranslator('en');
    expect(e.t('risk.unanswered', { n: 2, days: 1 })).toBe('2 negative reviews unanswered for more than 1 day');
    expect(e.t('risk.fewPositive', { positive: 1, of: 20 })).toBe('Only 1 of the last 20 reviews is positive');
    expect(e.t('options.importProgress', { done: 0, total: 1 })).toBe('Importing… 0 of 1 review');
  });
});
