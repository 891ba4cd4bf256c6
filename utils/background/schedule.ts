/**
 * Scheduled checks (issue 17), the effect side: alarms, the unfocused window each page opens in,
 * the run that goes through the pages one at a time, and what the capture of a check tab tells
 * it. Every decision is made by the pure modules in utils/schedule/; this module applies them.
 * The run lives in storage.session, so a worker stopped between two pages carries on at its
 * next start (an alarm wakes it).
 *
 * Without the `tabs` permission the browser still lets the extension create and remove its own
 * windows and tabs and tells it their ids (only URLs and titles are hidden): the tab is known by
 * the id `windows.create` returned, and the content script's capture message names its tab.
 */
import { browser } from 'wxt/browser';
import type { CaptureCheckSortMessage, CaptureOwnerActiveMessage, CheckNowMessage, CheckSortState, PageResponse } from '../messages';
import { loadSettings, type Settings } from '../settings';
import { siteById } from '../sites/registry';
import { SITE_IDS, type LayoutHealth, type SiteId } from '../sites/types';
import { checkJobItem, checkRunsItem, checkStopsItem, lastScheduledRunAtItem } from '../storage-items';
import { checkTargets, pageGap, runAlarm, runIsDue } from '../schedule/plan';
import { settle } from '../schedule/settle';
import type { CheckJob, CheckResult, CheckRun, PageCheck } from '../schedule/types';
import { getDb } from '../store/db';
import { getBusiness, listBusinesses } from '../store/queries';
import type { Validated } from '../validate';
import { tellSiteStopped } from './schedule-notices';

export const RUN_ALARM = 'rs-scheduled-run';
/** Wakes the worker to carry on a run (the page's time limit, the pause between pages) if it stopped meanwhile. */
export const STEP_ALARM = 'rs-check-step';
/** Alarms never fire sooner than this after they are set (Chrome's minimum is 30 s). */
const STEP_ALARM_DELAY = 30_000;
/** The machine counts as idle after this long without input; only "locked" stops a run. */
const IDLE_SECONDS = 300;
/** Focus and activation events this soon after the window opened are the browser opening it, not the owner. */
const OPEN_GRACE = 3_000;

export interface ScheduleDeps {
  now(): number;
  random(): number;
  log(message: string): void;
  /** Timers inside the worker (the step alarm backs them up). */
  setTimeout(handler: () => void, ms: number): unknown;
}

let deps: ScheduleDeps = { now: () => Date.now(), random: Math.random, log: () => undefined, setTimeout: (h, ms) => setTimeout(h, ms) };
/** One change to the run at a time (alarms, captures, tab events come in any order). */
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch((error: unknown) => deps.log(`scheduled check: ${String(error)}`));
  return run;
}

export function configureSchedule(next: Partial<ScheduleDeps>): void {
  deps = { ...deps, ...next };
}

/** Re-creates the run alarm from the settings (at every worker start and when the settings change). */
export async function syncRunAlarm(settings?: Settings): Promise<void> {
  const current = settings ?? (await loadSettings());
  const lastRunAt = await lastScheduledRunAtItem.getValue();
  const wanted = runAlarm(current, lastRunAt, deps.now());
  if (!wanted) {
    await browser.alarms.clear(RUN_ALARM);
    return;
  }
  const existing = await browser.alarms.get(RUN_ALARM);
  // Keep an alarm that already fires at the right time; move one the settings changed. Before
  // the first run, another setting changed (a site switched off) never postpones it.
  if (existing && Math.abs(existing.scheduledTime - wanted.when) < 60_000) return;
  if (existing && lastRunAt <= 0 && current.scheduleMode === 'interval' && existing.scheduledTime <= wanted.when) return;
  await browser.alarms.create(RUN_ALARM, { when: wanted.when });
}

/** An alarm fired: start a run if one is due, or carry on the one in progress. */
export async function onScheduleAlarm(name: string): Promise<void> {
  if (name === RUN_ALARM) {
    const settings = await loadSettings();
    if (runIsDue(settings, await lastScheduledRunAtItem.getValue(), deps.now())) await startRun({ manual: false });
    await syncRunAlarm(settings);
  } else if (name === STEP_ALARM) {
    await step();
  }
}

