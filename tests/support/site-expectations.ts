/**
 * What a saved page must leave behind once the built extension has read it in a real browser,
 * checked the same way in Chromium and Firefox: the tab's state (page health, business) and,
 * in IndexedDB, the business and every review of the page's `.expected.json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { TabState } from '@/utils/session/tab-state';
import type { ExtractResult } from '@/utils/sites/types';
import { readStore, tabStateOf, type Background, type StoreDump } from './extension';
import { FIXTURES_DIR } from './fixtures';
import { SITE_FIXTURES, type SiteFixture } from './site-fixtures';
import { waitFor } from './wait';

/** A stored review is the expected one: by key, or for hashed ids (which include a date the served page renders relative to today) by author and text. */
function sameReview(want: { siteReviewId: string; author: string; text: string }, got: { key: string; site: string; author: string; text: string }): boolean {
  return want.siteReviewId.startsWith('h-') ? got.author === want.author && got.text === want.text : got.key === `${got.site}:${want.siteReviewId}`;
}

export function expectedOf(fixture: SiteFixture): ExtractResult {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, fixture.file.replace(/\.html$/, '.expected.json')), 'utf8')) as ExtractResult;
}

/** Waits until the tab showing `pageUrl` reports the fixture's page health. */
export function capturedTab(background: Background, fixture: SiteFixture, pageUrl: string): Promise<{ tabId: number; state: TabState }> {
  return waitFor(async () => {
    const found = await tabStateOf(background, pageUrl).catch(() => null);
    return found?.state.health.status === fixture.status && found;
  }, `the tab state of ${fixture.file}`);
}

/**
 * Checks the tab state against the page's expected records and waits for the store to hold
 * them: the business with its rating and count, and each review field by field. Returns the
 * store, or undefined for a page without reviews (which must store no business for the tab).
 */
