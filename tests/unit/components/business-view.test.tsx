// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BusinessView } from '@/components/BusinessView';
import { renderUi } from '../../support/render';
import { SEED_NOW, seededStore } from '../../support/seeded';
import { loadBusinessSummary, loadGroupSummary } from '@/utils/store/read-models';
import { setSamePlace } from '@/utils/store/groups';
import { ingestCapture } from '@/utils/store/ingest';
import { freshDb } from '../../support/db';
import { business, ingestInput, review } from '../../support/factories';

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
    const { db } = await seededStore();
    const later = SEED_NOW + 9 * 86_400_000;
    const summary = (await loadBusinessSummary(db, 'yelp:biz-1', later))!;
    const onSetRole = vi.fn();
    renderUi(<BusinessView summary={summary} now={later} onSetRole={onSetRole} onOpen={() => undefined} {...noActions} />);
    expect(screen.getByTestId('freshness').textContent).toBe('Yelp: not checked for 10 days. Open the reviews on Yelp. — open');
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

  describe('blind is never safe', () => {
    const blindHealth = { looksLikeReviewPage: true, cardsFound: 0, cardsRead: 0, selectors: {}, status: 'layout-changed' as const };
    const happy = [review('h1', { rating: 5, text: 'Wonderful dinner, lovely staff.' }), review('h2', { rating: 5, text: 'Great pasta, will come back.' })];

    it('a healthy business whose latest visit could not read the reviews shows no green band, no low risk, no “no negative reviews”', async () => {
      const db = await freshDb();
      const now = Date.UTC(2026, 10, 20, 12);
      await ingestCapture(db, ingestInput(happy, { visitId: 'v1', now: now - 3 * 86_400_000, business: business({ name: 'Cafe Uno', rating: 4.9 }) }));
      const healthy = (await loadBusinessSummary(db, 'yelp:biz-1', now))!;
      expect(healthy.score.band).toBe('green');
      renderUi(<BusinessView summary={healthy} now={now} onSetRole={() => undefined} onOpen={() => undefined} {...noActions} />);
      expect(screen.getByTestId('band').textContent).toBe('Healthy');
      expect(screen.getByTestId('risk-level').textContent).toBe('Low');
      expect(screen.getByTestId('attention-empty').textContent).toBe('No negative reviews among those captured.');
      cleanup();

      await ingestCapture(
        db,
        ingestInput([], { visitId: 'v2', now: now - 3_600_000, health: blindHealth, business: business({ name: 'Cafe Uno', rating: 4.9 }) }),
      );
      const blind = (await loadBusinessSummary(db, 'yelp:biz-1', now))!;
      expect(blind.trust).toBe('unknown');
      const { container } = renderUi(<BusinessView summary={blind} now={now} onSetRole={() => undefined} onOpen={() => undefined} {...noActions} />);
      expect(screen.queryByTestId('score')).toBeNull();
      expect(screen.getByTestId('band').textContent).toBe('Unknown');
      expect(screen.getByTestId('no-score').textContent).toMatch(
        /^The latest visit could not read the reviews, so there is no score today\. The figures below are from earlier visits/,
      );
      expect(container.querySelector('.band-green')).toBeNull();
      expect(screen.getByTestId('risk-level').textContent).toBe('Unknown');
      expect(screen.getByTestId('risk-none').textContent).not.toContain('No warning signs in the reviews of the last 90 days');
      expect(screen.getByTestId('attention-empty').textContent).not.toContain('No negative reviews');
      expect(screen.getByTestId('site-state-blind').textContent).toBe(
        'Yelp: the reviews could not be read at the last visit (1 hour ago): the site has changed its layout. Read the reviews on Yelp yourself until Review Sentinel is updated. — open',
      );
    });

    it('one blind site of a group keeps the score but not its green band', async () => {
      const db = await freshDb();
      const now = Date.UTC(2026, 10, 20, 12);
      await ingestCapture(db, ingestInput(happy, { visitId: 'v1', now: now - 2 * 86_400_000, business: business({ rating: 4.9 }) }));
      await ingestCapture(
        db,
        ingestInput([review('g1', { rating: 5, text: 'Excellent food.' })], {
          site: 'google-maps',
          visitId: 'g1',
          now: now - 86_400_000,
          business: business({ siteBusinessId: '0x1:0x2', url: 'https://www.google.com/maps/place/Cafe+Uno', rating: 4.8 }),
        }),
      );
      await ingestCapture(
        db,
        ingestInput([], {
          site: 'google-maps',
          visitId: 'g2',
          now: now - 3_600_000,
          health: { ...blindHealth, status: 'limited-view' },
          business: business({ siteBusinessId: '0x1:0x2', url: 'https://www.google.com/maps/place/Cafe+Uno', rating: 4.8 }),
        }),
      );
      await setSamePlace(db, 'yelp:biz-1', 'google-maps:0x1:0x2', () => 'g-1');
      const summary = (await loadGroupSummary(db, 'g-1', now, 'yelp:biz-1'))!;
      expect(summary.trust).toBe('partial');
      const { container } = renderUi(<BusinessView summary={summary} now={now} onSetRole={() => undefined} onOpen={() => undefined} {...noActions} />);
      expect(screen.getByTestId('score').textContent).toBe(String(summary.score.score));
      expect(summary.score.band).toBe('green');
      expect(screen.getByTestId('band').textContent).toBe('Not fully checked');
      expect(container.querySelector('.band-green')).toBeNull();
      expect(screen.getByTestId('site-state-blind').textContent).toContain('Sign in to Google Maps.');
      expect(screen.getByTestId('site-state-ok').textContent).toContain('Yelp: checked');
    });
  });
});
