// @vitest-environment jsdom
/**
 * A page decides what its links say, and the extension later opens stored links (a click on a
 * notification, "Open" in the popup). Every link in every saved page is pointed elsewhere and
 * the canonical link forged: no stored address may lead off the site.
 */
import { describe, expect, it } from 'vitest';
import { urlOnHosts } from '@/utils/sites/hosts';
import { siteById } from '@/utils/sites/registry';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

const FOREIGN = ['https://evil.example/', 'http://www.yelp.com.evil.example/', 'https://www.tripadvisor.com@evil.example/', '//evil.example/'];

describe.each(SITE_FIXTURES.filter((f) => f.reviews > 0))('$file with every link pointed elsewhere', (fixture) => {
  const adapter = siteById(fixture.site)!;

  const html = renderFixture(fixture.file, { now: FIXED_NOW });
  const original = adapter.extract(new DOMParser().parseFromString(html, 'text/html'), new URL(fixture.url), FIXED_NOW).capture!;

  it.each(FOREIGN)('keeps no address on %s', (prefix) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
      const href = a.getAttribute('href')!;
      a.setAttribute('href', `${prefix}${href.replace(/^https?:\/\/[^/]+\//, '').replace(/^\//, '')}`);
    }
    doc.querySelector('link[rel="canonical"]')?.setAttribute('href', `${prefix}Restaurant_Review-g1-d1-Reviews-Forged.html`);
    const { capture } = adapter.extract(doc, new URL(fixture.url), FIXED_NOW);
    expect(capture?.reviews.length).toBe(fixture.reviews);
    // The business keeps its own address (Google's is its cid link): a forged canonical gives way to the page's.
    const pageAddress = `${new URL(fixture.url).origin}${new URL(fixture.url).pathname}`;
    expect([original.business.url, pageAddress]).toContain(capture!.business.url);
    for (const review of capture!.reviews) expect(review.url).toBeUndefined();
  });
});

describe('urlOnHosts', () => {
  const hosts = siteById('yelp')!.hosts;

  it.each([
    ['https://www.yelp.com/biz/x?hrid=1', 'https://www.yelp.com/biz/x?hrid=1'],
    ['https://m.yelp.co.uk/biz/x', 'https://m.yelp.co.uk/biz/x'],
    ['https://yelp.com/biz/x', 'https://yelp.com/biz/x'],
    ['http://www.yelp.com/biz/x', undefined],
    ['https://www.yelp.com:8443/biz/x', undefined],
    ['https://user@www.yelp.com/biz/x', undefined],
    ['https://www.yelp.com.evil.example/biz/x', undefined],
    ['https://evilyelp.com/biz/x', undefined],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(urlOnHosts(raw, hosts)).toBe(expected);
  });
});
