import { describe, expect, it } from 'vitest';
import { BLIND_REASONS, shownBand, shownRiskLevel, siteState, unsafeSites, viewTrust, type SiteState } from '@/utils/reputation/site-state';
import { siteStateText } from '@/utils/reputation/site-state-text';
import { createTranslator } from '@/utils/i18n';
import type { LayoutHealth } from '@/utils/sites/types';
import type { BusinessRecord } from '@/utils/store/schema';
import { DAY } from '../../support/factories';

const NOW = Date.UTC(2026, 10, 20, 12);

function health(status: LayoutHealth['status']): LayoutHealth {
  return { looksLikeReviewPage: true, cardsFound: 0, cardsRead: status === 'ok' ? 5 : 0, selectors: {}, status };
}

function record(overrides: Partial<BusinessRecord> = {}): Pick<BusinessRecord, 'key' | 'site' | 'lastCheckedAt' | 'health'> {
  return { key: 'yelp:biz-1', site: 'yelp', lastCheckedAt: NOW - 2 * 3_600_000, health: health('ok'), ...overrides };
}

describe('a site’s state: ok, stale or blind, with what to do', () => {
  it('a site read two hours ago is ok', () => {
    expect(siteState(record(), NOW, 7)).toEqual({ kind: 'ok', businessKey: 'yelp:biz-1', site: 'yelp', checkedAt: NOW - 2 * 3_600_000 });
  });

  it('a site not checked for the setting’s days is stale, one day earlier it is not', () => {
    expect(siteState(record({ lastCheckedAt: NOW - 7 * DAY }), NOW, 7)).toMatchObject({ kind: 'stale', days: 7, action: 'open-reviews' });
    expect(siteState(record({ lastCheckedAt: NOW - 6 * DAY - 3_600_000 }), NOW, 7).kind).toBe('ok');
    // The owner's own setting decides: three days.
    expect(siteState(record({ lastCheckedAt: NOW - 3 * DAY }), NOW, 3)).toMatchObject({ kind: 'stale', days: 3 });
  });

  it('each page state that could not read the reviews is blind, with its own action, however recent the visit', () => {
    const actions = Object.fromEntries(
      BLIND_REASONS.map((reason) => [reason, siteState(record({ health: health(reason), lastCheckedAt: NOW - 60_000 }), NOW, 7)]),
    );
    expect(actions['layout-changed']).toMatchObject({ kind: 'blind', reason: 'layout-changed', action: 'check-yourself' });
    expect(actions.blocked).toMatchObject({ kind: 'blind', reason: 'blocked', action: 'pass-check' });
    expect(actions['limited-view']).toMatchObject({ kind: 'blind', reason: 'limited-view', action: 'sign-in' });
    expect(actions['reviews-not-open']).toMatchObject({ kind: 'blind', reason: 'reviews-not-open', action: 'open-reviews' });
    // Blind wins over stale: an old blind visit is still blind.
    expect(siteState(record({ health: health('blocked'), lastCheckedAt: NOW - 30 * DAY }), NOW, 7).kind).toBe('blind');
  });

  it('a listing with no reviews yet, or a record from before health was kept, is judged by its age only', () => {
    expect(siteState(record({ health: health('no-reviews') }), NOW, 7).kind).toBe('ok');
    expect(siteState(record({ health: undefined }), NOW, 7).kind).toBe('ok');
    expect(siteState(record({ health: undefined, lastCheckedAt: NOW - 8 * DAY }), NOW, 7).kind).toBe('stale');
  });
});

describe('what a view over its sites may claim', () => {
  const ok = siteState(record(), NOW, 7);
  const stale = siteState(record({ key: 'google-maps:x', site: 'google-maps', lastCheckedAt: NOW - 9 * DAY }), NOW, 7);
  const blind = siteState(record({ key: 'tripadvisor:d1', site: 'tripadvisor', health: health('layout-changed') }), NOW, 7);

  it('current only when every site is ok; partial when any is stale or blind; unknown when every site is blind', () => {
    expect(viewTrust([ok])).toBe('current');
    expect(viewTrust([ok, stale])).toBe('partial');
    expect(viewTrust([ok, blind])).toBe('partial');
    expect(viewTrust([stale])).toBe('partial');
    expect(viewTrust([blind])).toBe('unknown');
    expect(viewTrust([blind, { ...blind, businessKey: 'yelp:biz-2' } as SiteState])).toBe('unknown');
    expect(viewTrust([])).toBe('unknown');
  });

  it('never a green band nor a low risk unless current; red and yellow stand; no band at all when unknown', () => {
    expect(shownBand('green', 'current')).toBe('green');
    expect(shownBand('green', 'partial')).toBe('partial');
    expect(shownBand('yellow', 'partial')).toBe('yellow');
    expect(shownBand('red', 'partial')).toBe('red');
    expect(shownBand('red', 'unknown')).toBe('unknown');
    expect(shownRiskLevel('low', 'current')).toBe('low');
    expect(shownRiskLevel('low', 'partial')).toBe('unknown');
    expect(shownRiskLevel('low', 'unknown')).toBe('unknown');
    expect(shownRiskLevel('high', 'partial')).toBe('high');
  });

  it('lists the sites that keep a view from being current, blind first', () => {
    expect(unsafeSites([ok, stale, blind]).map((s) => s.kind)).toEqual(['blind', 'stale']);
  });
});

describe('the words for a site’s state', () => {
  const en = createTranslator('en');
  it('says what is wrong and what to do, per reason, in English, Russian and Chinese', () => {
    const blocked = siteState(record({ health: health('blocked') }), NOW, 7);
    expect(siteStateText(en, blocked, NOW)).toEqual({
      line: 'Yelp: a check page was shown instead of the reviews at the last visit (2 hours ago).',
      short: 'Yelp: reviews could not be read',
      action: 'Confirm you are not a robot on Yelp.',
    });
    const signedOut = siteState(record({ site: 'google-maps', health: health('limited-view') }), NOW, 7);
    expect(siteStateText(en, signedOut, NOW).action).toBe('Sign in to Google Maps.');
    const closed = siteState(record({ health: health('reviews-not-open') }), NOW, 7);
    expect(siteStateText(en, closed, NOW).action).toBe('Open the reviews on Yelp.');
    const stale = siteState(record({ lastCheckedAt: NOW - 9 * DAY }), NOW, 7);
    expect(siteStateText(en, stale, NOW)).toEqual({
      line: 'Yelp: not checked for 9 days.',
      short: 'Yelp: not checked for 9 days',
      action: 'Open the reviews on Yelp.',
    });
    expect(siteStateText(createTranslator('ru'), blocked, NOW).action).toBe('Подтвердите на Yelp, что вы не робот.');
    expect(siteStateText(createTranslator('ru'), stale, NOW).line).toBe('Yelp: не проверялось 9 дней.');
    expect(siteStateText(createTranslator('zh'), blocked, NOW).short).toBe('Yelp：未能读取评价');
    expect(siteStateText(en, siteState(record(), NOW, 7), NOW)).toEqual({ line: 'Yelp: checked 2 hours ago', short: 'Yelp: checked 2 hours ago' });
  });
});
