import { describe, expect, it } from 'vitest';
import { buildNotification } from '@/utils/alerts/notification';
import { createTranslator } from '@/utils/i18n';

const t = createTranslator('en');

describe('notification text', () => {
  it('names the stars, the business, the author and the text of one review', () => {
    expect(buildNotification(t, 'Café Uno', [{ author: 'Ann', rating: 2, text: 'Cold soup.' }])).toEqual({
      title: 'New 2★ review: Café Uno',
      message: 'Ann: Cold soup.',
    });
  });

  it('says "negative" when the review has no stars, and keeps a title', () => {
    expect(buildNotification(t, 'Café Uno', [{ author: 'Ann', title: 'Avoid', text: 'Terrible service.' }])).toEqual({
      title: 'New negative review: Café Uno',
      message: 'Ann: Avoid — Terrible service.',
    });
  });

  it('groups several reviews, listing three and counting the rest', () => {
    const reviews = [1, 2, 3, 4, 5].map((n) => ({ author: `R${n}`, rating: 1, text: `Bad ${n}` }));
    const { title, message } = buildNotification(t, 'Café Uno', reviews);
    expect(title).toBe('5 new negative reviews: Café Uno');
    expect(message.split('\n')).toEqual(['★☆☆☆☆ R1: Bad 1', '★☆☆☆☆ R2: Bad 2', '★☆☆☆☆ R3: Bad 3', 'and 2 more']);
  });

  it('strips bidi overrides and control characters and cuts long texts', () => {
    const { title, message } = buildNotification(t, 'Evil\u202e moc.live', [{ author: 'X\u0007', rating: 1, text: 'A'.repeat(1000) }]);
    expect(title).toBe('New 1★ review: Evil moc.live');
    expect(message.length).toBeLessThanOrEqual(240);
    expect(message.endsWith('…')).toBe(true);
    expect(message.startsWith('X: AAA')).toBe(true);
  });
});
