// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { yelp } from '@/utils/sites/yelp';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const URL_BIZ = new URL('https://www.yelp.com/biz/the-golden-spoon-bistro-austin');
const DAY = 86_400_000;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function noonDaysAgo(days: number): number {
  const d = new Date(FIXED_NOW - days * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

describe('yelp adapter on a saved business page', () => {
  const doc = parse(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW }));
  const { capture, health } = yelp.extract(doc, URL_BIZ, FIXED_NOW);

  it('reads the business header: biz id, name, exact rating and total count', () => {
    expect(capture?.business).toEqual({
      siteBusinessId: 'Zq3rT8wKp1LmNv7XyB2cDg',
      name: 'The Golden Spoon Bistro',
      url: 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin',
      rating: 4.2,
      reviewCount: 1284,
    });
  });

  it('finds exactly the 8 review cards and none of the "People also viewed" noise', () => {
    expect(capture?.reviews.map((r) => r.author)).toEqual(['Maria G.', 'Derek W.', 'Lucía P.', 'Kevin T.', 'Priya N.', 'Tom B.', 'Ashley M.', 'Jonathan K.']);
    expect(health).toMatchObject({ status: 'ok', cardsFound: 8, cardsRead: 8, looksLikeReviewPage: true });
  });

  it('reads stars, date, language and the text with its paragraph break', () => {
    const maria = capture!.reviews[0]!;
    expect(maria.rating).toBe(5);
    expect(maria.lang).toBe('en');
    expect(maria.dateText).toBe('Nov 17, 2026');
    expect(maria.publishedAt).toBe(noonDaysAgo(3));
    expect(maria.datePrecision).toBe('day');
    expect(maria.text).toBe(
      'Hands down the best cacio e pepe in Austin. The pasta is made in house and you can taste it. Our server Luca was attentive without hovering and recommended a fantastic Barolo.\n\nWe came for our anniversary and they brought out a little tiramisu with a candle. Such a sweet touch!',
    );
    expect(maria.truncated).toBe(false);
    // Reaction buttons, photo captions and the check-in line never leak into the text.
    expect(maria.text).not.toMatch(/Helpful|check-ins|Cacio e pepe$/);
  });

  it('separates the owner reply from the review, with its own date', () => {
    const derek = capture!.reviews[1]!;
    expect(derek.rating).toBe(2);
    expect(derek.text.startsWith('We had a reservation for 7:30')).toBe(true);
    expect(derek.text).not.toContain('Business Owner');
    expect(derek.dateText).toBe('Nov 14, 2026');
    expect(derek.reply).toEqual({
      text: "Derek, I'm so sorry about the wait on Friday. We were short two servers that night, which is no excuse. Please email me at the restaurant so we can make it right.",
      dateText: 'Nov 15, 2026',
      publishedAt: noonDaysAgo(5),
      datePrecision: 'day',
    });
    expect(capture!.reviews.filter((r) => r.reply).length).toBe(1);
  });

  it('keeps the language hint of a Spanish review', () => {
    const lucia = capture!.reviews[2]!;
    expect(lucia.lang).toBe('es');
    expect(lucia.rating).toBe(4);
  });

  it('flags a truncated review, keeps "read more" out of its text and links to its permalink', () => {
    const jonathan = capture!.reviews[7]!;
    expect(jonathan.truncated).toBe(true);
    expect(jonathan.text.endsWith('a birthday party going that was')).toBe(true);
    expect(jonathan.text).not.toMatch(/read more/i);
    expect(jonathan.url).toBe('https://www.yelp.com/biz/the-golden-spoon-bistro-austin?hrid=Jk9LmN0pQrStUvWxYz1A2b');
  });

  it('gives cards without a site id a stable hashed id', () => {
    const again = yelp.extract(parse(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW })), URL_BIZ, FIXED_NOW);
    const ids = capture!.reviews.map((r) => r.siteReviewId);
    expect(again.capture!.reviews.map((r) => r.siteReviewId)).toEqual(ids);
    expect(new Set(ids).size).toBe(8);
    expect(ids[0]).toMatch(/^h-[0-9a-z]+$/);
  });

  it('puts a new card inserted at the top first and leaves the other ids unchanged', () => {
    const next = yelp.extract(
      parse(renderFixture('yelp/golden-spoon.html', { now: FIXED_NOW, slots: { 'new-reviews': 'yelp/new-review-1star.html' } })),
      URL_BIZ,
      FIXED_NOW,
    );
    const reviews = next.capture!.reviews;
    expect(reviews).toHaveLength(9);
    expect(reviews[0]).toMatchObject({ author: 'Brandon L.', rating: 1, publishedAt: noonDaysAgo(1) });
    expect(reviews.slice(1).map((r) => r.siteReviewId)).toEqual(capture!.reviews.map((r) => r.siteReviewId));
  });

  it('ignores pages that are not business pages', () => {
    const result = yelp.extract(doc, new URL('https://www.yelp.com/search?find_desc=pasta'), FIXED_NOW);
    expect(result.capture).toBeNull();
    expect(result.health.status).toBe('not-a-review-page');
  });
});
