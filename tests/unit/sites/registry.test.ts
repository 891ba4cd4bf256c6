import { describe, expect, it } from 'vitest';
import { SITES, siteForUrl, siteMatchesUrl } from '@/utils/sites/registry';
import { cidFromUrl } from '@/utils/sites/google-maps';

describe('site adapters', () => {
  it.each(SITES.flatMap((site) => site.sampleUrls.map((url) => [site.id, url] as const)))('%s matches its sample %s, and no other adapter does', (id, url) => {
    const matching = SITES.filter((site) => siteMatchesUrl(site, url)).map((site) => site.id);
    expect(matching).toEqual([id]);
    expect(SITES.find((site) => site.id === id)!.isReviewPage(new URL(url))).toBe(true);
  });

  it('has sample URLs for every adapter and only https match patterns', () => {
    for (const site of SITES) {
      expect(site.sampleUrls.length).toBeGreaterThanOrEqual(4);
      expect(site.matches.every((m) => m.startsWith('https://'))).toBe(true);
    }
  });

  it('runs on no unrelated page', () => {
    for (const url of [
      'https://www.google.com/search?q=golden+spoon',
      'https://www.yelp.com/search?find_desc=pasta',
      'https://www.tripadvisor.com/Tourism-g30196-Austin_Texas-Vacations.html',
      'https://evil.example/www.yelp.com/biz/x',
      'http://www.yelp.com/biz/the-golden-spoon-bistro-austin',
      'https://www.booking.com/searchresults.en-gb.html?ss=Paris',
      'https://www.booking.com/city/fr/paris.html',
      'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=4417291',
      'https://www.trustpilot.com/categories/electronics_store',
      'https://www.trustpilot.com/users/5e1c2b3a4d5e6f7081920a1b',
      'https://evil.example/review/www.partshub.co.uk',
      // Yandex and 2GIS: only the organisation and firm pages, never the rest of the map or the portal.
      'https://yandex.ru/maps/?text=%D0%BA%D0%B0%D1%84%D0%B5',
      'https://yandex.ru/maps/213/moscow/',
      'https://yandex.ru/search/?text=brusnika',
      'https://yandex.ru/sprav/1018907821/p/edit/reviews/',
      'https://maps.yandex.ru.evil.example/maps/org/x/1/reviews/',
      'https://2gis.ru/moscow',
      'https://2gis.ru/moscow/search/%D0%BA%D0%BE%D1%84%D0%B5',
      'https://account.2gis.com/orgs/70000001018123400/reviews',
      'https://2gis.com.evil.example/moscow/firm/1/tab/reviews',
    ]) {
      expect(siteForUrl(url), url).toBeUndefined();
    }
  });

  it('reads the CID from the feature id in a Google Maps URL', () => {
    // 0x8e6273dccb2b7b1c as an unsigned 64-bit integer (checked by computation).
    expect(cidFromUrl(new URL('https://www.google.com/maps/place/X/data=!4m6!3m5!1s0x47d9e301afa19001:0x8e6273dccb2b7b1c!8m2'))).toBe('10259890293242034972');
    expect(cidFromUrl(new URL('https://maps.google.com/?cid=10259890293242034972'))).toBe('10259890293242034972');
    expect(cidFromUrl(new URL('https://www.google.com/maps/place/X/@1,2,17z'))).toBeUndefined();
  });
});
