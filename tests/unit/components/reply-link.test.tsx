// @vitest-environment jsdom
/** "Reply on …": each review links to the page where the owner answers it on its own site. */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewItem } from '@/components/ReviewItem';
import type { ReviewRecord } from '@/utils/store/schema';
import { renderUi } from '../../support/render';
import { seededStore } from '../../support/seeded';

afterEach(cleanup);

async function aReview(site: ReviewRecord['site'], businessId: string): Promise<ReviewRecord> {
  const { summary } = await seededStore();
  const review = summary.attention[0]!;
  return { ...review, site, businessKey: `${site}:${businessId}`, key: `${site}:r1`, url: undefined };
}

describe('the reply link of a review', () => {
  it('opens the Yandex Business reviews page of the organisation', async () => {
    const review = await aReview('yandex-maps', '1018907821');
    const url = 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/';
    renderUi(
      <ReviewItem review={review} fallbackUrl={url} businessName="Кофейня «Брусника»" now={Date.now()} replyTarget={{ siteBusinessId: '1018907821', url }} />,
    );
    const link = screen.getByTestId('reply-on-site');
    expect(link.textContent).toBe('Reply on Yandex Maps');
    expect(link.getAttribute('href')).toBe('https://yandex.ru/sprav/1018907821/p/edit/reviews/');
  });

  it('opens the 2GIS account of the organisation, not of the branch, and the listing when the organisation is unknown', async () => {
    const review = await aReview('2gis', '70000001018123456');
    const url = 'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews';
    renderUi(
      <ReviewItem
        review={review}
        fallbackUrl={url}
        businessName="Кофейня «Зёрна»"
        now={Date.now()}
        replyTarget={{ siteBusinessId: '70000001018123456', url, orgId: '70000001018123400' }}
      />,
    );
    expect(screen.getByTestId('reply-on-site').getAttribute('href')).toBe('https://account.2gis.com/orgs/70000001018123400/reviews');
    cleanup();
    renderUi(
      <ReviewItem
        review={review}
        fallbackUrl={url}
        businessName="Кофейня «Зёрна»"
        now={Date.now()}
        replyTarget={{ siteBusinessId: '70000001018123456', url }}
      />,
    );
    expect(screen.getByTestId('reply-on-site').getAttribute('href')).toBe(url);
  });

  it('adds no second link on sites whose owners answer on the listing itself', async () => {
    const review = await aReview('yelp', 'Zq3rT8wKp1LmNv7XyB2cDg');
    const url = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
    renderUi(<ReviewItem review={review} fallbackUrl={url} businessName="The Golden Spoon" now={Date.now()} replyTarget={{ siteBusinessId: 'x', url }} />);
    expect(screen.queryByTestId('reply-on-site')).toBeNull();
  });
});
