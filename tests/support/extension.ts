/**
 * Reads and pokes the extension from the outside in end-to-end tests. Everything that takes a
 * `Background` runs in either browser: Chromium's service worker (a Playwright `Worker`) or
 * Firefox's background page (firefox.ts gives one with the same `evaluate`).
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import type { TabState } from '@/utils/session/tab-state';
import type { AlertRecord, BusinessRecord, ReviewRecord, SnapshotRecord } from '@/utils/store/schema';

/** Runs a self-contained function (serialized, with one JSON argument) inside the extension's background. */
export type Background = Pick<Worker, 'evaluate'>;

export interface StoreDump {
  businesses: BusinessRecord[];
  snapshots: SnapshotRecord[];
  reviews: ReviewRecord[];
  alerts: AlertRecord[];
}

/** One request on each of the four stores, inside the background: every record (`getAll`) or how many (`count`). */
function eachStore(worker: Background, request: 'getAll' | 'count'): Promise<Record<keyof StoreDump, unknown>> {
  return worker.evaluate(
    (request) =>
      new Promise<Record<keyof StoreDump, unknown>>((resolve, reject) => {
        const open = indexedDB.open('review-sentinel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['businesses', 'snapshots', 'reviews', 'alerts'] as const;
          const tx = db.transaction([...names], 'readonly');
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const req = tx.objectStore(name)[request]();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as Record<keyof StoreDump, unknown>);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    request,
  );
}

/** Every record in the extension's IndexedDB, read inside the background. */
export async function readStore(worker: Background): Promise<StoreDump> {
  return (await eachStore(worker, 'getAll')) as unknown as StoreDump;
}

/**
 * How many records each store holds, read inside the background: a light probe for waits on a
 * large store (reading every record on each poll slows the capture it waits for).
 */
export async function storeCounts(worker: Background): Promise<Record<keyof StoreDump, number>> {
  return (await eachStore(worker, 'count')) as Record<keyof StoreDump, number>;
}

/**
 * The tab showing `pageUrl` and the state its content script reported. The extension has no
 * `tabs` permission, so tab URLs are hidden from it; the tab states in `storage.session` carry
 * the page URL.
 */
export function tabStateOf(background: Background, pageUrl: string): Promise<{ tabId: number; state: TabState } | null> {
  return background.evaluate(async (target) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const all = await api.storage.session.get(null);
    const entry = Object.entries(all).find(([key, value]) => key.startsWith('tab:') && (value as { pageUrl?: string }).pageUrl === target);
    return entry ? { tabId: Number(entry[0].slice(4)), state: entry[1] as TabState } : null;
  }, pageUrl);
}

// Inside the background, `browser` where it exists (Firefox) and `chrome` elsewhere: both answer with promises.

export function notificationIds(worker: Background): Promise<string[]> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return Object.keys(await api.notifications.getAll());
  });
}

/**
 * From now on, records in the worker what the background asks Chromium to show: each
 * notification's title and text, once Chromium has shown it (so a test that sees it recorded
 * also finds it in `notifications.getAll`).
 */
export function recordNotifications(worker: Background): Promise<void> {
  return worker.evaluate(() => {
    const created: unknown[] = [];
    (self as unknown as { __created: unknown[] }).__created = created;
    const notifications = chrome.notifications as unknown as { create: (...args: unknown[]) => unknown };
    const original = notifications.create.bind(chrome.notifications);
    notifications.create = (...args: unknown[]) => {
      const options = args[1];
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        // The polyfill passes a callback: record when Chromium calls it back.
        args[args.length - 1] = (...results: unknown[]) => {
          created.push(options);
          return (last as (...r: unknown[]) => unknown)(...results);
        };
        return original(...args);
      }
      const result = original(...args);
      void Promise.resolve(result).then(() => created.push(options));
      return result;
    };
  });
}

/** The notifications shown since `recordNotifications`, oldest first. */
export function recordedNotifications(worker: Background): Promise<Array<{ title: string; message: string }>> {
  return worker.evaluate(() => (self as unknown as { __created: Array<{ title: string; message: string }> }).__created);
}

export function clearNotifications(worker: Background): Promise<void> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
  });
}

/** The toolbar badge: `action` in Chromium's MV3 build, `browserAction` in Firefox's MV2 build. */
export function badgeText(worker: Background): Promise<string> {
  return worker.evaluate(() => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction).getBadgeText({});
  });
}

/** Resource URLs the worker fetched (any http(s) entry is a network request by the extension). */
export function workerNetworkEntries(worker: Background): Promise<string[]> {
  return worker.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /^https?:/.test(n)),
  );
}

/** Simulates the owner clicking a notification: Chrome's own onClicked event fires with its id. */
export function clickNotification(worker: Background, id: string): Promise<void> {
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

/** Moves a stored business's last visit `days` back in the extension's IndexedDB (a site left unchecked that long). */
export function ageLastVisit(worker: Background, businessKey: string, days: number): Promise<void> {
  return worker.evaluate(
    ({ key, ms }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('review-sentinel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('businesses', 'readwrite');
          const store = tx.objectStore('businesses');
          const req = store.get(key);
          req.onsuccess = () => {
            const record = req.result as { lastCheckedAt: number } | undefined;
            if (record) store.put({ ...record, lastCheckedAt: record.lastCheckedAt - ms });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key: businessKey, ms: days * 86_400_000 },
  );
}
