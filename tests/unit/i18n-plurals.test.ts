/** Issue 13.10: every count in every catalog has each form its language's plural rules ask for. */
import { describe, expect, it } from 'vitest';
import { en } from '@/utils/i18n/en';
import { ru } from '@/utils/i18n/ru';
import { zh } from '@/utils/i18n/zh';
import { createTranslator } from '@/utils/i18n';
import type { Catalog } from '@/utils/i18n/catalog';

const CATALOGS: Array<[locale: 'en' | 'ru' | 'zh', catalog: Catalog]> = [
  ['en', en],
  ['ru', ru],
  ['zh', zh],
];

/** Forms missing from a message: its own plural object, and every `{name|one:…|other:…}` inside its texts. */
function missingForms(message: Catalog[keyof Catalog], needed: readonly string[]): string[] {
  const missing: string[] = [];
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  if (typeof message !== 'string') for (const form of needed) if (!(form in message)) missing.push(form);
  for (const text of texts) {
    for (const [, name, forms] of text.matchAll(/\{(\w+)((?:\|[a-z]+:[^|}]*)+)\}/g)) {
      const have = forms!
        .slice(1)
        .split('|')
        .map((f) => f.slice(0, f.indexOf(':')));
      for (const form of needed) if (!have.includes(form)) missing.push(`${name}:${form}`);
    }
  }
  return missing;
}

describe('plural forms', () => {
  it.each(CATALOGS)('%s: every plural message has each form Intl.PluralRules needs', (locale, catalog) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const gaps = Object.entries(catalog)
      .map(([key, message]) => [key, missingForms(message, needed)] as const)
      .filter(([, missing]) => missing.length > 0);
    expect(gaps).toEqual([]);
  });

  it('writes counts the way each language does', () => {
    const ru = createTranslator('ru');
    expect([1, 2, 5, 21].map((n) => ru.t('popup.known', { n }))).toEqual(['Известен 1 отзыв', 'Известно 2 отзыва', 'Известно 5 отзывов', 'Известен 21 отзыв']);
    expect(createTranslator('en').t('chart.readout', { date: 'Nov 3', volume: 1, negatives: 0 })).toBe('Nov 3: 1 review, 0 negative');
    expect(ru.t('chart.readout', { date: '3 нояб.', volume: 3, negatives: 1 })).toBe('3 нояб.: 3 отзыва, негативных: 1');
    // Days are counted too, not abbreviated: "за 1 день", "дольше 2 дней".
    expect(ru.t('risk.burst', { n: 3, days: 7 })).toBe('3 негативных отзыва за 7 дней');
    expect(ru.t('risk.ratingFalling', { from: '4,5', to: '4,3', days: 1 })).toBe('Рейтинг на сайте снизился с 4,5★ до 4,3★ за 1 день');
    expect(ru.t('reason.unanswered', { n: 2, days: 2 })).toBe('2 негативных отзыва без ответа дольше 2 дней');
    expect(createTranslator('en').t('chart.summary', { range: '30 days', volume: 1, negatives: 0 })).toBe('Over 30 days: 1 review, 0 negative.');
  });
});
