/**
 * Issue 12, point 4 in real Chromium. A new Google Maps place with no reviews and no Reviews tab
 * is recorded as a visit of that business and can be marked as the owner's; its first review
 * ever raises a notification. The first visit of a Yelp business stays silent for its old
 * negatives but shows the two written three days before it as "recent, not yet seen by you",
 * counted on the badge, in exactly one summary notification.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { badgeText, notificationIds, openPopup, readStore, recordNotifications, recordedNotifications } from '../support/extension';
import { FIXTURES_DIR, renderFixture } from '../support/fixtures';

const PLACE_PATH = '/maps/place/Trattoria+Lucia/@30.256,-97.72,17z/data=!4m6!3m5!1s0x8644b5c1d2e3f4a5:0x7b1e4c2a9d3f6e81!8m2!3d30.256!4d-97.72';
const PLACE_URL = `https://www.google.com${PLACE_PATH}?entry=ttu`;
const PLACE_KEY = 'google-maps:8871612061876973185';
const YELP_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const YELP_KEY = 'yelp:Zq3rT8wKp1LmNv7XyB2cDg';

/** The saved new place once its first review is in: the header counts it, a Reviews tab holds its card. */
function placeWithFirstReview(): string {
  const card = `<div class="jftiEf fontBodyMedium " aria-label="Megan Price" data-review-id="ChZDSUhNMG9nS0VJQ0FnSUNMdWFfR2VREAE" jslog="127691">
    <div class="jJc9Ad"><div class="GHT2ce NsCY4"><div class="WNxzHc qLhwHc"><button class="al6Kxe" data-href="https://www.google.com/maps/contrib/109834512873/reviews?hl=en" jsaction="pane.wfvdle70.review.reviewerLink"><div class="d4r55 ">Megan Price</div><div class="RfnDt ">2 reviews</div></button></div></div>
    <div class="GHT2ce"><div class="DU9Pgb"><span class="kvMYJc" role="img" aria-label="1 star"><span class="hCCjke google-symbols NhBTye elGi1d"></span></span><span class="rsqaWe">2 hours ago</span></div>
    <div class="MyEned" lang="en" id="ChZDSUhNMG9nS0VJQ0FnSUNMdWFfR2VREAE"><span class="wiI7pd">Opening week and the pasta came out cold after a 50 minute wait. The waiter never came back to our table.</span></div>
    <div class="GBkF3d"><button class="GBkF3d" aria-label="Like" jsaction="pane.wfvdle71.review.toggleThumbsUp" data-review-id="ChZDSUhNMG9nS0VJQ0FnSUNMdWFfR2VREAE"><span class="google-symbols">&#xe8dc;</span></button></div></div></div>
  </div>`;
  return renderFixture('google-maps/new-place-no-tab.html', { now: Date.now() })
    .replace(
      '<span class="fontBodyMedium">No reviews</span>',
      '<span><span aria-hidden="true">1.0</span><span class="ceNzKf" role="img" aria-label="1.0 stars "></span></span><span><span><span aria-label="1 review">(1)</span></span></span>',
    )
    .replace(
      /<button role="tab" class="hh2c6 G7m0Af" aria-selected="true" aria-label="Overview of Trattoria Lucia" data-tab-index="0"([^>]*)>/,
      '<button role="tab" class="hh2c6 " aria-selected="false" aria-label="Overview of Trattoria Lucia" data-tab-index="0"$1>',
    )
    .replace(
      '<button role="tab" class="hh2c6 " aria-selected="false" aria-label="About Trattoria Lucia" data-tab-index="1"',
      '<button role="tab" class="hh2c6 G7m0Af" aria-selected="true" aria-label="Reviews for Trattoria Lucia" data-tab-index="1" jsaction="pane.wfvdle19.tab"><div class="LRkQ2"><div class="Gpq6kf fontTitleSmall">Reviews</div></div></button>\n<button role="tab" class="hh2c6 " aria-selected="false" aria-label="About Trattoria Lucia" data-tab-index="2"',
    )
    .replace(
      '<div class="m6QErb XiKgde" role="region" aria-label="Actions for Trattoria Lucia">',
      `<div class="m6QErb DxyBCb kA9KIf dS8AEf XiKgde " aria-label="Trattoria Lucia" role="feed" tabindex="-1">${card}</div>\n<div class="m6QErb XiKgde" role="region" aria-label="Actions for Trattoria Lucia">`,
    );
}