/** Starts a run: every due page (`manual` with a site: "Check now" for that site, which also lifts its stop). */
export function startRun(options: { manual: boolean; site?: SiteId }): Promise<boolean> {
  return serial(async () => {
    const now = deps.now();
    const running = await checkJobItem().getValue();
    if (running && running.queue.length + (running.current ? 1 : 0) > 0) {
      // One run at a time: "Check now" adds its pages to the one in progress.
      if (!options.manual) return false;
    }
    const settings = await loadSettings();
    if (options.site) {
      const stops = await checkStopsItem.getValue();
      if (stops[options.site]) {
        delete stops[options.site];
        await checkStopsItem.setValue(stops);
      }
    }
    const targets = checkTargets(
      await listBusinesses(await getDb()),
      settings,
      await checkStopsItem.getValue(),
      siteById,
      options.site ? { site: options.site } : undefined,
    );
    if (!options.manual) await lastScheduledRunAtItem.setValue(now);
    const keys = targets.map((t) => t.businessKey);
    const job: CheckJob = running
      ? {
          ...running,
          queue: [...running.queue, ...keys.filter((k) => !running.queue.includes(k) && running.current?.businessKey !== k)],
          manual: running.manual || options.manual,
        }
      : { startedAt: now, queue: keys, nextAt: now, manual: options.manual };
    if (job.queue.length === 0 && !job.current) {
      await checkJobItem().removeValue();
      return false;
    }
    await checkJobItem().setValue(job);
    later(0);
    return true;
  });
}

/** Runs `step` after `ms` (in the worker), backed by an alarm in case the worker stops first. */
function later(ms: number): void {
  deps.setTimeout(() => void step(), ms);
  void browser.alarms.create(STEP_ALARM, { when: deps.now() + Math.max(ms, STEP_ALARM_DELAY) });
}

/** One step of the run: settle the open page, or open the next one when its time has come. */
export function step(): Promise<void> {
  return serial(async () => {
    const job = await checkJobItem().getValue();
    if (!job) {
      await browser.alarms.clear(STEP_ALARM);
      return;
    }
    const now = deps.now();
    if (job.current) {
      const decision = settle(job.current, now);
      if (decision.kind === 'wait') return later(decision.until - now);
      await finishPage(job, job.current, decision.result, true);
      return later(job.nextAt - now);
    }
    if (job.nextAt > now) return later(job.nextAt - now);
    const nextKey = job.queue.shift();
    if (nextKey === undefined) {
      await checkJobItem().removeValue();
      await browser.alarms.clear(STEP_ALARM);
      return;
    }
    // Never while the machine is locked: the run ends here and the next alarm tries again.
    if ((await idleState()) === 'locked') {
      deps.log('scheduled check skipped: the screen is locked');
      await checkJobItem().removeValue();
      return;
    }
    const settings = await loadSettings();
    const business = await getBusiness(await getDb(), nextKey);
    const stops = await checkStopsItem.getValue();
    const target = business ? checkTargets([business], { ...settings, scheduleCompetitors: true, scheduleSitesOff: [] }, stops, siteById)[0] : undefined;
    if (!target) {
      await checkJobItem().setValue(job);
      return later(0);
    }
    const opened = await openUnfocused(target.url).catch((error: unknown) => {
      deps.log(`scheduled check could not open a window: ${String(error)}`);
      return null;
    });
    if (!opened) {
      await recordRun({ businessKey: target.businessKey, site: target.site, startedAt: now, endedAt: now, result: 'failed', stored: 0, reviewsOnPage: 0 });
      job.nextAt = now + pageGap(deps.random);
      await checkJobItem().setValue(job);
      return later(job.nextAt - now);
    }
    job.current = {
      businessKey: target.businessKey,
      site: target.site,
      url: target.url,
      tabId: opened.tabId,
      windowId: opened.windowId,
      startedAt: now,
      stored: 0,
      reviewsOnPage: 0,
    };
    await checkJobItem().setValue(job);
    return later(settleWait(job.current, now));
  });
}

function settleWait(check: PageCheck, now: number): number {
  const decision = settle(check, now);
  return decision.kind === 'wait' ? decision.until - now : 0;
}

async function idleState(): Promise<string> {
  try {
    return await browser.idle.queryState(IDLE_SECONDS);
  } catch {
    return 'active';
  }
}

/**
 * A minimized window of its own, not focused: the owner's window keeps the focus and never gets
 * a tab it did not open. Firefox and Chrome both take `focused: false` with `state: 'minimized'`.
 */
