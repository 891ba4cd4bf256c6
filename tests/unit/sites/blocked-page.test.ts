import { describe, expect, it } from 'vitest';
import { blockedPageBusinessId, blockedPageBusinessKey, businessIdInAddress } from '@/utils/sites/blocked-page';
import { businessKeyOf } from '@/utils/store/schema';
import { SITE_FIXTURES } from '../../support/site-fixtures';

const BLOCKED = { status: 'blocked' } as const;
const page = (site: Parameters<typeof blockedPageBusinessId>[0], pageUrl: string, status: 'blocked' | 'ok' | 'layout-changed' = 'blocked') => ({
  site,
  pageUrl,
  health: { status },
});

describe('which business a check page stands for', () => {
  it('reads the id the site puts in its addresses, the same the adapter stores for the business page', () => {
    // Every fixture page of a site whose addresses carry the id: the address alone gives the stored id.
    const withIds = SITE_FIXTURES.filter((f) => f.status === 'ok' && ['google-maps', 'tripadvisor', 'trustpilot', 'yandex-maps', '2gis'].includes(f.site));
    expect(withIds.length).toBeGreaterThan(10);
    for (const fixture of withIds.filter((f) => f.site !== 'google-maps')) {
      expect(businessIdInAddress(fixture.site, new URL(fixture.url)), fixture.file).toMatch(/\S/);
    }
    expect(
      businessIdInAddress('tripadvisor', new URL('https://www.tripadvisor.de/Hotel_Review-g187323-d199154-Reviews-Hotel_Adlon_Kempinski-Berlin.html')),
    ).toBe('d199154');
    expect(businessIdInAddress('trustpilot', new URL('https://www.trustpilot.com/review/www.partshub.co.uk?page=3'))).toBe('www.partshub.co.uk');
    expect(businessIdInAddress('yandex-maps', new URL('https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/?ll=37.6&z=17'))).toBe('1018907821');
    expect(businessIdInAddress('2gis', new URL('https://2gis.ru/moscow/firm/70000001018123456/tab/reviews?m=37.63%2C55.76%2F17'))).toBe('70000001018123456');
    expect(businessIdInAddress('google-maps', new URL('https://www.google.com/maps?cid=10259890293242034972'))).toBe('10259890293242034972');
    // Yelp and Booking name their ids only inside the page.
    expect(businessIdInAddress('yelp', new URL('https://www.yelp.de/biz/caf%C3%A9-sonnenschein-berlin'))).toBeUndefined();
    expect(businessIdInAddress('booking', new URL('https://www.booking.com/hotel/fr/le-petit-marais.html'))).toBeUndefined();
  });

  it('follows the address the check returns to, on the site’s own hosts only', () => {
    const place = 'https://www.google.com/maps/place/Trattoria+Lucia/@40.7,-74,17z/data=!4m6!3m5!1s0x89c2598f1e3a8d9b:0x8e5f0d3c2b1a4f6d!8m2';
    expect(blockedPageBusinessId('google-maps', `https://www.google.com/sorry/index?continue=${encodeURIComponent(place)}&q=EgQ`)).toBe(
      BigInt('0x8e5f0d3c2b1a4f6d').toString(10),
    );
    // Yandex writes its retpath in base64 with a hash after an underscore.
    const retpath = `${btoa('https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/')}_0123456789abcdef0123456789abcdef`;
    expect(blockedPageBusinessId('yandex-maps', `https://yandex.ru/showcaptcha?cc=1&retpath=${encodeURIComponent(retpath)}&t=2/1733`)).toBe('1018907821');
    // A return address off the site names nothing.
    expect(
      blockedPageBusinessId('google-maps', `https://www.google.com/sorry/index?continue=${encodeURIComponent('https://evil.example/maps?cid=1')}`),
    ).toBeUndefined();
    expect(blockedPageBusinessId('google-maps', 'https://www.google.com/sorry/index?continue=not%20a%20url')).toBeUndefined();
    expect(blockedPageBusinessId('yelp', 'not a url')).toBeUndefined();
  });

  it('ties a check page to the business in its address, else to the one the tab showed last on the same site', () => {
    const lastYelp = { site: 'yelp' as const, businessKey: 'yelp:cAfE5oNnEnScHeIn1Berlin' };
    // Yelp's check page names no business: the tab's last Yelp business.
    expect(blockedPageBusinessKey(page('yelp', 'https://www.yelp.de/biz/caf%C3%A9-sonnenschein-berlin'), lastYelp, businessKeyOf)).toBe(
      'yelp:cAfE5oNnEnScHeIn1Berlin',
    );
    // The address wins over the tab: the owner opened another firm whose page was replaced by the check.
    expect(
      blockedPageBusinessKey(
        page('2gis', 'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews'),
        { site: '2gis', businessKey: '2gis:5348552838567890' },
        businessKeyOf,
      ),
    ).toBe('2gis:70000001018123456');
    // The tab last showed another site's business: nothing to tie.
    expect(
      blockedPageBusinessKey(page('yelp', 'https://www.yelp.com/biz/x'), { site: 'tripadvisor', businessKey: 'tripadvisor:d1' }, businessKeyOf),
    ).toBeUndefined();
    expect(blockedPageBusinessKey(page('yelp', 'https://www.yelp.com/biz/x'), undefined, businessKeyOf)).toBeUndefined();
    expect(blockedPageBusinessKey(page('yelp', 'https://www.yelp.com/biz/x'), { site: 'yelp' }, businessKeyOf)).toBeUndefined();
    // Only check pages are tied: another page without a capture says nothing about the tab's business.
    expect(blockedPageBusinessKey(page('yelp', 'https://www.yelp.com/biz/x', 'layout-changed'), lastYelp, businessKeyOf)).toBeUndefined();
    expect(blockedPageBusinessKey({ ...page('yelp', 'https://www.yelp.com/biz/x'), health: BLOCKED }, lastYelp, businessKeyOf)).toBe(lastYelp.businessKey);
  });
});
