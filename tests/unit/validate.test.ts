import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/utils/messages';
import { validateCaptureMessage } from '@/utils/validate';
import { business, OK_HEALTH, review } from '../support/factories';

const NOW = Date.UTC(2026, 10, 20, 12);

function message(overrides: Record<string, unknown> = {}, captureOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'capture:page',
    visitId: 'abc123',
    site: 'yelp',
    pageUrl: 'https://www.yelp.com/biz/cafe-uno',
    health: OK_HEALTH,
    capture: { site: 'yelp', business: business(), reviews: [review('r1')], health: OK_HEALTH, pageLang: 'en', ...captureOverrides },
    ...overrides,
  };
}

describe('validateCaptureMessage', () => {
  it('accepts a well-formed capture and returns clean values', () => {
    const result = validateCaptureMessage(message(), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rejected).toEqual([]);
    expect(result.value.message.capture?.reviews[0]).toMatchObject({ siteReviewId: 'r1', rating: 5, truncated: false });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['unknown type', { ...message(), type: 'capture:evil' }],
    ['unknown site', { ...message(), site: 'evil.com' }],
    ['javascript: page url', { ...message(), pageUrl: 'javascript:alert(1)' }],
    ['bad visit id', { ...message(), visitId: '<script>' }],
    ['missing health', { ...message(), health: undefined }],
    ['site mismatch', message({}, { site: 'tripadvisor' })],
    ['reviews not a list', message({}, { reviews: 'many' })],
    ['too many reviews', message({}, { reviews: Array.from({ length: LIMITS.reviewsPerMessage + 1 }, (_, i) => review(`r${i}`)) })],
    ['business without name', message({}, { business: { ...business(), name: '   ' } })],
    ['business url not http', message({}, { business: { ...business(), url: 'data:text/html,hi' } })],
    ['business url on another host', message({}, { business: { ...business(), url: 'https://yelp.com.evil.example/biz/cafe-uno' } })],
    ['business url with credentials', message({}, { business: { ...business(), url: 'https://user:pw@www.yelp.com/biz/cafe-uno' } })],
    ['page url on another site', { ...message(), pageUrl: 'https://www.tripadvisor.com/Restaurant_Review-g1-d2-Reviews-X.html' }],
    ['business rating out of range', message({}, { business: { ...business(), rating: 7 } })],
    ['negative review count', message({}, { business: { ...business(), reviewCount: -5 } })],
  ])('rejects a message with %s', (_name, raw) => {
    const result = validateCaptureMessage(raw, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(3);
  });

  it('drops invalid reviews one by one, with reasons, and keeps the valid ones', () => {
    const reviews = [
      review('good'),
      review('stars', { rating: 9 }),
      review('half', { rating: 2.3 }),
      { ...review('type'), text: 42 },
      review('long', { text: 'x'.repeat(LIMITS.textLength + 1) }),
      review('future', { publishedAt: NOW + 10 * 86_400_000 }),
      review('bad id <>'),
      review('js-link', { url: 'javascript:alert(1)' }),
      review('phish', { url: 'https://evil.example/yelp.com/biz/cafe-uno?hrid=1' }),
      review('lang', { lang: 'en"><img' }),
      { ...review('no-author'), author: '' },
    ];
    const result = validateCaptureMessage(message({}, { reviews }), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.message.capture?.reviews.map((r) => r.siteReviewId)).toEqual(['good']);
    expect(result.value.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.value.rejected.find((r) => r.index === 1)?.reason).toMatch(/rating/);
    expect(result.value.rejected.find((r) => r.index === 8)?.reason).toBe('review url is not an address on yelp');
  });

  it('keeps links on any of the site’s own hosts', () => {
    const reviews = [review('de', { url: 'https://www.yelp.de/biz/cafe-uno?hrid=a' }), review('m', { url: 'https://m.yelp.com/biz/cafe-uno?hrid=b' })];
    const result = validateCaptureMessage(message({}, { reviews }), NOW);
    expect(result.ok && result.value.message.capture?.reviews.map((r) => r.url)).toEqual([
      'https://www.yelp.de/biz/cafe-uno?hrid=a',
      'https://m.yelp.com/biz/cafe-uno?hrid=b',
    ]);
  });

  it('strips control characters and trims strings', () => {
    const result = validateCaptureMessage(message({}, { reviews: [review('c', { author: '  Ann\u0000 B.\u0007 ', text: 'Good\u0001 food\n\nreally' })] }), NOW);
    expect(result.ok && result.value.message.capture?.reviews[0]).toMatchObject({ author: 'Ann B.', text: 'Good food\n\nreally' });
  });

  it('accepts a capture-less status message (layout changed)', () => {
    const result = validateCaptureMessage(message({ capture: null, health: { ...OK_HEALTH, status: 'layout-changed', cardsRead: 0 } }), NOW);
    expect(result.ok && result.value.message.capture).toBeNull();
  });
});
