// @vitest-environment jsdom
/**
 * Google Maps' place header (rating and review count) wherever it sits: on some pages the
 * histogram rows and the "2,314 reviews" button carry `jsaction="…reviewChart.moreReviews"`,
 * which the header itself carries on others, and nothing inside them holds the rating.
 */
import { describe, expect, it } from 'vitest';
import { googleMaps } from '@/utils/sites/google-maps';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

function header(file: string, transform?: (doc: Document) => void): { rating?: number; reviewCount?: number } | undefined {
  const fixture = SITE_FIXTURES.find((f) => f.file === file)!;
  const doc = new DOMParser().parseFromString(renderFixture(file, { now: FIXED_NOW }), 'text/html');
  transform?.(doc);
  const business = googleMaps.extract(doc, new URL(fixture.url), FIXED_NOW).capture?.business;
  return business && { rating: business.rating, reviewCount: business.reviewCount };
}

describe('Google Maps place header', () => {
  it('reads the header when the histogram rows and the reviews button carry the moreReviews action', () => {
    expect(header('google-maps/trattoria-histogram.html')).toEqual({ rating: 4.5, reviewCount: 2314 });
  });

  it('reads the same header without the histogram', () => {
    const withoutHistogram = (doc: Document): void => {
      doc.querySelectorAll('table.busUM, [jsaction*="reviewChart.moreReviews"]').forEach((el) => el.remove());
    };
    expect(header('google-maps/trattoria-histogram.html', withoutHistogram)).toEqual({ rating: 4.5, reviewCount: 2314 });
  });

  it('reads the header when it carries the action itself, with the histogram rows below it', () => {
    expect(header('google-maps/restaurant-en.html')).toEqual({ rating: 4.5, reviewCount: 2314 });
  });

  it('never takes a histogram row’s count for the place’s', () => {
    // Only the rows are left with a count: the place's total is unknown, not 1,642.
    const onlyRows = (doc: Document): void => {
      doc.querySelectorAll('[aria-label="2,314 reviews"], .fontBodySmall').forEach((el) => el.remove());
      doc.querySelectorAll('.F7nice span, .jANrlb div').forEach((el) => {
        if (/2,314/.test(el.textContent ?? '')) el.textContent = '';
      });
    };
    expect(header('google-maps/trattoria-histogram.html', onlyRows)?.reviewCount).toBeUndefined();
  });
});
