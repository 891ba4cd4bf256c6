/**
 * Issue 12, point 3 in real Chromium: a 4★ Yelp review about an allergic reaction. The first
 * visit is a silent baseline; on the next visit the new 4★ review raises a notification whose
 * title says it is urgent and why; the popup puts it first in "Needs a look" (still first after a
 * newer, unread 1★ arrives), marks it urgent with the reviewer's own words, shows the risk as
 * high with a signal naming it, and drafts a reply that takes it offline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { badgeText, notificationIds, openPopup, readStore, recordNotifications, recordedNotifications } from '../support/extension';
import { FIXTURES_DIR, renderFixture } from '../support/fixtures';

const BIZ_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const ALLERGY =
  'Gorgeous patio and the pasta was great. But my daughter had an allergic reaction to the pesto even though we told our server twice about her nut allergy, and we spent the night in the ER.';

/** The saved 1★ card rewritten as another reviewer's: name, profile id, stars, date and text. */
function card(name: string, id: string, stars: number, daysAgo: number, text: string): string {
  return readFileSync(join(FIXTURES_DIR, 'yelp/new-review-1star.html'), 'utf8')
    .replaceAll('Brandon L.', name)
    .replaceAll('Zz9yY8xX7wW6vV5uU4tT3s', id)
    .replace('aria-label="1 star rating"', `aria-label="${stars} star rating"`)
    .replace('{{date:-1d:en-US-short}}', `{{date:-${daysAgo}d:en-US-short}}`)
    .replace(/Waited over an hour[^<]*/, text);
}

describe('An urgent 4★ review, in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let slot = '';

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      if (host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin')
        return { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slotHtml: { 'new-reviews': slot } }) };
      return undefined;
    });
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const created = async () => recordedNotifications(await browser.worker());

  it('stays silent on the first visit, then notifies for the new 4★ review with "Urgent (health & safety)" in the title', async () => {
    await page.goto(BIZ_URL);
    const worker = await browser.worker();
    await waitFor(async () => (await readStore(worker)).reviews.length === 8 || undefined, 'the baseline');
    expect(await notificationIds(worker)).toEqual([]);
    await recordNotifications(worker);

    slot = card('Nadia S.', 'Pp1yY8xX7wW6vV5uU4tT3s', 4, 2, ALLERGY);
    await page.reload();
    const shown = await waitFor(async () => {
      const list = await created();
      return list.length > 0 && list;
    }, 'the notification');
    expect(shown.at(-1)!.title).toBe('Urgent (health & safety) — new 4★ review: The Golden Spoon Bistro');
    expect(shown.at(-1)!.message).toMatch(/^Nadia S\.: Gorgeous patio/);
    const nadia = (await readStore(worker)).reviews.find((r) => r.author === 'Nadia S.')!;
    expect(nadia).toMatchObject({ rating: 4, negative: 0, unread: 1, alertState: 'alerted', analysis: { urgent: { category: 'health' } } });
    // The badge is refreshed right after the notification is shown.
    await waitFor(async () => (await badgeText(worker)) === '1' || undefined, 'a badge of 1');
  });

  it('leads "Needs a look" marked urgent with its evidence, even after a newer unread 1★; the risk is high and names it', async () => {
    const worker = await browser.worker();
    let popup = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
    const first = popup.locator('[data-testid="attention"] [data-testid="review"]').first();
    expect(await first.locator('.review-author').textContent()).toBe('Nadia S.');
    expect(await first.getByTestId('urgent-chip').textContent()).toBe('Urgent: health & safety');
    expect(await first.getByTestId('urgent-evidence').textContent()).toMatch(/^“.*had an allergic reaction.*”$/);
    expect(await popup.textContent('[data-testid="risk-level"]')).toBe('High');
    expect(await popup.locator('[data-testid="risk-signal"]').first().textContent()).toMatch(/^1 urgent review \(health & safety\): “.*allergic reaction.*”/);
    await popup.close();

    // A newer 1★ arrives, unread: the urgent (now read) review still comes first.
    slot = [
      card('Nadia S.', 'Pp1yY8xX7wW6vV5uU4tT3s', 4, 2, ALLERGY),
      card('Omar F.', 'Tt2yY8xX7wW6vV5uU4tT3s', 1, 1, 'Cold soup, and the waiter ignored us for forty minutes.'),
    ].join('\n');
    await page.reload();
    await waitFor(async () => (await readStore(worker)).reviews.find((r) => r.author === 'Omar F.')?.unread || undefined, 'the new 1★');
    popup = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
    const authors = await popup.locator('[data-testid="attention"] .review-author').allTextContents();
    expect(authors.slice(0, 2)).toEqual(['Nadia S.', 'Omar F.']);
    expect(await popup.locator('[data-testid="attention"] [data-testid="review"]').nth(1).locator('.chip-new').count()).toBe(1);
    expect(await popup.locator('[data-testid="attention"] [data-testid="urgent-chip"]').count()).toBe(1);

    // Its reply draft takes it offline and offers contact, instead of the usual apology.
    const urgentItem = popup.locator('[data-testid="attention"] [data-testid="review"]').first();
    await urgentItem.getByTestId('draft-reply').click();
    const text = await urgentItem.getByTestId('reply-text').inputValue();
    expect(text).toMatch(/^Hello Nadia, thank you for telling us about this\./);
    expect(text).toContain('please contact us by phone or message and ask for the manager');
    expect(text).not.toContain('We are sorry your visit fell short');
    expect(text.endsWith('The management of The Golden Spoon Bistro')).toBe(true);
    await popup.close();
  });
});
