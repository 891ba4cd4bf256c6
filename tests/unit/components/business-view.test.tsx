// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BusinessView } from '@/components/BusinessView';
import { renderUi } from '../../support/render';
import { SEED_NOW, seededStore } from '../../support/seeded';

afterEach(cleanup);

const noActions = { onDisplayed: () => undefined, onMarkAllRead: () => undefined, onDone: () => undefined };

describe('the business view in the popup', () => {
  it('shows the score with its band and trend, the risk and its reasons, new negatives first, rating math, freshness and the chart', async () => {
    const { summary, now } = await seededStore();
    renderUi(<BusinessView summary={summary} now={now} onSetRole={() => undefined} onOpen={() => undefined} {...noActions} />);

    expect(screen.getByTestId('business-name').textContent).toBe('Trattoria Lucia');
    const score = Number(screen.getByTestId('score').textContent);
    expect(score).toBe(summary.score.score);
    expect(screen.getByTestId('band').textContent).toBe({ red: 'Needs attention', yellow: 'Watch closely', green: 'Healthy' }[summary.score.band]);
    // A week of bad reviews cost points since 30 days ago: the arrow points down.
    expect(summary.previousScore).toBeGreaterThan(score);
    expect(screen.getByTestId('score-trend').textContent).toBe(`▼ Down ${summary.previousScore! - score} in 30 days`);
    expect(screen.getByTestId('unread').textContent).toBe('3 new negative reviews');

    expect(screen.getByTestId('risk-level').textContent).toBe('High');
    const signals = screen.getAllByTestId('risk-signal').map((li) => li.textContent);
    expect(signals).toContainEqual(expect.stringContaining('3 negative reviews in 7 days'));
    expect(signals).toContainEqual(expect.stringContaining('Complaints about waiting time in 3 of the last'));

    // Each reason opens the reviews behind it.
    const burst = screen.getAllByTestId('risk-signal').find((li) => li.textContent?.includes('in 7 days'))!;
    fireEvent.click(within(burst).getByRole('button', { name: 'Show the 3 reviews' }));
    expect(
      within(burst)
        .getAllByTestId('review')
        .map((r) => r.querySelector('.review-author')?.textContent)
        .sort(),
    ).toEqual(['Derek W.', 'Priya N.', 'Анна С.']);
    expect(within(burst).getByRole('button', { name: 'Hide the reviews' }).getAttribute('aria-expanded')).toBe('true');

    // Unread and unanswered first: the replied one comes last, the 5★ not at all.
    const attention = within(screen.getByTestId('attention')).getAllByTestId('review');
    expect(attention.map((r) => r.querySelector('.review-author')?.textContent)).toEqual(['Derek W.', 'Анна С.', 'Priya N.', 'Sam P.']);
    expect(within(attention[0]!).getByText('New')).toBeTruthy();
    expect(within(attention[0]!).getByTestId('review-themes').textContent).toContain('waiting time');
    expect(within(attention[2]!).getByText('Replied')).toBeTruthy();

    expect((await screen.findByTestId('rating-math')).textContent).toBe('Yelp 4.3★ from 216: one more 1★ shows 4.3★; 17 five-star reviews reach 4.4★');
    expect(screen.getByTestId('freshness').textContent).toBe('Yelp: checked yesterday — open');
    const chart = screen.getByTestId('chart-summary').textContent!;
    expect(chart).toMatch(/^Over 90 days: 8 reviews, 4 negative\. Average 3\.1★\. Sentiment [−+]0\.\d+\. Site rating 4\.5★ → 4\.3★\.$/);
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(screen.getByTestId('chart-summary').textContent).toMatch(/^Over 30 days: 4 reviews, 3 negative\./);
    expect(screen.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('chart-svg').querySelectorAll('rect.bar-negative')).toHaveLength(3);
  });

  it('warns when a site has not been checked for a week, and toggles the owner’s marks', async () => {
    const { summary } = await seededStore();
    const onSetRole = vi.fn();
    renderUi(<BusinessView summary={summary} now={SEED_NOW + 9 * 86_400_000} onSetRole={onSetRole} onOpen={() => undefined} {...noActions} />);
    expect(screen.getByTestId('freshness').textContent).toBe('Yelp: not checked for 10 days — open');
    const mine = screen.getByRole('button', { name: 'This is my business' });
    expect(mine.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(mine);
    expect(onSetRole).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByRole('button', { name: 'Competitor' }));
    expect(onSetRole).toHaveBeenLastCalledWith('competitor');
  });

  it('speaks Russian when the owner’s language is Russian', async () => {
    const { summary, now } = await seededStore();
    renderUi(<BusinessView summary={summary} now={now} onSetRole={() => undefined} onOpen={() => undefined} {...noActions} />, 'ru');
    expect(screen.getByTestId('unread').textContent).toBe('3 новых негативных отзыва');
    expect(screen.getByTestId('risk-level').textContent).toBe('Высокий');
    expect(screen.getByTestId('freshness').textContent).toBe('Yelp: проверено вчера — открыть');
    expect(screen.getByRole('button', { name: 'Это моя компания' })).toBeTruthy();
    expect(screen.getByTestId('known').textContent).toBe('Известно 8 отзывов');
  });
});
