/**
 * Everything the extension keeps in `storage.local` and `storage.session`, declared once as
 * typed items. No other module names a storage key.
 *
 * - `local:settings` — the owner's settings (shape checked on every read by `normalizeSettings`).
 * - `local:lastPrunedAt` — when retention last ran (epoch ms).
 * - `local:storeProblem` — the last capture the store could not save, until one is saved again.
 * - `local:replyOwn` — the owner's signature and reply templates (shape checked by `normalizeOwnReplies`).
 * - `session:tab:<tabId>` — what the content script in that tab last reported.
 * - `session:view:<tabId>` — the popup's view of that tab's business, prepared by the background.
 * - `local:checkRuns` — the last scheduled check of each business's page (by business key).
 * - `local:checkStops` — sites whose scheduled checks stopped (a check page), by site.
 * - `local:lastScheduledRunAt` — when the last scheduled run began (epoch ms).
 * - `local:noticeLog` — the days reminders and the digest were already shown.
 * - `session:checkJob` — the scheduled run in progress.
 * - `local:syncConfig` — sync's server, database, user and password (this browser's only; issue 19).
 * - `local:syncStatus` — the last sync: when, what it moved, or what went wrong.
 * - `local:syncOutbox` — reviews written or read since the last sync, for the next one to send.
 *
 * The session items die with the browser session (and with their tab); IndexedDB holds the
 * history itself.
 */
import { storage } from 'wxt/utils/storage';
import type { LayoutHealth, SiteId } from './sites/types';
import type { CheckJob, CheckRun, NoticeLog, SiteStop } from './schedule/types';
import type { SyncOutbox, SyncStatus } from './sync/status';

export interface StoreProblem {
  kind: 'quota' | 'other';
  /** The browser's own words, for the "other" case. */
  detail: string;
  at: number;
}

/** What the content script in a tab last reported. */
export interface TabState {
  site: SiteId;
  pageUrl: string;
  businessKey?: string;
  health: LayoutHealth;
  at: number;
}

/** The owner's settings as stored; `normalizeSettings` turns any stored value into a complete one. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });

export const lastPrunedAtItem = storage.defineItem<number>('local:lastPrunedAt', { fallback: 0 });

export const storeProblemItem = storage.defineItem<StoreProblem>('local:storeProblem');

export const checkRunsItem = storage.defineItem<Record<string, CheckRun>>('local:checkRuns', { fallback: {} });

export const checkStopsItem = storage.defineItem<Partial<Record<SiteId, SiteStop>>>('local:checkStops', { fallback: {} });

export const lastScheduledRunAtItem = storage.defineItem<number>('local:lastScheduledRunAt', { fallback: 0 });

export const noticeLogItem = storage.defineItem<NoticeLog>('local:noticeLog', { fallback: { reminders: {} } });

/**
 * Defined when first used: a session item defined at module load breaks every Firefox content
 * script that imports this module (Firefox gives content scripts no `storage.session`).
 */
let checkJob: ReturnType<typeof storage.defineItem<CheckJob>> | undefined;
export const checkJobItem = () => (checkJob ??= storage.defineItem<CheckJob>('session:checkJob'));

export const replyOwnItem = storage.defineItem<unknown>('local:replyOwn', { version: 1 });

/** Shape checked on every read by `normalizeSyncConfig`. */
export const syncConfigItem = storage.defineItem<unknown>('local:syncConfig');

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus');

export const syncOutboxItem = storage.defineItem<SyncOutbox>('local:syncOutbox', { fallback: { keys: [] } });

const TAB_PREFIX = 'tab:';
const VIEW_PREFIX = 'view:';

export const tabStateItem = (tabId: number) => storage.defineItem<TabState>(`session:${TAB_PREFIX}${tabId}`);

/** A prepared view; its shape is checked by the reader (`format`), since it is only a cache. */
export const tabViewItem = (tabId: number) => storage.defineItem<unknown>(`session:${VIEW_PREFIX}${tabId}`);

/** Every stored tab state, by tab id. */
export async function allTabStates(): Promise<Map<number, Partial<TabState>>> {
  return sessionEntries(TAB_PREFIX) as Promise<Map<number, Partial<TabState>>>;
}

/** Every prepared view, by tab id. */
export function allTabViews(): Promise<Map<number, unknown>> {
  return sessionEntries(VIEW_PREFIX);
}

async function sessionEntries(prefix: string): Promise<Map<number, unknown>> {
  const all = await storage.snapshot('session');
  const entries = new Map<number, unknown>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    const id = Number(key.slice(prefix.length));
    if (Number.isInteger(id)) entries.set(id, value);
  }
  return entries;
}
