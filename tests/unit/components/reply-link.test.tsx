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

  it.each([
    ['google-maps', 'Google Maps', 'https://business.google.com/reviews'],
    ['yelp', 'Yelp', 'https://biz.yelp.com/'],
    ['tripadvisor', 'Tripadvisor', 'https://www.tripadvisor.com/ManagementCenter'],
  ] as const)('opens the business tools of %s, where its owners answer', async (site, name, href) => {
    const review = await aReview(site, 'x1');
    const url = 'https://www.example.com/listing';
    renderUi(<ReviewItem review={review} fallbackUrl={url} businessName="The Golden Spoon" now={Date.now()} replyTarget={{ siteBusinessId: 'x1', url }} />);
    const link = screen.getByTestId('reply-on-site');
    expect(link.textContent).toBe(`Reply on ${name}`);
    expect(link.getAttribute('href')).toBe(href);
  });

  it('falls back to the listing, or the site’s list of reviews, when the deeper link needs an id we do not have', async () => {
    const url = 'https://www.booking.com/hotel/fr/le-petit-quai.html';
    renderUi(
      <ReviewItem
        review={await aReview('booking', 'le-petit-quai')}
        fallbackUrl={url}
        businessName="Le Petit Quai"
        now={Date.now()}
        replyTarget={{ siteBusinessId: 'le-petit-quai', url }}
      />,
    );
    expect(screen.getByTestId('reply-on-site').getAttribute('href')).toBe(url);
    cleanup();
    const tp = { ...(await aReview('trustpilot', 'www.partshub.co.uk')), siteReviewId: 'h-1odtd19w4ya' };
    renderUi(<ReviewItem review={tp} fallbackUrl="https://www.trustpilot.com/review/www.partshub.co.uk" businessName="PartsHub" now={Date.now()} />);
    expect(screen.getByTestId('reply-on-site').getAttribute('href')).toBe('https://businessapp.b2b.trustpilot.com/reviews');
  });

  it('offers neither a draft nor a reply link on a competitor’s review, and no draft on an answered one', async () => {
    const review = await aReview('yelp', 'rival');
    const url = 'https://www.yelp.com/biz/rival';
    renderUi(
      <ReviewItem review={review} fallbackUrl={url} businessName="Rival" now={Date.now()} replyTarget={{ siteBusinessId: 'rival', url, role: 'competitor' }} />,
    );
    expect(review.negative).toBe(1);
    expect(screen.queryByTestId('draft-reply')).toBeNull();
    expect(screen.queryByTestId('reply-on-site')).toBeNull();
    cleanup();
    renderUi(
      <ReviewItem
        review={{ ...review, reply: { text: 'Sorry, Derek.' } }}
        fallbackUrl={url}
        businessName="Mine"
        now={Date.now()}
        replyTarget={{ siteBusinessId: 'rival', url, role: 'mine' }}
      />,
    );
    expect(screen.queryByTestId('draft-reply')).toBeNull();
    expect(screen.getByTestId('reply-on-site')).toBeTruthy();
    cleanup();
    renderUi(
      <ReviewItem review={review} fallbackUrl={url} businessName="Mine" now={Date.now()} replyTarget={{ siteBusinessId: 'rival', url, role: 'mine' }} />,
    );
    expect(screen.getByTestId('draft-reply')).toBeTruthy();
  });
});
