// @vitest-environment jsdom
/**
 * Trustpilot beyond the saved pages' expected records: the embedded data that completes a cut
 * text, the publication time (never the date of experience), localised star labels, pages of
 * the same business, bot checks and a later render of the same visit, and the reply link.
 */
import { describe, expect, it } from 'vitest';
import { trustpilot } from '@/utils/sites/trustpilot';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const SHOP = 'trustpilot/shop-en.html';
const SHOP_URL = 'https://www.trustpilot.com/review/www.partshub.co.uk';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function shop(mutate?: (doc: Document) => void, url = SHOP_URL) {
  const doc = parse(renderFixture(SHOP, { now: FIXED_NOW }));
  mutate?.(doc);
  return trustpilot.extract(doc, new URL(url), FIXED_NOW);
}

describe('Trustpilot cards', () => {
  it('takes the whole text from __NEXT_DATA__ when the card shows only its start', () => {
    const withData = shop().capture!.reviews.find((r) => r.author === 'Priya Shah')!;
    expect(withData.truncated).toBe(false);
    expect(withData.text.endsWith('Will order from them again.')).toBe(true);
    const withoutData = shop((doc) => doc.getElementById('__NEXT_DATA__')!.remove()).capture!.reviews.find((r) => r.author === 'Priya Shah')!;
    expect(withoutData.truncated).toBe(true);
    expect(withoutData.text.endsWith('…')).toBe(true);
    expect(withoutData.text).not.toContain('See more');
  });

  it('dates a review by its publication time, never by the date of experience', () => {
    const reviews = shop().capture!.reviews;
    expect(reviews.find((r) => r.author === 'Lukas Hoffmann')).toMatchObject({
      dateText: 'Nov 11, 2026',
      publishedAt: FIXED_NOW - 9 * 86_400_000,
      datePrecision: 'exact',
    });
    // Without its time element (and without the embedded data) the review has no date: the experience line is not one.
    const bare = shop((doc) => {
      doc.getElementById('__NEXT_DATA__')!.remove();
      doc.querySelectorAll('time[data-service-review-date-time-ago]').forEach((el) => el.remove());
    }).capture!.reviews;
    for (const review of bare) {
      expect(review.publishedAt).toBeUndefined();
      expect(review.dateText).toBeUndefined();
    }
  });

  it('keeps the company reply with its date, apart from the review', () => {
    const mark = shop().capture!.reviews.find((r) => r.author === 'Mark Jenkins')!;
    expect(mark.text).not.toContain('billing team');
    expect(mark.reply).toEqual({
      text: 'Hi Mark, we are sorry about the double charge. Our billing team has found the duplicate payment and refunded it today; it can take 3–5 working days to show on your statement.',
      dateText: '4 days ago',
      publishedAt: FIXED_NOW - 4 * 86_400_000,
      datePrecision: 'exact',
    });
  });

  it.each([
    ['fr', 'Noté 2 sur 5 étoiles'],
    ['es', 'Valorado con 2 de 5 estrellas'],
    ['ru', 'Оценка: 2 из 5 звезд'],
    ['de', 'Mit 2 von 5 Sternen bewertet'],
  ])('reads the stars from the %s image label when the rating attribute is gone', (_lang, alt) => {
    const { capture } = shop((doc) => {
      doc.getElementById('__NEXT_DATA__')!.remove();
      for (const header of Array.from(doc.querySelectorAll('[data-service-review-rating]'))) {
        header.removeAttribute('data-service-review-rating');
        header.querySelector('img')!.setAttribute('alt', alt);
      }
    });
    expect(capture!.reviews.map((r) => r.rating)).toEqual([2, 2, 2, 2]);
  });

  it('links each review to its own page on the host it was read on', () => {
    const reviews = trustpilot.extract(
      parse(renderFixture('trustpilot/delivery-replies.html', { now: FIXED_NOW })),
      new URL('https://uk.trustpilot.com/review/quickparcel.co.uk?page=2'),
      FIXED_NOW,
    ).capture!.reviews;
    expect(reviews[0]!.url).toBe('https://uk.trustpilot.com/reviews/6747b1c2d3e4f5061728394a');
  });
});

describe('Trustpilot businesses', () => {
  it.each(['?page=2', '?page=7&sort=recency', '?stars=1&languages=all'])('is the same business on %s', (query) => {
    const first = shop().capture!.business;
    const other = shop(undefined, `${SHOP_URL}${query}`).capture!.business;
    expect(other).toEqual(first);
    expect(first).toEqual({ siteBusinessId: 'www.partshub.co.uk', name: 'PartsHub', url: SHOP_URL, rating: 4.4, reviewCount: 2318 });
  });

  it('reads the TrustScore and count from the page when there is no embedded data', () => {
    const business = shop((doc) => {
      doc.getElementById('__NEXT_DATA__')!.remove();
      doc.querySelectorAll('script[type="application/ld+json"]').forEach((el) => el.remove());
    }).capture!.business;
    expect(business).toMatchObject({ name: 'PartsHub', rating: 4.4, reviewCount: 2318 });
  });
});

describe('Trustpilot check pages', () => {
  const check = renderFixture('trustpilot/verifying.html', { now: FIXED_NOW });

  it('reports the "Verifying your connection" page as blocked, never as no reviews', () => {
    const result = trustpilot.extract(parse(check), new URL(SHOP_URL), FIXED_NOW);
    expect(result.health.status).toBe('blocked');
    expect(result.capture).toBeNull();
  });

  it('knows the Cloudflare variant ("Just a moment...")', () => {
    const doc = parse('<!DOCTYPE html><html lang="en"><head><title>Just a moment...</title></head><body><div id="cf-challenge-running"></div></body></html>');
    expect(trustpilot.extract(doc, new URL(SHOP_URL), FIXED_NOW).health.status).toBe('blocked');
  });

  it('captures the business page that replaces the check in the same visit', () => {
    const doc = parse(check);
    const url = new URL(SHOP_URL);
    expect(trustpilot.scan(doc, url, FIXED_NOW).status).toBe('blocked');
    // The challenge script swaps the document's content for the real page.
    const real = parse(renderFixture(SHOP, { now: FIXED_NOW }));
    doc.title = real.title;
    doc.head.replaceChildren(...Array.from(real.head.childNodes).map((n) => doc.importNode(n, true)));
    doc.body.replaceChildren(...Array.from(real.body.childNodes).map((n) => doc.importNode(n, true)));
    const later = trustpilot.extract(doc, url, FIXED_NOW);
    expect(later.health.status).toBe('ok');
    expect(later.capture!.reviews).toHaveLength(4);
  });
});

describe('where the owner answers', () => {
  it('opens the review in Trustpilot Business', () => {
    expect(
      trustpilot.ownerReplyUrl!(
        { siteBusinessId: 'www.partshub.co.uk', url: 'https://www.trustpilot.com/review/www.partshub.co.uk' },
        '6744e8b7c1d2e3f405162738',
      ),
    ).toBe('https://businessapp.b2b.trustpilot.com/reviews/6744e8b7c1d2e3f405162738');
    // A review without Trustpilot's id (a hash of ours) has no page there.
    expect(
      trustpilot.ownerReplyUrl!({ siteBusinessId: 'www.partshub.co.uk', url: 'https://www.trustpilot.com/review/www.partshub.co.uk' }, 'h-1odtd19w4ya'),
    ).toBeUndefined();
  });
});
