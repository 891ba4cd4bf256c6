/**
 * `npm run demo`: builds the extension, opens Chromium with it loaded and plays a short story
 * on a demo business served locally under the real site's address (https://www.yelp.com/…):
 *   1. the owner opens their Yelp page: the reviews are captured silently (the baseline);
 *   2. the owner marks it "This is my business" in the popup;
 *   3. the next day a new 1★ review is on the page: a notification and a badge appear.
 * With a display it opens a window and stays open; without one it runs headless and writes
 * screenshots of the page, the popup and the notification list to a folder it prints.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildNotification } from '@/utils/alerts/notification';
import { createTranslator } from '@/utils/i18n';
import { buildExtension, findChromium, launchWithExtension, ROOT, startFixtureServer, tabIdOf, waitFor } from '../support/browser';
import { badgeText, notificationIds, openPopup, readStore } from '../support/extension';
import { renderFixture } from '../support/fixtures';

const DEMO_URL = 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin';
const OUT = join(ROOT, '.output', 'demo');

const started = Date.now();
const say = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && process.env.HEADLESS !== '1';
  say(`Chromium: ${findChromium(say)}`);
  say('Building the extension…');
  buildExtension('chrome');

  let nextDay = false;
  const server = await startFixtureServer((host, path) => {
    if (host === 'www.yelp.com' && path.split('?')[0] === '/biz/the-golden-spoon-bistro-austin') {
      return { body: renderFixture('yelp/golden-spoon.html', { now: Date.now(), slots: nextDay ? { 'new-reviews': 'yelp/new-review-1star.html' } : {} }) };
    }
    return undefined;
  });
  const browser = await launchWithExtension({ port: server.port, headless: !headed, viewport: headed ? null : { width: 1280, height: 900 } });
  const worker = await browser.worker();
  say(`Extension loaded (${browser.extensionId}); ${headed ? 'window open' : 'headless'}.`);

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  say(`Day 1: opening the demo business at ${DEMO_URL}`);
  await page.goto(DEMO_URL);
  const baseline = await waitFor(async () => {
    const store = await readStore(worker);
    return store.reviews.length > 0 && store;
  }, 'the first capture');
  say(`Captured ${baseline.reviews.length} reviews of “${baseline.businesses[0]?.name}” silently (first visit = baseline).`);

  const tabId = await tabIdOf(worker, page);
  const popup: Page = await browser.context.newPage();
  if (!headed) await popup.setViewportSize({ width: 400, height: 900 });
  await openPopup(browser, `?tab=${tabId}`, popup);
  await popup.getByRole('button', { name: 'This is my business' }).click();
  await popup.waitForSelector('.role-mine');
  say('Marked it “This is my business” in the popup.');

  say('Day 2: a new 1★ review is on the page; reloading…');
  nextDay = true;
  await page.bringToFront();
  await page.reload();
  const ids = await waitFor(async () => {
    const current = await notificationIds(worker);
    return current.length > 0 && current;
  }, 'the notification');
  const store = await readStore(worker);
  const t = createTranslator('en');
  const notifications = store.alerts
    .filter((a) => ids.includes(a.id))
    .map((alert) =>
      buildNotification(
        t,
        store.businesses.find((b) => b.key === alert.businessKey)?.name ?? '',
        store.reviews.filter((r) => alert.reviewKeys.includes(r.key)),
      ),
    );
  for (const n of notifications) say(`Notification raised: “${n.title}” — ${n.message}`);
  say(`Toolbar badge: ${await badgeText(worker)}`);

  await openPopup(browser, `?tab=${tabId}`, popup);
  const score = await popup.textContent('[data-testid="score"]');
  const band = await popup.textContent('[data-testid="band"]');
  say(
    `Popup: reputation score ${score} (${band}); ${await popup.textContent('[data-testid="known"]')}, ${await popup.textContent('[data-testid="negative-share"]')}.`,
  );

  if (headed) {
    say('The demo is live: the popup is open in a tab, the page in another. Close the browser window to end the demo.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } else {
    mkdirSync(OUT, { recursive: true });
    await page.evaluate(() => document.querySelector('#reviews')?.scrollIntoView());
    await page.screenshot({ path: join(OUT, '1-demo-page.png') });
    await popup.screenshot({ path: join(OUT, '2-popup.png'), fullPage: true });
    const list = await browser.context.newPage();
    await list.setViewportSize({ width: 560, height: 260 });
    const items = notifications
      .map(
        (n) =>
          `<li><img src="data:image/png;base64,${ICON}" alt=""><div><b>${escapeHtml(n.title)}</b><p>${escapeHtml(n.message)}</p><small>Review Sentinel</small></div></li>`,
      )
      .join('');
    const html = `<!doctype html><meta charset="utf-8"><title>Notifications</title><style>body{font:14px system-ui;margin:16px;background:#eceff1}h1{font-size:15px}ul{list-style:none;padding:0}li{display:flex;gap:12px;background:#fff;border-radius:10px;padding:12px;box-shadow:0 1px 3px #0003;margin-bottom:8px}img{width:40px;height:40px}p{margin:4px 0}small{color:#666}</style><h1>Notifications raised by the browser (${ids.length})</h1><ul>${items}</ul>`;
    writeFileSync(join(OUT, 'notifications.html'), html);
    await list.setContent(html);
    await list.screenshot({ path: join(OUT, '3-notifications.png'), fullPage: true });
    say(`Screenshots written to ${OUT}: 1-demo-page.png, 2-popup.png, 3-notifications.png`);
  }
  await browser.close();
  await server.close();
  say('Demo finished.');
}

const ICON = readFileSync(join(ROOT, 'public', 'icon', '48.png')).toString('base64');

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
