import { describe, expect, it } from 'vitest';
import { badgeTitle, blindOwnSites, ownPlacesWithoutReviews } from '@/utils/background/badge';
import { createTranslator } from '@/utils/i18n';
import type { LayoutHealth } from '@/utils/sites/types';
import type { BusinessRecord } from '@/utils/store/schema';
import { DAY } from '../../support/factories';

const NOW = Date.UTC(2026, 10, 20, 12);
const t = createTranslator('en');

function health(status: LayoutHealth['status']): LayoutHealth {
  return { looksLikeReviewPage: true, cardsFound: 0, cardsRead: 0, selectors: {}, status };
}

function stored(overrides: Partial<BusinessRecord>): BusinessRecord {
  return {
    key: 'yelp:biz-1',
    site: 'yelp',
    siteBusinessId: 'biz-1',
    name: 'Trattoria Lucia',
    url: 'https://www.yelp.com/biz/trattoria-lucia',
    role: 'mine',
    firstSeenAt: NOW - 90 * DAY,
    lastCheckedAt: NOW - 3_600_000,
    baselineVisitId: 'v1',
    baselineAt: NOW - 90 * DAY,
    lastVisitId: 'v9',
    health: health('ok'),
    ...overrides,
  };
}

describe('the badge tooltip says which of the owner’s sites are blind or stale', () => {
  it('names the site, what is wrong and what to do, even with nothing unread', () => {
    const businesses = [
      stored({ health: health('blocked') }),
      stored({ key: 'google-maps:1', site: 'google-maps', lastCheckedAt: NOW - 10 * DAY }),
      stored({ key: 'tripadvisor:d1', site: 'tripadvisor' }),
      // Not the owner's: not in the tooltip.
      stored({ key: 'yelp:other', name: 'Pizza Roma', role: 'competitor', health: health('layout-changed') }),
    ];
    const sites = blindOwnSites(businesses, NOW, 7);
    expect(sites.map((s) => [s.business.key, s.state.kind])).toEqual([
      ['yelp:biz-1', 'blind'],
      ['google-maps:1', 'stale'],
    ]);
    expect(badgeTitle(t, 0, [], sites, NOW)).toBe(
      'Trattoria Lucia — Yelp: reviews could not be read. Confirm you are not a robot on Yelp.\n' +
        'Trattoria Lucia — Google Maps: not checked for 10 days. Open the reviews on Google Maps.',
    );
    expect(badgeTitle(t, 2, [{ business: businesses[0]!, unread: 2 }], sites.slice(0, 1), NOW)).toBe(
      '2 new negative reviews — Trattoria Lucia\nTrattoria Lucia — Yelp: reviews could not be read. Confirm you are not a robot on Yelp.',
    );
    expect(badgeTitle(createTranslator('ru'), 0, [], sites.slice(0, 1), NOW)).toBe(
      'Trattoria Lucia — Yelp: отзывы прочитать не удалось. Подтвердите на Yelp, что вы не робот.',
    );
  });

  it('says nothing more when every site of the owner is current', () => {
    const sites = blindOwnSites([stored({})], NOW, 7);
    expect(sites).toEqual([]);
    expect(badgeTitle(t, 0, [], sites, NOW)).toBe('Review Sentinel');
  });
});

describe('the badge tooltip says which of the owner’s places have no review read yet', () => {
  it('names them without a score, as the popup and the list do; a blind site is said by its own line', () => {
    const tacos = stored({ key: 'yelp:tacos', name: 'Tacos El Rey' });
    const lucia = stored({});
    const shut = stored({ key: 'yelp:shut', name: 'Shut Cafe', health: health('blocked') });
    const rival = stored({ key: 'yelp:rival', name: 'Rival', role: 'competitor' });
    const totals = new Map([['yelp:biz-1', 12]]);
    const empty = ownPlacesWithoutReviews([tacos, lucia, shut, rival], totals, NOW, 7);
    expect(empty.map((b) => b.key)).toEqual(['yelp:tacos']);
    expect(badgeTitle(t, 0, [], [], NOW, empty)).toBe('Tacos El Rey — no reviews yet: the first negative one will alert you.');
    // A group counts as one place: reviews read on either site mean it has some.
    const maps = stored({ key: 'google-maps:tacos', site: 'google-maps', name: 'Tacos El Rey', group: 'g1' });
    expect(ownPlacesWithoutReviews([{ ...tacos, group: 'g1' }, maps], new Map([['google-maps:tacos', 3]]), NOW, 7)).toEqual([]);
  });
});
