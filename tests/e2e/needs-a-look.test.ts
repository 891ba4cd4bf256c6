/**
 * Issue 12, point 2 in real Chromium: nothing unread is lost. Eleven new negative reviews on a
 * saved Yelp page; the popup shows five and reads only those (the badge keeps six, its tooltip
 * says what it counts); "show all 11" shows and reads the rest; "done" takes one off the list and
 * undo brings it back; a review answered on the site leaves the list when the reply is seen.
 * Point 7: the notification and the tooltip use the owner's name for the business, and a
 * click on the grouped notification opens Yelp's review list sorted newest first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer } from '../support/browser';
import { badgeText, clickNotification, notificationIds, openPopup, readStore, recordNotifications, recordedNotifications } from '../support/extension';
import { FIXTURES_DIR, renderFixture } from '../support/fixtures';

const BIZ_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const NAMES = ['Amy R.', 'Ben K.', 'Carla M.', 'Dmitri P.', 'Elena S.', 'Farid H.', 'Grace L.', 'Hugo B.', 'Ines T.', 'Jae W.', 'Kofi A.'];
const COMPLAINTS = [
  'Waited over an hour for cold pasta and nobody apologised.',
  'The waiter was rude and the bill was wrong twice.',
  'Found a hair in the soup, the manager shrugged.',
  'Dirty tables, sticky menus, and the food came out cold.',
];

/** The saved 1★ card, once per new reviewer: own name, own profile id, own date and complaint. */
function newCards(ownerReplyTo?: string): string {
  const card = readFileSync(join(FIXTURES_DIR, 'yelp/new-review-1star.html'), 'utf8');
  const reply = readFileSync(join(FIXTURES_DIR, 'yelp/golden-spoon.html'), 'utf8').match(
    /<div class="y-css-4cg16w">[\s\S]*?Please email me at the restaurant[\s\S]*?<\/div>/,
  )![0];
  return NAMES.map((name, i) => {
    let html = card
      .replaceAll('Brandon L.', name)
      .replaceAll('Zz9yY8xX7wW6vV5uU4tT3s', `Nn${i}yY8xX7wW6vV5uU4tT3s`)
      .replace('{{date:-1d:en-US-short}}', `{{date:-${1 + i}d:en-US-short}}`)
      .replace(/Waited over an hour[^<]*/, COMPLAINTS[i % COMPLAINTS.length]!);
    if (name === ownerReplyTo) html = html.replace('<div class="y-css-1jr8hwg"', `${reply.replace('Derek', name.split(' ')[0]!)}\n<div class="y-css-1jr8hwg"`);
    return html;
  }).join('\n');
}

