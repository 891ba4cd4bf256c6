// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreCard } from '@/components/ScoreCard';
import type { Confidence } from '@/utils/reputation/confidence';
import type { ReputationScore } from '@/utils/reputation/score';
import { MINUS, signedNumber } from '@/utils/i18n/signed';
import { renderUi } from '../../support/render';

afterEach(cleanup);

const confidence = (over: Partial<Confidence> = {}): Confidence => ({
  read: 128,
  lastVisitRead: 8,
  sites: [{ key: 'yelp:a', site: 'yelp', rating: 4.2, reviewCount: 1284, lastRead: 8 }],
  provisional: false,
  historyDays: 40,
  trends: true,
  ...over,
});

const score: ReputationScore = {
  score: 64,
  band: 'yellow',
  basis: 128,
  reasons: [
    { code: 'velocity', points: 3, max: 15, figures: { week: 0, month: 2, weekDays: 7, monthDays: 30 } },
    { code: 'sentiment', points: 5, max: 20, figures: { sentiment: 0.5 } },
  ],
};

describe('the score card', () => {
  it('says what the score stands on and reads each lost point as what it is', () => {
    renderUi(<ScoreCard score={score} previous={73} confidence={confidence()} />);
    expect(screen.getByTestId('score-basis').textContent).toBe('From 128 reviews read; 8 on the page at the last visit; Yelp rating 4.2★ from 1,284 reviews');
    expect(screen.getByTestId('score-trend').textContent).toBe('▼ Down 9 in 30 days');
    expect(screen.queryByTestId('provisional')).toBeNull();
    expect(screen.getAllByRole('listitem').map((li) => [...li.querySelectorAll('span')].map((span) => span.textContent))).toEqual([
      // Not "0 negative in the last 7 days": only the window that holds negatives is named.
      ['−3 of 15', '2 negative reviews in the last 30 days'],
      // A positive tone that still costs points says it is short of the best.
      ['−5 of 20', 'Review texts are positive, but not fully (sentiment +0.5 of +1)'],
    ]);
  });

  it('marks a score from few reviews as provisional and shows no arrow before two weeks of history', () => {
    renderUi(<ScoreCard score={{ ...score, basis: 8 }} previous={73} confidence={confidence({ read: 8, provisional: true, trends: false, historyDays: 0 })} />);
    expect(screen.getByTestId('score-provisional').textContent).toBe('provisional');
    expect(screen.getByTestId('provisional').textContent).toBe('Provisional: fewer than 10 reviews read');
    expect(screen.queryByTestId('score-trend')).toBeNull();
    expect(screen.getByTestId('trend-later').textContent).toBe('No trend yet: it shows after 14 days of history (0 days so far)');
  });

  it('speaks Russian plurals in the basis line', () => {
    renderUi(<ScoreCard score={score} confidence={confidence({ read: 21, provisional: false })} />, 'ru');
    expect(screen.getByTestId('score-basis').textContent).toBe(
      'Оценка по 21 прочитанному отзыву; при последнем посещении на странице прочитано 8; Yelp: рейтинг 4,2★ по 1\u00a0284 отзывам',
    );
  });
});

describe('signed figures', () => {
  it('write one minus sign, U+2212, in every language, and no sign on zero', () => {
    const en = new Intl.NumberFormat('en');
    const ru = new Intl.NumberFormat('ru');
    const f = (nf: Intl.NumberFormat) => (v: number, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(nf.resolvedOptions().locale, o).format(v);
    expect(signedNumber(f(en), -0.08)).toBe(`${MINUS}0.08`);
    expect(signedNumber(f(ru), -0.5)).toBe(`${MINUS}0,5`);
    expect(signedNumber(f(en), 0.456)).toBe('+0.46');
    expect(signedNumber(f(en), -0.001)).toBe('0');
  });
});
