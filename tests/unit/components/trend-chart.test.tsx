// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TrendChart } from '@/components/TrendChart';
import { chartScale } from '@/utils/views/chart';
import { renderUi } from '../../support/render';
import { seededStore } from '../../support/seeded';

afterEach(cleanup);

describe('the trend chart', () => {
  it('reads out the period the owner steps to with the keyboard, with its date, counts and both scales', async () => {
    const { summary, now } = await seededStore();
    renderUi(<TrendChart buckets={summary.buckets} snapshots={summary.snapshots} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    const plot = screen.getByRole('slider', { name: 'Reviews by day or week' });
    expect(screen.getByTestId('chart-readout').textContent).toMatch(/^Point at a bar/);
    // Dates under the plot, scales beside it.
    const ticks = [...screen.getByTestId('chart-svg').querySelectorAll('text.tick')].map((t) => t.textContent);
    expect(ticks).toEqual(['5★', '3★', '1★', '+1', '0', '-1', expect.stringMatching(/^\d+$/), 'Oct 22', 'Nov 6', 'Nov 20']);
    fireEvent.focus(plot);
    // The newest day first (today: nothing published), then back two days to Derek's 1★ review.
    expect(screen.getByTestId('chart-readout').textContent).toBe('Nov 20: 0 reviews, 0 negative · site rating 4.3★');
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    // The site still showed 4.5★ that day: the visit that saw 4.3★ came a day later.
    expect(screen.getByTestId('chart-readout').textContent).toMatch(/^Nov 18: 1 review, 1 negative · 1★ on average · sentiment -0\.\d+ · site rating 4\.5★$/);
    expect(plot.getAttribute('aria-valuetext')).toBe(screen.getByTestId('chart-readout').textContent);
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(screen.getByTestId('chart-readout').textContent).toMatch(/^Oct 22: 0 reviews/);
  });

  it('says so instead of drawing when a period has too few reviews, in Russian with the right plural', async () => {
    const { summary, now } = await seededStore();
    // The last 30 days of the seeded store hold four reviews; keep only one.
    const one = summary.buckets.filter((b) => b.day * 86_400_000 > now - 3 * 86_400_000);
    renderUi(<TrendChart buckets={one} snapshots={summary.snapshots} now={now} />, 'ru');
    fireEvent.click(screen.getByRole('button', { name: '30 дней' }));
    expect(screen.queryByTestId('chart-svg')).toBeNull();
    expect(screen.getByTestId('chart-empty').textContent).toBe(
      'Слишком мало данных для графика за 30 дней: опубликован 1 отзыв, а нужно хотя бы 3. Выберите период подлиннее.',
    );
  });

  it("speaks the site's own ten points when every site of the view has them (Booking), with no star anywhere", async () => {
    const { summary, now } = await seededStore();
    renderUi(<TrendChart buckets={summary.buckets} snapshots={summary.snapshots} now={now} scale={10} />);
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    const ticks = [...screen.getByTestId('chart-svg').querySelectorAll('text.tick')].map((t) => t.textContent);
    expect(ticks.slice(0, 3)).toEqual(['10', '6', '2']);
    const plot = screen.getByRole('slider', { name: 'Reviews by day or week' });
    fireEvent.focus(plot);
    expect(screen.getByTestId('chart-readout').textContent).toBe('Nov 20: 0 reviews, 0 negative · site score 8.6/10');
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(screen.getByTestId('chart-readout').textContent).toMatch(/^Nov 18: 1 review, 1 negative · 2\/10 on average · sentiment -0\.\d+ · site score 9\/10$/);
    const caption = screen.getByTestId('chart-summary').textContent!;
    expect(caption).toMatch(/\/10/);
    expect(caption).not.toContain('★');
  });

  it('is on ten points only when every site of the view is', () => {
    expect(chartScale([{ scale: 10 }])).toBe(10);
    expect(chartScale([{ scale: 10 }, {}])).toBe(5);
    expect(chartScale([{}])).toBe(5);
    expect(chartScale([])).toBe(5);
  });
});