async function openUnfocused(url: string): Promise<{ tabId: number; windowId: number } | null> {
  const win = await browser.windows.create({ url, focused: false, state: 'minimized', type: 'normal' });
  const tabId = win?.tabs?.[0]?.id;
  if (win?.id === undefined || tabId === undefined) return null;
  return { tabId, windowId: win.id };
}

async function recordRun(run: CheckRun): Promise<void> {
  const runs = await checkRunsItem.getValue();
  await checkRunsItem.setValue({ ...runs, [run.businessKey]: run });
}

/** Ends one page's check: the run is recorded, the tab closed (unless the owner took it), a check page stops the site. */
async function finishPage(job: CheckJob, check: PageCheck, result: CheckResult, close: boolean): Promise<void> {
  const now = deps.now();
  await recordRun({
    businessKey: check.businessKey,
    site: check.site,
    startedAt: check.startedAt,
    endedAt: now,
    result,
    stored: check.stored,
    reviewsOnPage: check.reviewsOnPage,
    ...(check.lastMessageAt !== undefined ? { capturedAt: check.lastMessageAt } : {}),
    ...sortOutcome(check, result),
  });
  delete job.current;
  job.nextAt = now + pageGap(deps.random);
  if (result === 'blocked') {
    // A check page stops this site's checks (no retry in a loop) until the owner presses "Check now".
    const stops = await checkStopsItem.getValue();
    if (!stops[check.site]) {
      stops[check.site] = { site: check.site, at: now, reason: 'blocked', businessKey: check.businessKey, url: check.url };
      await checkStopsItem.setValue(stops);
      await tellSiteStopped(check.site, now);
    }
    job.queue = await withoutSite(job.queue, check.site);
  }
  await checkJobItem().setValue(job);
  if (close) await browser.windows.remove(check.windowId).catch(() => browser.tabs.remove(check.tabId).catch(() => undefined));
}

/** On a site whose newest reviews take clicks, whether a captured page was brought to newest first (only the tab's own word counts). */
function sortOutcome(check: PageCheck, result: CheckResult): Pick<CheckRun, 'sort'> {
  if (result !== 'captured' || !siteById(check.site)?.newestReviewsStep) return {};
  return { sort: check.sort === 'newest' ? 'newest' : 'not-sorted' };
}

async function withoutSite(keys: readonly string[], site: SiteId): Promise<string[]> {
  const db = await getDb();
  const kept: string[] = [];
  for (const key of keys) if ((await getBusiness(db, key))?.site !== site) kept.push(key);
  return kept;
}

/**
 * A capture message came from a tab: when it is the check's tab, note what it said. Answers
 * whether the tab is a scheduled check (its content script then opens the newest reviews).
 */
export function noteCheckCapture(tabId: number, health: LayoutHealth, stored: number): Promise<boolean> {
  return serial(async () => {
    const job = await checkJobItem().getValue();
    const check = job?.current;
    if (!job || !check || check.tabId !== tabId) return false;
    check.lastMessageAt = deps.now();
    check.lastStatus = health.status;
    check.stored += stored;
    check.reviewsOnPage = Math.max(check.reviewsOnPage, health.cardsRead);
    await checkJobItem().setValue(job);
    later(settleWait(check, deps.now()));
    return true;
  });
}

/**
 * The check's tab says where its clicks toward the newest reviews stand. While it sorts, the
 * check waits; once sorted (or not possible), the quiet period starts again, so the sorted list's
 * capture is the one the check ends on.
 */
export function noteCheckSort(tabId: number, state: CheckSortState): Promise<void> {
  return serial(async () => {
    const job = await checkJobItem().getValue();
    const check = job?.current;
    if (!job || !check || check.tabId !== tabId) return;
    if (check.sort === 'newest' || check.sort === 'not-sorted') return;
    check.sort = state;
    if (state !== 'sorting' && check.lastMessageAt !== undefined) check.lastMessageAt = deps.now();
    await checkJobItem().setValue(job);
    later(settleWait(check, deps.now()));
  });
}

