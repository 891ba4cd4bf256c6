// @vitest-environment jsdom
/** Issue 13.10: a relative time ("2小时前") or a site name inside a sentence is kept on one line. */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { KeepWhole } from '@/components/KeepWhole';
import { splitKeepingWhole } from '@/utils/i18n/keep-whole';

describe('keeping parts of a sentence whole', () => {
  it('splits out each kept part once, the rest as it is', () => {
    expect(splitKeepingWhole('Google Maps：2小时前自动检查', ['2小时前', 'Google Maps'])).toEqual([
      { text: 'Google Maps', whole: true },
      { text: '：', whole: false },
      { text: '2小时前', whole: true },
      { text: '自动检查', whole: false },
    ]);
    expect(splitKeepingWhole('Yelp: checked just now', ['3 hours ago', ''])).toEqual([{ text: 'Yelp: checked just now', whole: false }]);
  });

  it('renders the kept parts as unbreakable spans, the text unchanged', () => {
    const { container } = render(<KeepWhole text="Яндекс Карты: проверено 3 дня назад" keep={['3 дня назад']} />);
    expect(container.textContent).toBe('Яндекс Карты: проверено 3 дня назад');
    expect(Array.from(container.querySelectorAll('span.nowrap')).map((s) => s.textContent)).toEqual(['3 дня назад']);
  });
});