/** Two saved 1★ Yelp cards written three days ago, by two reviewers. */
function recentNegatives(): string {
  const card = readFileSync(join(FIXTURES_DIR, 'yelp/new-review-1star.html'), 'utf8').replace('{{date:-1d:en-US-short}}', '{{date:-3d:en-US-short}}');
  return [
    card,
    card
      .replaceAll('Brandon L.', 'Rosa M.')
      .replaceAll('Zz9yY8xX7wW6vV5uU4tT3s', 'Rr4sS5tT6uU7vV8wW9xX0y')
      .replace(/Waited over an hour[^<]*/, 'The waiter was rude and the bill was wrong twice. Nobody apologised.'),
  ].join('\n');
}

describe('new listings and the first visit, in Chromium', () => {
  let server: FixtureServer;
  let firstReview = false;

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      if (host === 'www.google.com' && path.split('?')[0] === PLACE_PATH)
        return { body: firstReview ? placeWithFirstReview() : renderFixture('google-maps/new-place-no-tab.html', { now: Date.now() }) };
      if (host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin')
        return { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slotHtml: { 'new-reviews': recentNegatives() } }) };
      return undefined;
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  describe('a new Google Maps place', () => {
    let browser: ExtensionBrowser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchWithExtension({ port: server.port });
      page = await browser.context.newPage();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('records a place with no reviews and no Reviews tab as a visit of that business, with zero reviews', async () => {
      await page.goto(PLACE_URL);
      const worker = await browser.worker();
      const store = await waitFor(async () => {
        const s = await readStore(worker);
        return s.businesses.some((b) => b.key === PLACE_KEY) && s;
      }, 'the new place');
      expect(store.businesses.find((b) => b.key === PLACE_KEY)).toMatchObject({
        name: 'Trattoria Lucia',
        url: 'https://www.google.com/maps?cid=8871612061876973185',
        reviewCount: 0,
        emptyBaseline: 1,
        health: { status: 'no-reviews' },
      });
      expect(store.snapshots.filter((s) => s.businessKey === PLACE_KEY)).toEqual([expect.objectContaining({ reviewCount: 0 })]);
      expect(store.reviews).toEqual([]);
      expect(await notificationIds(worker)).toEqual([]);
    });

    it('lets the owner mark it "This is my business" in the popup opened on the page', async () => {
      const worker = await browser.worker();
      const popup = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
      await expect.poll(() => popup.textContent('[data-testid="business-name"]')).toBe('Trattoria Lucia');
      // No review read: the listing is recorded, with no number and no band anywhere in the view.
      await expect.poll(() => popup.textContent('[data-testid="state-band"]')).toBe('No reviews yet');
      expect(await popup.locator('[data-testid="state-score"], [data-testid="score"], [data-testid="negative-share"]').count()).toBe(0);
      expect(await popup.textContent('[data-testid="no-score"]')).toMatch(/^No review of this listing has been read yet, so it has no score\./);
      await popup.getByRole('button', { name: 'This is my business' }).click();
      await expect.poll(async () => (await readStore(worker)).businesses.find((b) => b.key === PLACE_KEY)?.role).toBe('mine');
      await expect.poll(() => popup.textContent('[data-testid="state-band"]')).toBe('No reviews yet — the first negative one will alert you');
      // The badge's tooltip and the list say the same, never a score.
      await expect
        .poll(() => worker.evaluate(() => chrome.action.getTitle({})))
        .toBe('Trattoria Lucia — no reviews yet: the first negative one will alert you.');
      const list = await openPopup(browser, '?view=list');
      await expect.poll(() => list.textContent('[data-testid="row-score"]')).toBe('No reviews yet');
      await popup.close();
      await list.close();
    });

    it('raises a notification for its first review ever, and counts it on the badge', async () => {
      await recordNotifications(await browser.worker());
      firstReview = true;
      await page.reload();
      const worker = await browser.worker();
      const shown = await waitFor(async () => {
        const list = await recordedNotifications(await browser.worker());
        return list.length > 0 && list;
      }, 'the notification of the first review');
      expect(shown).toEqual([
        {
          type: 'basic',
          iconUrl: expect.any(String),
          priority: 2,
          title: 'New 1★ review: Trattoria Lucia',
          message: expect.stringMatching(/^Megan Price: Opening week and the pasta came out cold/),
        },
      ]);
      expect(await notificationIds(worker)).toHaveLength(1);
      const store = await readStore(worker);
      expect(store.reviews.find((r) => r.author === 'Megan Price')).toMatchObject({ businessKey: PLACE_KEY, alertState: 'alerted', unread: 1, rating: 1 });
      expect(store.businesses.find((b) => b.key === PLACE_KEY)).toMatchObject({ reviewCount: 1, rating: 1 });
      expect(await badgeText(worker)).toBe('1');
    });
  });

  describe('the first visit of a business after a bad week', () => {
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      browser = await launchWithExtension({ port: server.port });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('shows the two negatives of the three days before it as recent, in exactly one notification, and leaves the old ones silent', async () => {
      await recordNotifications(await browser.worker());
      const worker = await browser.worker();
      const yelp = await browser.context.newPage();
      await yelp.goto(YELP_URL);
      const store = await waitFor(async () => {
        const s = await readStore(worker);
        return s.reviews.filter((r) => r.businessKey === YELP_KEY).length === 10 && s.alerts.some((a) => a.businessKey === YELP_KEY && a.shownAt) && s;
      }, 'the first visit of the Yelp business and its summary');
      const ofYelp = store.reviews.filter((r) => r.businessKey === YELP_KEY);
      expect(
        ofYelp
          .filter((r) => r.alertState === 'recent')
          .map((r) => [r.author, r.unread])
          .sort(),
      ).toEqual([
        ['Brandon L.', 1],
        ['Rosa M.', 1],
      ]);
      // The old negatives (and Derek's, answered on the page) stay the silent baseline.
      const oldNegatives = ofYelp.filter((r) => r.negative === 1 && r.alertState === 'baseline').map((r) => r.author);
      expect(oldNegatives.sort()).toEqual(['Derek W.', 'Jonathan K.', 'Kevin T.']);
      expect(ofYelp.filter((r) => r.alertState === 'baseline').every((r) => r.unread === undefined)).toBe(true);

      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const shown = (await recordedNotifications(await browser.worker())).filter((n) => n.title.includes('Golden Spoon'));
      expect(shown.map((n) => n.title)).toEqual(['2 recent negative reviews of The Golden Spoon Bistro from the last 7 days']);
      expect(shown[0]!.message.split('\n')).toEqual([
        expect.stringMatching(/^★☆☆☆☆ Brandon L\.: Waited over an hour/),
        expect.stringMatching(/^★☆☆☆☆ Rosa M\.: The waiter was rude/),
      ]);
      expect(store.alerts.filter((a) => a.businessKey === YELP_KEY)).toHaveLength(1);
      // The badge counts them.
      expect(await badgeText(worker)).toBe('2');

      // Scrolling or reloading the same first visit adds no second notification.
      await yelp.reload();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await recordedNotifications(await browser.worker())).filter((n) => n.title.includes('Golden Spoon'))).toHaveLength(1);

      const popup = await openPopup(browser, `?tab=${await tabIdOf(worker, yelp)}`);
      await expect.poll(() => popup.textContent('[data-testid="business-name"]')).toBe('The Golden Spoon Bistro');
      const items = popup.locator('[data-testid="attention"] [data-testid="review"]');
      await expect.poll(() => items.count()).toBe(4);
      const listed = await items.evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('.review-author')?.textContent, li.querySelector('[data-testid="recent-unseen"]')?.textContent ?? null]),
      );
      // The two recent ones lead the list with their label (same day, same stars: either order); the old ones follow unlabelled.
      expect(listed.slice(0, 2).sort()).toEqual([
        ['Brandon L.', 'Recent, not yet seen by you'],
        ['Rosa M.', 'Recent, not yet seen by you'],
      ]);
      expect(listed.slice(2)).toEqual([
        ['Kevin T.', null],
        ['Jonathan K.', null],
      ]);
      await popup.close();
      await yelp.close();
    });
  });
});
