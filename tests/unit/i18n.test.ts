import { describe, expect, it } from 'vitest';
import { createTranslator, resolveLocale } from '@/utils/i18n';

describe('UI text', () => {
  it('picks the locale from the setting, then the browser', () => {
    expect(resolveLocale('auto', 'ru-RU')).toBe('ru');
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('zh', 'en-US')).toBe('zh');
  });

  it('fills parameters and plural forms', () => {
    const t = createTranslator('en');
    expect(t.t('popup.known', { n: 1 })).toBe('1 review known');
    expect(t.t('popup.known', { n: 1284 })).toBe('1,284 reviews known');
    expect(t.percent(0.375)).toBe('38%');
  });

  it('writes every number in a message the locale’s way, not only the plural count', () => {
    expect(createTranslator('en').t('options.counts', { businesses: 50, reviews: 100_000 })).toBe('50 businesses · 100,000 reviews stored');
    // Every count in a message takes its own plural form.
    expect(createTranslator('en').t('options.counts', { businesses: 1, reviews: 1 })).toBe('1 business · 1 review stored');
    expect(createTranslator('en').t('options.exported', { businesses: 1, reviews: 9 })).toBe('Exported 1 business and 9 reviews.');
    expect(createTranslator('ru').t('options.counts', { businesses: 50, reviews: 100_000 })).toBe('Хранится компаний: 50 · отзывов: 100\u00a0000');
    expect(createTranslator('zh').t('popup.known', { n: 12_345 })).toContain('12,345');
  });

  it('says dates known to the day in days', () => {
    const t = createTranslator('en');
    const now = Date.UTC(2026, 10, 20, 9);
    expect(t.agoDays(Date.UTC(2026, 10, 19, 12), now)).toBe('yesterday');
    expect(t.agoDays(Date.UTC(2026, 10, 20, 12), now)).toBe('today');
    expect(t.agoDays(Date.UTC(2026, 8, 10, 12), now)).toBe('2 months ago');
    expect(t.ago(now - 5 * 60_000, now)).toBe('5 minutes ago');
  });
});