describe('Needs a look: nothing unread is lost, in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let slot = '';

  beforeAll(async () => {
    server = await startFixtureServer((host, path) => {
      if (host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin') {
        return { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slotHtml: { 'new-reviews': slot } }) };
      }
      return undefined;
    });
    browser = await launchWithExtension({ port: server.port });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const badgeTitle = async () => (await browser.worker()).evaluate(() => chrome.action.getTitle({}));
  const unreadKeys = async () => (await readStore(await browser.worker())).reviews.filter((r) => r.unread === 1).map((r) => r.author);

  it('counts eleven new negatives on the badge and in one notification, both under the owner’s own name for the business', async () => {
    await page.goto(BIZ_URL);
    const worker = await browser.worker();
    await waitFor(async () => (await readStore(worker)).reviews.length === 8 || undefined, 'the baseline');
    // The owner renames the business on the options page.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const row = options.locator('[data-testid="business-row"]', { hasText: 'The Golden Spoon Bistro' });
    await row.getByRole('button', { name: 'Rename: The Golden Spoon Bistro' }).click();
    await row.getByLabel('Name shown for The Golden Spoon Bistro').fill('Golden Spoon (Austin)');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await readStore(worker)).businesses[0]?.displayName).toBe('Golden Spoon (Austin)');
    await options.close();
    await recordNotifications(worker);
    slot = newCards();
    await page.reload();
    await waitFor(async () => (await badgeText(worker)) === '11' || undefined, 'a badge of 11');
    expect(await badgeTitle()).toBe('11 new negative reviews — Golden Spoon (Austin)');
    const created = await waitFor(async () => {
      const list = await recordedNotifications(worker);
      return list.length > 0 && list;
    }, 'the notification');
    expect(created.at(-1)!.title).toBe('11 new negative reviews: Golden Spoon (Austin)');
    expect(await notificationIds(worker)).toHaveLength(1);
  });

  it('shows five, reads only those five, and keeps six on the badge', async () => {
    const worker = await browser.worker();
    const popup = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
    const authors = () => popup.locator('[data-testid="attention"] .review-author').allTextContents();
    // Newest first: Amy a day ago, Ben two days ago … Elena five.
    expect(await authors()).toEqual(NAMES.slice(0, 5));
    expect(await popup.locator('[data-testid="attention"] .chip-new').count()).toBe(5);
    await waitFor(async () => (await badgeText(worker)) === '6' || undefined, 'a badge of 6');
    expect(await badgeTitle()).toBe('6 new negative reviews — Golden Spoon (Austin)');
    expect((await unreadKeys()).sort()).toEqual(NAMES.slice(5).sort());

    await popup.getByTestId('show-all').click();
    await expect.poll(authors).toEqual([...NAMES, 'Kevin T.', 'Jonathan K.']);
    await waitFor(async () => (await badgeText(worker)) === '' || undefined, 'the badge to clear');
    expect(await badgeTitle()).toBe('Review Sentinel');
    await popup.close();
  });

  it('takes a review marked done off the list, keeps it stored, and undo brings it back', async () => {
    const worker = await browser.worker();
    const popup = await openPopup(browser, '?business=yelp:Zq3rT8wKp1LmNv7XyB2cDg');
    const authors = () => popup.locator('[data-testid="attention"] .review-author').allTextContents();
    expect(await authors()).toEqual(NAMES.slice(0, 5));
    expect(await popup.locator('[data-testid="attention"] .chip-new').count()).toBe(0);
    await popup.locator('[data-testid="review"]', { hasText: 'Ben K.' }).getByTestId('mark-done').click();
    await expect.poll(authors).toEqual(['Amy R.', 'Carla M.', 'Dmitri P.', 'Elena S.', 'Farid H.']);
    expect(await popup.textContent('[data-testid="done-note"]')).toBe('Marked as done: Ben K. Undo');
    expect(await popup.textContent('[data-testid="show-all"]')).toBe('Show all 12');
    const ben = (await readStore(worker)).reviews.find((r) => r.author === 'Ben K.')!;
    expect(ben).toMatchObject({ done: 1, negative: 1, rating: 1 });
    await popup.getByTestId('undo-done').click();
    await expect.poll(authors).toEqual(NAMES.slice(0, 5));
    expect((await readStore(worker)).reviews.find((r) => r.author === 'Ben K.')!.done).toBeUndefined();
    await popup.close();
  });

  it('drops a review from the list once the owner’s reply to it is seen on the site', async () => {
    const worker = await browser.worker();
    slot = newCards('Amy R.');
    await page.reload();
    await waitFor(async () => (await readStore(worker)).reviews.find((r) => r.author === 'Amy R.')?.reply || undefined, 'the reply to be stored');
    const popup = await openPopup(browser, `?tab=${await tabIdOf(worker, page)}`);
    expect(await popup.locator('[data-testid="attention"] .review-author').allTextContents()).toEqual(NAMES.slice(1, 6));
    expect(await popup.textContent('[data-testid="show-all"]')).toBe('Show all 12');
    await popup.close();
  });

  it('opens Yelp’s review list newest first when the grouped notification is clicked', async () => {
    const worker = await browser.worker();
    const [id] = await notificationIds(worker);
    const expected = `${BIZ_URL}?sort_by=date_desc#reviews`;
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url() === expected });
    await clickNotification(worker, id!);
    expect((await opened).url()).toBe(expected);
    expect(await notificationIds(worker)).toEqual([]);
  });
});
