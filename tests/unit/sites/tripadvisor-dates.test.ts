// @vitest-environment jsdom
/**
 * Tripadvisor writes the publish date in the domain's language ("Written …", "Verfasst am …",
 * "Écrit le …", "Escrita el …", "Написано …", "写于…"). The saved English page with its date
 * lines written the other domains' ways must give the same dates.
 */
import { describe, expect, it } from 'vitest';
import { tripadvisor } from '@/utils/sites/tripadvisor';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const URL_EN = new URL('https://www.tripadvisor.com/Restaurant_Review-g30196-d1234567-Reviews-The_Golden_Spoon_Bistro-Austin_Texas.html');
const html = renderFixture('tripadvisor/restaurant-en.html', { now: FIXED_NOW });
const english = tripadvisor.extract(new DOMParser().parseFromString(html, 'text/html'), URL_EN, FIXED_NOW).capture!.reviews;

const MONTHS: Record<string, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

const LINES: Record<string, (d: Date) => string> = {
  de: (d) => `Verfasst am ${d.getUTCDate()}. ${MONTHS.de![d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  fr: (d) => `Écrit le ${d.getUTCDate()} ${MONTHS.fr![d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  es: (d) => `Escrita el ${d.getUTCDate()} de ${MONTHS.es![d.getUTCMonth()]} de ${d.getUTCFullYear()}`,
  ru: (d) => `Написано ${d.getUTCDate()} ${MONTHS.ru![d.getUTCMonth()]} ${d.getUTCFullYear()} г.`,
  zh: (d) => `写于${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
};

describe.each(Object.keys(LINES))('Tripadvisor date lines in %s', (lang) => {
  it('give the same publish dates as the English page', () => {
    expect(english.every((r) => r.publishedAt !== undefined)).toBe(true);
    let i = 0;
    const localized = html.replace(/Written ([A-Z][a-z]+ \d{1,2}, \d{4})/g, () => LINES[lang]!(new Date(english[i++]!.publishedAt!)));
    expect(i).toBe(english.length);
    const doc = new DOMParser().parseFromString(localized.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`), 'text/html');
    const reviews = tripadvisor.extract(doc, URL_EN, FIXED_NOW).capture!.reviews;
    expect(reviews.map((r) => [r.publishedAt, r.datePrecision])).toEqual(english.map((r) => [r.publishedAt, 'day']));
  });
});
