/** Reads and pokes the extension from the outside in end-to-end tests. */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import type { AlertRecord, BusinessRecord, ReviewRecord, SnapshotRecord } from '@/utils/store/schema';

export interface StoreDump {
  businesses: BusinessRecord[];
  snapshots: SnapshotRecord[];
  reviews: ReviewRecord[];
  alerts: AlertRecord[];
}

/** Every record in the extension's IndexedDB, read inside the service worker. */
export function readStore(worker: Worker): Promise<StoreDump> {
  return worker.evaluate(
    () =>
      new Promise<StoreDump>((resolve, reject) => {
        const open = indexedDB.open('review-sentinel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['businesses', 'snapshots', 'reviews', 'alerts'] as const;
          const tx = db.transaction([...names], 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as StoreDump);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export function notificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

export function clearNotifications(worker: Worker): Promise<void> {
  return worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Resource URLs the worker fetched (any http(s) entry is a network request by the extension). */
export function workerNetworkEntries(worker: Worker): Promise<string[]> {
  return worker.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /^https?:/.test(n)),
  );
}

/** Simulates the owner clicking a notification: Chrome's own onClicked event fires with its id. */
export function clickNotification(worker: Worker, id: string): Promise<void> {
  return worker.evaluate((notificationId) => {
    (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(notificationId);
  }, id);
}

/**
 * Opens the popup (`query` as in `?tab=3` or `?business=yelp:x`) and waits until it shows the
 * fresh view: a remembered view may paint first, and tests assert what is current.
 */
export async function openPopup(browser: ExtensionBrowser, query: string, page?: Page): Promise<Page> {
  const popup = page ?? (await browser.context.newPage());
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  await popup.waitForSelector('main[aria-busy="false"]');
  return popup;
}
