import { describe, expect, it } from 'vitest';
import { estimatePublishedDate } from '@/utils/sites/dates';

const NOW = Date.UTC(2026, 10, 20, 12); // Fri 20 Nov 2026, 12:00 UTC
const DAY = 86_400_000;
const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 12);
const monthsAgo = (n: number) => {
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.getTime();
};
const yearsAgo = (n: number) => {
  const d = new Date(NOW);
  d.setUTCFullYear(d.getUTCFullYear() - n);
  return d.getTime();
};

describe('estimatePublishedDate: relative dates in six languages', () => {
  it.each([
    ['just now', NOW, 'day'],
    ['an hour ago', NOW - 3_600_000, 'day'],
    ['5 hours ago', NOW - 5 * 3_600_000, 'day'],
    ['a day ago', NOW - DAY, 'day'],
    ['Yesterday', NOW - DAY, 'day'],
    ['3 days ago', NOW - 3 * DAY, 'day'],
    ['a week ago', NOW - 7 * DAY, 'week'],
    ['2 weeks ago', NOW - 14 * DAY, 'week'],
    ['Edited 3 days ago', NOW - 3 * DAY, 'day'],
    ['a month ago', monthsAgo(1), 'month'],
    ['5 months ago', monthsAgo(5), 'month'],
    ['a year ago', yearsAgo(1), 'year'],
    ['3 months ago on Google', monthsAgo(3), 'month'],
    ['7 years ago on Tripadvisor', yearsAgo(7), 'year'],
    ['2 недели назад', NOW - 14 * DAY, 'week'],
    ['неделю назад', NOW - 7 * DAY, 'week'],
    ['месяц назад', monthsAgo(1), 'month'],
    ['3 месяца назад', monthsAgo(3), 'month'],
    ['5 лет назад', yearsAgo(5), 'year'],
    ['полгода назад', monthsAgo(6), 'month'],
    ['half a year ago', monthsAgo(6), 'month'],
    ['vor einem halben Jahr', monthsAgo(6), 'month'],
    ['半年前', monthsAgo(6), 'month'],
    ['год назад', yearsAgo(1), 'year'],
    ['2 дня назад', NOW - 2 * DAY, 'day'],
    ['вчера', NOW - DAY, 'day'],
    ['Изменено 3 дня назад', NOW - 3 * DAY, 'day'],
    ['hace 2 meses', monthsAgo(2), 'month'],
    ['hace un año', yearsAgo(1), 'year'],
    ['hace 3 días', NOW - 3 * DAY, 'day'],
    ['hace una semana', NOW - 7 * DAY, 'week'],
    ['Editado hace 2 semanas', NOW - 14 * DAY, 'week'],
    ['vor 3 Monaten', monthsAgo(3), 'month'],
    ['vor einem Jahr', yearsAgo(1), 'year'],
    ['vor 2 Wochen', NOW - 14 * DAY, 'week'],
    ['vor 5 Tagen', NOW - 5 * DAY, 'day'],
    ['gestern', NOW - DAY, 'day'],
    ['il y a 2 mois', monthsAgo(2), 'month'],
    ['il y a un an', yearsAgo(1), 'year'],
    ['il y a 3 ans', yearsAgo(3), 'year'],
    ['il y a une semaine', NOW - 7 * DAY, 'week'],
    ['il y a 4 jours', NOW - 4 * DAY, 'day'],
    ["aujourd'hui", NOW, 'day'],
    ['3周前', NOW - 21 * DAY, 'week'],
    ['1 个月前', monthsAgo(1), 'month'],
    ['2個月前', monthsAgo(2), 'month'],
    ['三天前', NOW - 3 * DAY, 'day'],
    ['5 小时前', NOW - 5 * 3_600_000, 'day'],
    ['1年前', yearsAgo(1), 'year'],
    ['昨天', NOW - DAY, 'day'],
  ])('%s', (text, expected, precision) => {
    expect(estimatePublishedDate(text, NOW)).toEqual({ at: expected, precision });
  });
});

