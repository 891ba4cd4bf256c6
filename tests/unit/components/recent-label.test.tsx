// @vitest-environment jsdom
/** A negative found by the first visit and written in the week before it reads "Recent, not yet seen by you" while unread. */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewItem } from '@/components/ReviewItem';
import type { ReviewRecord } from '@/utils/store/schema';
import { renderUi } from '../../support/render';
import { seededStore } from '../../support/seeded';

afterEach(cleanup);

async function unreadNegative(): Promise<ReviewRecord> {
  const { summary } = await seededStore();
  return summary.attention.find((r) => r.unread === 1)!;
}

describe('the label of a recent negative at the first visit', () => {
  it('says "Recent, not yet seen by you" instead of "New", in the owner’s language', async () => {
    const review = { ...(await unreadNegative()), alertState: 'recent' as const };
    const url = 'https://www.yelp.com/biz/cafe-uno';
    renderUi(<ReviewItem review={review} fallbackUrl={url} businessName="Trattoria Lucia" now={Date.now()} />);
    expect(screen.getByTestId('recent-unseen').textContent).toBe('Recent, not yet seen by you');
    expect(screen.queryByText('New')).toBeNull();
    cleanup();
    renderUi(<ReviewItem review={review} fallbackUrl={url} businessName="Trattoria Lucia" now={Date.now()} />, 'ru');
    expect(screen.getByTestId('recent-unseen').textContent).toBe('Свежий, вы его ещё не видели');
  });

  it('keeps "New" for a negative alerted after the first visit, and shows no label once read', async () => {
    const review = await unreadNegative();
    expect(review.alertState).toBe('alerted');
    const url = 'https://www.yelp.com/biz/cafe-uno';
    renderUi(<ReviewItem review={review} fallbackUrl={url} businessName="Trattoria Lucia" now={Date.now()} />);
    expect(screen.getByText('New')).toBeTruthy();
    expect(screen.queryByTestId('recent-unseen')).toBeNull();
    cleanup();
    const { unread: _read, ...read } = { ...review, alertState: 'recent' as const };
    renderUi(<ReviewItem review={read} fallbackUrl={url} businessName="Trattoria Lucia" now={Date.now()} />);
    expect(screen.queryByTestId('recent-unseen')).toBeNull();
  });
});