export function parseCheckSort(raw: unknown): Validated<CaptureCheckSortMessage> {
  const r = typeof raw === 'object' && raw !== null ? (raw as { site?: unknown; state?: unknown }) : {};
  if (typeof r.site !== 'string' || !(SITE_IDS as readonly string[]).includes(r.site)) return { ok: false, reason: 'unknown site' };
  if (r.state !== 'sorting' && r.state !== 'newest' && r.state !== 'not-sorted') return { ok: false, reason: 'malformed message' };
  return { ok: true, value: { type: 'capture:check-sort', site: r.site as SiteId, state: r.state } };
}

export async function handleCheckSort(message: CaptureCheckSortMessage, ctx: { tabId?: number }): Promise<PageResponse> {
  if (ctx.tabId !== undefined) await noteCheckSort(ctx.tabId, message.state);
  return { ok: true };
}

/**
 * Something happened to the check's tab or window (focus, activation, a move): when the owner is
 * using it now — its window focused or no longer minimized, or the tab moved to another window —
 * it is theirs, and stays open (a tab moved into another window becomes active there). The browser's own events around creating the window (its first
 * tab becoming active) are not the owner: the window is still minimized and unfocused then.
 */
export function ownerMayHaveTakenTab(event: { tabId?: number; windowId?: number }): Promise<void> {
  return serial(async () => {
    const job = await checkJobItem().getValue();
    const check = job?.current;
    if (!job || !check) return;
    if (event.tabId !== check.tabId && event.windowId !== check.windowId) return;
    // Some window managers (and headless Chromium) focus a new window whatever it asked for.
    if (deps.now() - check.startedAt < OPEN_GRACE) return;
    if (!(await ownerIsUsing(check))) return;
    await finishPage(job, check, 'left-to-owner', false);
    later(job.nextAt - deps.now());
  });
}

async function ownerIsUsing(check: PageCheck): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(check.tabId);
    if (tab.windowId !== check.windowId) return true;
    const win = await browser.windows.get(check.windowId);
    return win.focused || win.state !== 'minimized';
  } catch {
    return false;
  }
}

/** The owner clicked or typed in the check's tab (its content script says so): it is theirs now. */
export function ownerUsedTab(tabId: number): Promise<void> {
  return serial(async () => {
    const job = await checkJobItem().getValue();
    const check = job?.current;
    if (!job || !check || check.tabId !== tabId) return;
    await finishPage(job, check, 'left-to-owner', false);
    later(job.nextAt - deps.now());
  });
}

export function parseOwnerActive(raw: unknown): Validated<CaptureOwnerActiveMessage> {
  const site = typeof raw === 'object' && raw !== null ? (raw as { site?: unknown }).site : undefined;
  if (typeof site !== 'string' || !(SITE_IDS as readonly string[]).includes(site)) return { ok: false, reason: 'unknown site' };
  return { ok: true, value: { type: 'capture:owner-active', site: site as SiteId } };
}

export async function handleOwnerActive(_message: CaptureOwnerActiveMessage, ctx: { tabId?: number }): Promise<PageResponse> {
  if (ctx.tabId !== undefined) await ownerUsedTab(ctx.tabId);
  return { ok: true };
}

/** The check's tab was closed (by the owner, or the browser): the page's check ends with what it had. */
export function checkTabRemoved(tabId: number): Promise<void> {
  return serial(async () => {
    const job = await checkJobItem().getValue();
    const check = job?.current;
    if (!job || !check || check.tabId !== tabId) return;
    const decision = settle(check, Number.POSITIVE_INFINITY);
    await finishPage(job, check, decision.kind === 'done' ? decision.result : 'failed', false);
    later(job.nextAt - deps.now());
  });
}

export function parseCheckNow(raw: unknown): Validated<CheckNowMessage> {
  const site = typeof raw === 'object' && raw !== null ? (raw as { site?: unknown }).site : undefined;
  if (site === undefined) return { ok: true, value: { type: 'page:check-now' } };
  if (typeof site !== 'string' || !(SITE_IDS as readonly string[]).includes(site)) return { ok: false, reason: 'malformed message' };
  return { ok: true, value: { type: 'page:check-now', site: site as SiteId } };
}

/** "Check now": the site's pages (its stop lifted), or every page the schedule would check. */
export async function handleCheckNow(message: CheckNowMessage): Promise<PageResponse> {
  const started = await startRun({ manual: true, ...(message.site ? { site: message.site } : {}) });
  return started ? { ok: true } : { ok: false, error: 'nothing to check' };
}