describe('estimatePublishedDate: absolute dates', () => {
  it.each([
    ['Oct 3, 2026', at(2026, 10, 3), 'day', undefined],
    ['October 3, 2026', at(2026, 10, 3), 'day', undefined],
    ['Reviewed 3 March 2024', at(2024, 3, 3), 'day', undefined],
    ['Written October 12, 2025', at(2025, 10, 12), 'day', undefined],
    ['Mar 2024', at(2024, 3, 1), 'month', undefined],
    ['May wrote a review Mar 2024', at(2024, 3, 1), 'month', undefined],
    ['Jul 1', at(2026, 7, 1), 'day', undefined],
    ['Dec 5', at(2025, 12, 5), 'day', undefined],
    ['10/3/2026', at(2026, 10, 3), 'day', 'en-US'],
    ['3/10/2026', at(2026, 10, 3), 'day', 'fr'],
    ['03.10.2026', at(2026, 10, 3), 'day', 'de'],
    ['2026-10-03', at(2026, 10, 3), 'day', undefined],
    ['2026-10-03T08:15:00Z', Date.UTC(2026, 9, 3, 8, 15), 'exact', undefined],
    ['3 октября 2026 г.', at(2026, 10, 3), 'day', 'ru'],
    ['5 июля', at(2026, 7, 5), 'day', 'ru'],
    ['3 de octubre de 2026', at(2026, 10, 3), 'day', 'es'],
    ['3. Oktober 2026', at(2026, 10, 3), 'day', 'de'],
    ['1er octobre 2026', at(2026, 10, 1), 'day', 'fr'],
    ['2026年10月3日', at(2026, 10, 3), 'day', 'zh'],
    ['2026年9月', at(2026, 9, 1), 'month', 'zh'],
  ])('%s', (text, expected, precision, lang) => {
    expect(estimatePublishedDate(text, NOW, lang)).toEqual({ at: expected, precision });
  });

  it('returns nothing for text without a date, and for impossible or future dates', () => {
    for (const text of ['Austin, TX', 'Local Guide · 45 reviews', '', 'Helpful 3', '31/02/2026', 'Dec 5, 2030', 'May K.', 'Date of stay: none']) {
      expect(estimatePublishedDate(text, NOW), text).toBeUndefined();
    }
  });
});

describe('estimatePublishedDate: Yandex Maps and 2GIS (Russian, English and Turkish interfaces)', () => {
  it.each([
    // Without a year: the most recent past day of that date (the capture is on 20 November 2026).
    ['14 ноября', at(2026, 11, 14), 'day'],
    ['25 ноября', at(2025, 11, 25), 'day'],
    ['28 декабря', at(2025, 12, 28), 'day'],
    ['4 сентября 2025', at(2025, 9, 4), 'day'],
    ['8 декабря 2025, отредактирован', at(2025, 12, 8), 'day'],
    ['сегодня', NOW, 'day'],
    ['вчера', NOW - DAY, 'day'],
    ['3 дня назад', NOW - 3 * DAY, 'day'],
    ['November 14', at(2026, 11, 14), 'day'],
    ['September 4, 2025', at(2025, 9, 4), 'day'],
    ['14 Kasım', at(2026, 11, 14), 'day'],
    ['4 Eylül 2025', at(2025, 9, 4), 'day'],
    ['12 Ağustos 2025', at(2025, 8, 12), 'day'],
    ['1 Aralık 2025', at(2025, 12, 1), 'day'],
    ['dün', NOW - DAY, 'day'],
    ['bugün', NOW, 'day'],
    ['3 gün önce', NOW - 3 * DAY, 'day'],
    ['bir hafta önce', NOW - 7 * DAY, 'week'],
    ['2 ay önce', monthsAgo(2), 'month'],
    ['1 yıl önce', yearsAgo(1), 'year'],
  ])('%s', (text, expected, precision) => {
    expect(estimatePublishedDate(text, NOW)).toEqual({ at: expected, precision });
  });

  it('reads ISO timestamps with an offset as the UTC instant', () => {
    expect(estimatePublishedDate('2025-08-12T23:42:09+07:00', NOW)).toEqual({ at: Date.UTC(2025, 7, 12, 16, 42, 9), precision: 'exact' });
    expect(estimatePublishedDate('2025-11-14T08:36:28.650Z', NOW)).toEqual({ at: Date.UTC(2025, 10, 14, 8, 36, 28, 650), precision: 'exact' });
  });
});
