/** Issue 12, point 7: where a notification click leads, and the adapters' newest-first review lists. */
import { describe, expect, it } from 'vitest';
import { alertClickUrl } from '@/utils/alerts/click-target';
import { defineSite } from '@/utils/sites/define-site';
import { googleMaps } from '@/utils/sites/google-maps';
import { tripadvisor } from '@/utils/sites/tripadvisor';
import { trustpilot } from '@/utils/sites/trustpilot';
import { yelp } from '@/utils/sites/yelp';

const BIZ = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';

describe('Yelp’s newest-first review list', () => {
  it('sorts by date from the first page, on the business’s own host', () => {
    expect(yelp.newestFirstUrl?.(new URL(BIZ))).toBe(`${BIZ}?sort_by=date_desc#reviews`);
    expect(yelp.newestFirstUrl?.(new URL(`${BIZ}?osq=Restaurants&start=20&sort_by=rating_asc`))).toBe(`${BIZ}?sort_by=date_desc#reviews`);
    expect(yelp.newestFirstUrl?.(new URL('https://www.yelp.co.uk/biz/the-crown-tavern-london'))).toBe(
      'https://www.yelp.co.uk/biz/the-crown-tavern-london?sort_by=date_desc#reviews',
    );
    expect(yelp.newestFirstUrl?.(new URL('https://www.yelp.com/search?find_desc=pizza'))).toBeUndefined();
  });

  it('Trustpilot: the most recent first, from the first page, the filters dropped', () => {
    const page = 'https://www.trustpilot.com/review/www.partshub.co.uk';
    expect(trustpilot.newestFirstUrl?.(new URL(page))).toBe(`${page}?sort=recency`);
    expect(trustpilot.newestFirstUrl?.(new URL(`${page}?page=3&stars=5`))).toBe(`${page}?sort=recency`);
    expect(trustpilot.newestFirstUrl?.(new URL('https://de.trustpilot.com/review/zalando.de'))).toBe(
      'https://de.trustpilot.com/review/zalando.de?sort=recency',
    );
    expect(trustpilot.newestFirstUrl?.(new URL('https://www.trustpilot.com/reviews/65a1b2c3d4e5f60718293a4b'))).toBeUndefined();
  });

  it('is optional: sites whose address cannot sort reviews have none', () => {
    expect(googleMaps.newestFirstUrl).toBeUndefined();
    expect(tripadvisor.newestFirstUrl).toBeUndefined();
  });

  it('is guarded: an adapter’s rule that throws or leads to another site gives nothing', () => {
    const base = {
      id: 'yelp' as const,
      matches: ['https://www.yelp.com/biz/*'],
      sampleUrls: [],
      isReviewPage: () => true,
      scan: yelp.scan,
      readCard: yelp.readCard,
      expandButtons: () => [],
    };
    const throwing = defineSite({
      ...base,
      newestFirstUrl: () => {
        throw new Error('bad');
      },
    });
    const elsewhere = defineSite({ ...base, newestFirstUrl: () => 'https://evil.example/biz/x' });
    expect(throwing.newestFirstUrl?.(new URL(BIZ))).toBeUndefined();
    expect(elsewhere.newestFirstUrl?.(new URL(BIZ))).toBeUndefined();
  });
});

describe('what a notification click opens', () => {
  const business = { url: BIZ, site: 'yelp' as const };

  it('opens a single review with a link of its own at that review', () => {
    const url = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin?hrid=AbC123';
    expect(alertClickUrl({ url, reviewKeys: ['yelp:a'] }, business)).toBe(url);
  });

  it('opens the review list newest first for a group, or a review without a link', () => {
    expect(alertClickUrl({ url: BIZ, reviewKeys: ['yelp:a', 'yelp:b'] }, business)).toBe(`${BIZ}?sort_by=date_desc#reviews`);
    expect(alertClickUrl({ url: BIZ, reviewKeys: ['yelp:a'] }, business)).toBe(`${BIZ}?sort_by=date_desc#reviews`);
  });

  it('keeps the business page where the site cannot sort by address, and the stored address when the business is gone', () => {
    const ta = 'https://www.tripadvisor.com/Restaurant_Review-g30196-d1234567-Reviews-The_Golden_Spoon_Bistro-Austin_Texas.html';
    expect(alertClickUrl({ url: ta, reviewKeys: ['tripadvisor:a', 'tripadvisor:b'] }, { url: ta, site: 'tripadvisor' })).toBe(ta);
    expect(alertClickUrl({ url: BIZ, reviewKeys: ['yelp:a', 'yelp:b'] }, undefined)).toBe(BIZ);
  });
});