export async function expectStoredAsSaved(background: Background, fixture: SiteFixture, state: TabState): Promise<StoreDump | undefined> {
  const expected = expectedOf(fixture);
  expect(state.health).toEqual(expected.health);
  // A real listing without reviews yet: its business is stored with the visit (a new listing).
  if (fixture.reviews === 0 && fixture.status === 'no-reviews' && expected.capture) return expectBusinessWithoutReviews(background, fixture, expected, state);
  if (fixture.reviews === 0) {
    // A page that could not be read still names its business (a blind visit); a redesign of a
    // business never seen before is stored with its warning, other blind pages only for followed ones.
    const named = expected.capture ? `${fixture.site}:${expected.capture.business.siteBusinessId}` : undefined;
    if (fixture.status === 'blocked' && state.businessKey !== undefined) {
      // A check page is tied to the business its address names (its blind visit), never a new business:
      // if stored, that business came from another saved page of the site.
      expect(state.businessKey.startsWith(`${fixture.site}:`)).toBe(true);
      const stored = (await readStore(background)).businesses.some((b) => b.key === state.businessKey);
      const fromPage = SITE_FIXTURES.some((f) => f.reviews > 0 && `${f.site}:${expectedOf(f).capture?.business.siteBusinessId}` === state.businessKey);
      if (stored) expect(fromPage).toBe(true);
    } else expect(state.businessKey).toBe(named);
    if (fixture.status === 'layout-changed') {
      // Another saved page may have stored this business before (read fine): wait for this visit's warning.
      const store = await waitFor(async () => {
        const s = await readStore(background);
        return s.businesses.some((b) => b.key === named && b.health?.status === 'layout-changed') && s;
      }, `the layout warning on the business of ${fixture.file}`);
      expect(store.businesses.find((b) => b.key === named)).toMatchObject({
        name: expected.capture!.business.name,
        health: { status: 'layout-changed', cardsRead: 0 },
      });
      // Nothing was read from this page: any review of the business came from another saved page of it.
      const others = SITE_FIXTURES.filter((f) => f.reviews > 0 && f.site === fixture.site).map(expectedOf);
      const fromElsewhere = (r: StoreDump['reviews'][number]) => others.some((e) => e.capture?.reviews.some((want) => sameReview(want, r)));
      expect(store.reviews.filter((r) => r.businessKey === named && !fromElsewhere(r)).map((r) => r.author)).toEqual([]);
    }
    return undefined;
  }
  const businessKey = `${fixture.site}:${expected.capture!.business.siteBusinessId}`;
  expect(state.businessKey).toBe(businessKey);
  // Several saved pages may show the same business (Booking's property page and its review list):
  // this page's reviews are the ones its expected file names, the others belong to those pages.
  const pagesOfBusiness = SITE_FIXTURES.filter((f) => f.reviews > 0 && f.site === fixture.site).filter(
    (f) => `${f.site}:${expectedOf(f).capture?.business.siteBusinessId}` === businessKey,
  );
  const ofPage = (page: SiteFixture) => (r: StoreDump['reviews'][number]) => expectedOf(page).capture!.reviews.some((want) => sameReview(want, r));
  const store = await waitFor(async () => {
    const s = await readStore(background);
    return s.reviews.filter((r) => r.businessKey === businessKey && ofPage(fixture)(r)).length >= fixture.reviews && s;
  }, `${fixture.reviews} reviews of ${fixture.file}`);
  // Exactly the page's reviews: nothing read twice, nothing from elsewhere on the page.
  const stored = store.reviews.filter((r) => r.businessKey === businessKey);
  expect(stored.filter(ofPage(fixture))).toHaveLength(fixture.reviews);
  expect(stored.filter((r) => !pagesOfBusiness.some((page) => ofPage(page)(r))).map((r) => r.author)).toEqual([]);
  const business = store.businesses.find((b) => b.key === businessKey)!;
  expect(business).toMatchObject({ name: expected.capture!.business.name, url: expected.capture!.business.url });
  expect(business.rating).toBe(expected.capture!.business.rating);
  expect(business.reviewCount).toBe(expected.capture!.business.reviewCount);
  for (const want of expected.capture!.reviews) {
    // Hashed ids include the date text, which the served page renders relative to today.
    const got = want.siteReviewId.startsWith('h-')
      ? store.reviews.find((r) => r.businessKey === businessKey && r.author === want.author && r.text === want.text)
      : store.reviews.find((r) => r.key === `${fixture.site}:${want.siteReviewId}`);
    expect(got, `${fixture.file}: ${want.author}`).toBeDefined();
    expect(got).toMatchObject({
      author: want.author,
      text: want.text,
      truncated: want.truncated,
      businessKey,
    });
    expect(got!.rating).toBe(want.rating);
    expect(got!.title).toBe(want.title);
    expect(got!.lang).toBe(want.lang);
    expect(got!.url).toBe(want.url);
    expect(got!.reply?.text).toBe(want.reply?.text);
    expect(got!.datePrecision).toBe(want.datePrecision);
    expect(got!.publishedAt === undefined).toBe(want.publishedAt === undefined);
  }
  return store;
}

/** A business with no reviews yet (a new listing) is recorded all the same: the business, its count of zero, no review. */
async function expectBusinessWithoutReviews(background: Background, fixture: SiteFixture, expected: ExtractResult, state: TabState): Promise<StoreDump> {
  const business = expected.capture!.business;
  const businessKey = `${fixture.site}:${business.siteBusinessId}`;
  expect(state.businessKey).toBe(businessKey);
  const store = await waitFor(async () => {
    const s = await readStore(background);
    return s.businesses.some((b) => b.key === businessKey) && s;
  }, `the business of ${fixture.file}`);
  const stored = store.businesses.find((b) => b.key === businessKey)!;
  expect(stored).toMatchObject({ name: business.name, url: business.url });
  expect(stored.reviewCount).toBe(business.reviewCount);
  expect(stored.rating).toBe(business.rating);
  expect(store.reviews.filter((r) => r.businessKey === businessKey)).toEqual([]);
  return store;
}
