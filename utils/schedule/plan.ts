/**
 * When scheduled checks run and what they open (issue 17). Pure: settings, records and `now` in,
 * decisions out; the background applies them (utils/background/schedule.ts).
 */
import type { Settings } from '../settings';
import type { SiteAdapter, SiteId } from '../sites/types';
import type { BusinessRecord } from '../store/schema';
import { HOUR, MINUTE } from '../time';

const SECOND = 1_000;
import type { SiteStop } from './types';

/** Chrome fires alarms no more often than every 30 s; a run is never sooner than a minute away. */
export const MIN_ALARM_DELAY = MINUTE;
/** An alarm that fires a little early (the browser rounds) still counts as due. */
const EARLY_SLACK = 5 * MINUTE;
/** The pause between two pages of one run, before jitter. */
export const PAGE_GAP = { min: 4 * SECOND, jitter: 4 * SECOND } as const;
/** A page's check ends after this long whatever it showed. */
export const PAGE_TIME_LIMIT = 60 * SECOND;
/** The capture has settled when the tab sent nothing for this long after a readable capture. */
export const SETTLE_QUIET = 3 * SECOND;

/** Minutes after local midnight of "HH:MM". */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The next moment after `now` (strictly) at local time `hhmm`. */
export function nextTimeOfDay(hhmm: string, now: number): number {
  const d = new Date(now);
  const minutes = minutesOfDay(hhmm);
  const at = new Date(d.getFullYear(), d.getMonth(), d.getDate(), Math.floor(minutes / 60), minutes % 60, 0, 0).getTime();
  if (at > now) return at;
  const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, Math.floor(minutes / 60), minutes % 60, 0, 0);
  return next.getTime();
}

/** The local day of a moment, "YYYY-MM-DD". */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of the day of `at`, and of `days` days later (DST-safe: by calendar, not by 24 h). */
export function startOfLocalDay(at: number, days = 0): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** The latest moment at or before `now` at local time `hhmm`. */
export function previousTimeOfDay(hhmm: string, now: number): number {
  const d = new Date(now);
  const minutes = minutesOfDay(hhmm);
  const at = new Date(d.getFullYear(), d.getMonth(), d.getDate(), Math.floor(minutes / 60), minutes % 60, 0, 0).getTime();
  if (at <= now) return at;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1, Math.floor(minutes / 60), minutes % 60, 0, 0).getTime();
}

/** The alarm that starts the next scheduled run, or null when checks are off. */
export function runAlarm(settings: Settings, lastRunAt: number, now: number): { when: number } | null {
  if (!settings.scheduleEnabled) return null;
  if (settings.scheduleMode === 'daily') return { when: Math.max(nextTimeOfDay(settings.scheduleDailyAt, now), now + MIN_ALARM_DELAY) };
  const period = settings.scheduleEveryHours * HOUR;
  // Never run yet: the first run is one period after the owner turned checks on, not at once.
  const base = lastRunAt > 0 ? lastRunAt + period : now + period;
  return { when: Math.max(base, now + MIN_ALARM_DELAY) };
}

/** Whether a run is due when its alarm fires (alarms can fire late after sleep, or twice). */
export function runIsDue(settings: Settings, lastRunAt: number, now: number): boolean {
  if (!settings.scheduleEnabled) return false;
  if (lastRunAt <= 0) return true;
  // Daily: due once the day's chosen time has come since the last run — by the calendar, so a late
  // run (the browser opened at 10:00 for 08:00), a moved time or a 23-hour day never skips a day.
  if (settings.scheduleMode === 'daily') return lastRunAt < previousTimeOfDay(settings.scheduleDailyAt, now + EARLY_SLACK) - EARLY_SLACK;
  return now >= lastRunAt + settings.scheduleEveryHours * HOUR - EARLY_SLACK;
}

/** One page a run opens. */
export interface CheckTarget {
  businessKey: string;
  site: SiteId;
  /** What the tab opens: the site's newest-first view where the address can say so. */
  url: string;
}

/** The address a check opens: the business's page, newest first where the site has such an address. */
export function checkUrl(adapter: Pick<SiteAdapter, 'newestFirstUrl'> | undefined, businessUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(businessUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  return adapter?.newestFirstUrl?.(url) ?? url.href;
}

/**
 * The pages a run checks, in order: the owner's businesses first (competitors only when the
 * owner asked), each site only if switched on and not stopped by a check page; the page checked
 * longest ago first. `only` limits it to some businesses ("Check now" on one site).
 */
export function checkTargets(
  businesses: readonly BusinessRecord[],
  settings: Settings,
  stops: Partial<Record<SiteId, SiteStop>>,
  adapterOf: (site: SiteId) => Pick<SiteAdapter, 'newestFirstUrl'> | undefined,
  only?: { site?: SiteId },
): CheckTarget[] {
  const rank = (b: BusinessRecord): number => (b.role === 'mine' ? 0 : 1);
  return businesses
    .filter((b) => b.role === 'mine' || (b.role === 'competitor' && settings.scheduleCompetitors))
    .filter((b) => (only?.site ? b.site === only.site : !settings.scheduleSitesOff.includes(b.site) && !stops[b.site]))
    .sort((a, b) => rank(a) - rank(b) || a.lastCheckedAt - b.lastCheckedAt)
    .flatMap((b) => {
      const url = checkUrl(adapterOf(b.site), b.url);
      return url ? [{ businessKey: b.key, site: b.site, url }] : [];
    });
}

/** The pause before the next page: a few seconds, with jitter so checks never tick like a clock. */
export function pageGap(random: () => number): number {
  return PAGE_GAP.min + Math.round(random() * PAGE_GAP.jitter);
}
