/**
 * Sync in the background (issue 19): when it runs, what it may reach, and what it records. A sync
 * is one-shot — on the periodic alarm, half a minute after captures settle, and from "Sync now" —
 * and keeps no connection open; a worker stopped in the middle resumes from the checkpoints at
 * the next one. Off (the default), nothing here does anything: no alarm, no request, no outbox.
 */
import { browser } from 'wxt/browser';
import { analyzeReview, ANALYSIS_VERSION } from '../analysis';
import type { PageResponse, SyncNowResponse, SyncTestMessage, SyncTestResponse } from '../messages';
import { syncConfigItem, syncOutboxItem, syncStatusItem } from '../storage-items';
import { getDb } from '../store/db';
import { loadSyncSettings } from '../store/sync/credentials';
import { runSync, type SyncReport } from '../store/sync/engine';
import { openReplica, openServer } from '../store/sync/pouch';
import { checkServerAddress, databaseUrl, isDatabaseName, normalizeSyncConfig, problemOfError, testConnection, type SyncConfig } from '../sync/config';
import { addToOutbox, afterSync, type SyncOutbox, type SyncStatus } from '../sync/status';
import type { Validated } from '../validate';
import { refreshBadge } from './badge';
import { forgetTabViews } from './tab-views';

export const SYNC_ALARM = 'rs-sync';
/** Set again by every capture, so it fires once they have settled. */
export const SYNC_SOON_ALARM = 'rs-sync-soon';
const PERIOD_MINUTES = 15;
const SETTLE_MINUTES = 0.5;

export function loadSyncConfig(): Promise<SyncConfig> {
  return loadSyncSettings();
}

/** The periodic alarm while sync is on; none while it is off. */
export async function syncSyncAlarms(config?: SyncConfig): Promise<void> {
  const current = config ?? (await loadSyncConfig());
  if (!current.enabled) {
    await Promise.all([browser.alarms.clear(SYNC_ALARM), browser.alarms.clear(SYNC_SOON_ALARM)]);
    return;
  }
  if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
}

/** Sync turned on, off or pointed elsewhere: the alarms follow. */
export function watchSyncConfig(log: (message: string) => void): void {
  syncConfigItem.watch((value) => void syncSyncAlarms(normalizeSyncConfig(value)).catch((error: unknown) => log(`sync alarm not set: ${String(error)}`)));
}

let outboxQueue: Promise<unknown> = Promise.resolve();
/** Outbox changes one at a time (captures arrive together). */
function changeOutbox(change: (outbox: SyncOutbox) => SyncOutbox): Promise<void> {
  const next = outboxQueue.then(async () => syncOutboxItem.setValue(change(await syncOutboxItem.getValue())));
  outboxQueue = next.catch(() => undefined);
  return next;
}

/**
 * Reviews written or read here: the next sync sends them; a sync is due once captures settle.
 * `full`: send everything (an import). While sync is off nothing is sent; if it was ever set up,
 * the first sync after it is turned on again sends everything (what changed meanwhile is not
 * listed one by one). Never set up: nothing at all is written.
 */
export async function noteSyncWrites(keys: readonly string[], full = false): Promise<void> {
  const config = await loadSyncConfig();
  if (!config.enabled) {
    if (config.server && !(await syncOutboxItem.getValue()).full) await changeOutbox(() => ({ keys: [], full: true }));
    return;
  }
  await changeOutbox((outbox) => (full ? { keys: [], full: true } : addToOutbox(outbox, keys)));
  await browser.alarms.create(SYNC_SOON_ALARM, { delayInMinutes: SETTLE_MINUTES });
}

function moved(report: SyncReport): NonNullable<SyncStatus['moved']> {
  return { received: report.pulled, sent: report.pushed, reviews: report.received.reviews, businesses: report.received.businesses };
}

let running: Promise<SyncStatus> | null = null;

/** One sync now (or the one already running). Records and returns how it went. */
export function syncOnce(now: () => number = Date.now): Promise<SyncStatus> {
  running ??= runOnce(now).finally(() => {
    running = null;
  });
  return running;
}

async function runOnce(now: () => number): Promise<SyncStatus> {
  const config = await loadSyncConfig();
  const fail = async (problem: SyncStatus['problem'], detail?: string): Promise<SyncStatus> => {
    const status: SyncStatus = { at: now(), ok: false, problem, ...(detail ? { detail: detail.slice(0, 300) } : {}) };
    await syncStatusItem.setValue(status);
    return status;
  };
  if (!config.enabled) return { at: now(), ok: false, problem: 'other', detail: 'sync is off' };
  const address = checkServerAddress(config.server);
  if (!address.ok) return fail(address.problem);
  if (!isDatabaseName(config.database)) return fail('bad-database');
  // Asked for in the options page when sync was set up; without it nothing is sent.
  if (!(await browser.permissions.contains({ origins: [address.permission] }))) return fail('no-permission');
  const url = databaseUrl(address.base, config.database);
  const outbox = await syncOutboxItem.getValue();
  const replica = openReplica(url);
  const server = openServer(url, config.user, config.password);
  try {
    const report = await runSync({
      store: await getDb(),
      replica,
      server,
      now,
      apply: {
        analysisVersion: ANALYSIS_VERSION,
        analyze: (r) => analyzeReview({ text: r.text, title: r.title, rating: r.rating, langHint: r.lang, disliked: r.disliked }),
      },
      reviewKeys: outbox.keys,
      full: outbox.full === true,
    });
    await changeOutbox((current) => afterSync(current, outbox.keys, outbox.full === true));
    const status: SyncStatus = { at: now(), ok: true, moved: moved(report) };
    await syncStatusItem.setValue(status);
    if (report.received.reviews + report.received.businesses + report.received.alerts > 0) {
      await forgetTabViews();
      await refreshBadge();
    }
    return status;
  } catch (error) {
    return fail(problemOfError(error), String(error));
  } finally {
    await Promise.all([replica.close(), server.close()]).catch(() => undefined);
  }
}

export async function onSyncAlarm(): Promise<void> {
  await syncOnce();
}

export function parseSyncNow(): Validated<{ type: 'page:sync-now' }> {
  return { ok: true, value: { type: 'page:sync-now' } };
}

export function parseSyncTest(raw: unknown): Validated<SyncTestMessage> {
  const config = raw && typeof raw === 'object' ? (raw as { config?: unknown }).config : undefined;
  if (!config || typeof config !== 'object') return { ok: false, reason: 'malformed message' };
  return { ok: true, value: { type: 'page:sync-test', config: normalizeSyncConfig(config) } };
}

export async function handleSyncNow(): Promise<SyncNowResponse> {
  const status = await syncOnce();
  return { ok: status.ok, status };
}

export async function handleSyncTest(message: SyncTestMessage): Promise<SyncTestResponse> {
  const address = checkServerAddress(message.config.server);
  if (address.ok && !(await browser.permissions.contains({ origins: [address.permission] })))
    return { ok: false, result: { ok: false, problem: 'no-permission' } };
  const result = await testConnection(message.config, (input, init) => fetch(input, init));
  return { ok: result.ok, result };
}

export const refuseSync = (error: string): PageResponse => ({ ok: false, error });
