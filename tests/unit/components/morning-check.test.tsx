// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BusinessList } from '@/components/BusinessList';
import { BusinessView } from '@/components/BusinessView';
import { dashboardRow, sortRows } from '@/utils/views/dashboard';
import { renderUi } from '../../support/render';
import { DAY } from '../../support/factories';
import { SEED_NOW, seededStore } from '../../support/seeded';

afterEach(cleanup);

const noActions = { onDisplayed: () => undefined, onMarkAllRead: () => undefined, onDone: () => undefined, onOpen: () => undefined };

describe('the popup, action first', () => {
  it('says the business’s state in one line, then what needs doing, before the score’s reasons', async () => {
    const { summary, now } = await seededStore();
    const { container } = renderUi(
      <BusinessView
        summary={summary}
        now={now}
        onSetRole={() => undefined}
        lastLook={{ at: SEED_NOW - 3 * DAY, score: summary.score.score + 9 }}
        {...noActions}
      />,
    );
    const line = screen.getByTestId('state-line');
    expect(screen.getByTestId('state-score').textContent).toBe(String(summary.score.score));
    expect(screen.getByTestId('state-band').textContent).toBe({ red: 'Needs attention', yellow: 'Watch closely', green: 'Healthy' }[summary.score.band]);
    expect(screen.getByTestId('state-change').textContent).toBe('score −9, 3 new to act on since you looked 3 days ago');
    expect(within(line).getByTestId('unread').textContent).toBe('3 new negative reviews');
    // Top to bottom: the state, the reviews to answer, then the score card and the risk.
    const order = ['state-line', 'attention', 'score', 'risk'].map((id) => container.querySelector(`[data-testid="${id}"]`)!);
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('details.reasons')!.hasAttribute('open')).toBe(false);
  });

  it('puts “This is my business” first on a business nobody marked', async () => {
    const { summary, now } = await seededStore();
    const onSetRole = vi.fn();
    const { container } = renderUi(
      <BusinessView summary={{ ...summary, business: { ...summary.business, role: undefined } }} now={now} onSetRole={onSetRole} {...noActions} />,
    );
    const claim = screen.getByRole('button', { name: 'This is my business' });
    expect(claim.compareDocumentPosition(container.querySelector('[data-testid="attention"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(claim);
    expect(onSetRole).toHaveBeenCalledWith('mine');
  });

  it('lists places with their figures in attention order, and asks which is the owner’s when none is', async () => {
    const { summary, now } = await seededStore();
    const lucia = dashboardRow({ ...summary, business: { ...summary.business, role: undefined } });
    const quiet = { ...lucia, key: 'yelp:quiet', name: 'Quiet Cafe', newNegatives: 0, unanswered: 0, score: 88, band: 'green' as const };
    const onSetRole = vi.fn();
    renderUi(<BusinessList places={sortRows([quiet, lucia])} now={now} onOpen={() => undefined} onSetRole={onSetRole} />);
    const rows = screen.getAllByTestId('place-row');
    expect(rows.map((r) => r.querySelector('.business-row-name')!.textContent)).toEqual(['Trattoria Lucia', 'Quiet Cafe']);
    expect(within(rows[0]!).getByTestId('row-score').textContent).toBe(`${summary.score.score} · Watch closely`);
    expect(within(rows[0]!).getByTestId('row-new').textContent).toBe('3 new negative reviews');
    expect(within(rows[0]!).getByTestId('row-state-ok').textContent).toBe('Yelp: checked yesterday');
    expect(within(rows[0]!).getByTestId('row-to-answer').textContent).toBe('1 negative review to answer');
    expect(within(rows[0]!).queryByTestId('row-nothing')).toBeNull();
    expect(within(rows[1]!).getByTestId('row-nothing').textContent).toBe('Nothing waiting for an answer');
    expect(screen.getByTestId('pick-mine').textContent).toMatch(/^None of these is marked as yours yet/);
    fireEvent.click(screen.getByRole('button', { name: 'This is mine: Quiet Cafe' }));
    expect(onSetRole).toHaveBeenCalledWith('yelp:quiet', 'mine');
  });

  it('never says nothing is waiting while the place’s own view lists reviews to answer', async () => {
    const { summary, now } = await seededStore();
    // Every negative read, none answered (Golden Spoon's Kevin T. and Jonathan K.).
    const read = summary.attention.map(({ unread: _unread, reply: _reply, ...r }) => r);
    const waiting = dashboardRow({ ...summary, unread: 0, attention: read });
    const blindQuiet = { ...dashboardRow({ ...summary, unread: 0, attention: [] }), key: 'yelp:quiet', name: 'Quiet Cafe', trust: 'partial' as const };
    renderUi(<BusinessList places={[waiting, blindQuiet]} now={now} onOpen={() => undefined} />);
    const rows = screen.getAllByTestId('place-row');
    expect(within(rows[0]!).getByTestId('row-to-answer').textContent).toBe(`${read.length} negative reviews to answer`);
    expect(within(rows[0]!).queryByTestId('row-nothing')).toBeNull();
    // Not every site read: "nothing" is only about the reviews read, as its "Needs a look" says.
    expect(within(rows[1]!).getByTestId('row-nothing').textContent).toBe('Nothing to answer among the reviews read');
  });
});
