import { describe, expect, it } from 'vitest';
import { buildRecentSummary } from '@/utils/alerts/recent-summary';
import { createTranslator } from '@/utils/i18n';

const reviews = [
  { author: 'Ann', rating: 1, text: 'Cold pasta, waited an hour.' },
  { author: 'Bob', rating: 2, title: 'Rude waiter', text: 'He shouted at us.' },
  { author: 'Cleo', rating: 1, text: 'Food poisoning.' },
  { author: 'Dan', rating: 2, text: 'Dirty tables.' },
];

describe('the summary of recent negatives at a first visit', () => {
  it('counts them, names the business and the 7 days, and lists the first three', () => {
    expect(buildRecentSummary(createTranslator('en'), 'Trattoria Lucia', reviews.slice(0, 3))).toEqual({
      title: '3 recent negative reviews of Trattoria Lucia from the last 7 days',
      message: '★☆☆☆☆ Ann: Cold pasta, waited an hour.\n★★☆☆☆ Bob: Rude waiter\n★☆☆☆☆ Cleo: Food poisoning.',
    });
    expect(buildRecentSummary(createTranslator('en'), 'Trattoria Lucia', reviews).message.split('\n')).toEqual([
      '★☆☆☆☆ Ann: Cold pasta, waited an hour.',
      '★★☆☆☆ Bob: Rude waiter',
      '★☆☆☆☆ Cleo: Food poisoning.',
      'and 1 more',
    ]);
  });

  it('speaks of one review in the singular, in Russian with its plural forms, and in Chinese', () => {
    expect(buildRecentSummary(createTranslator('en'), 'Trattoria Lucia', reviews.slice(0, 1)).title).toBe(
      '1 recent negative review of Trattoria Lucia from the last 7 days',
    );
    const ru = createTranslator('ru');
    expect(buildRecentSummary(ru, 'Пекарня «Колосок»', reviews.slice(0, 1)).title).toBe('Пекарня «Колосок»: 1 свежий негативный отзыв за последние 7 дней');
    expect(buildRecentSummary(ru, 'Пекарня «Колосок»', reviews.slice(0, 3)).title).toBe('Пекарня «Колосок»: 3 свежих негативных отзыва за последние 7 дней');
    expect(buildRecentSummary(createTranslator('zh'), '老地方茶館', reviews.slice(0, 2)).title).toBe('老地方茶館：最近 7 天有 2 条差评');
  });
});
