/**
 * The notifications of scheduled checks (issue 17): a site stopped by a check page (once), a
 * site of the owner's business not checked for days (once a day), and the daily digest (once a
 * day). What is due and what it says is decided in utils/schedule/notices.ts.
 */
import { browser } from 'wxt/browser';
import { loadUiTranslator } from '../i18n/load';
import type { Translator } from '../i18n';
import { computeScore } from '../reputation/score';
import { toScoredReview } from '../reputation/summary';
import { digestDue, digestFigures, dueReminders, logReminders, yesterday, type DigestFigures } from '../schedule/notices';
import { localDay } from '../schedule/plan';
import { loadSettings } from '../settings';
import { siteName } from '../sites/names';
import type { SiteId } from '../sites/types';
import { checkStopsItem, noticeLogItem } from '../storage-items';
import { getDb, type SentinelDatabase } from '../store/db';
import { getBusiness, listBusinesses, reviewsOfBusiness, snapshotsOfBusiness } from '../store/queries';
import { loadSummaryParts } from '../store/read-models';
import { businessTitle, type BusinessRecord } from '../store/schema';
import { httpsUrl } from '../urls';
import { DAY } from '../time';

/** Hourly: reminders and the digest are looked at. */
export const NOTICE_ALARM = 'rs-notices';
const NOTICE_PERIOD_MINUTES = 30;

const STOP_PREFIX = 'rs-stop:';
const REMINDER_PREFIX = 'rs-remind:';
const DIGEST_PREFIX = 'rs-digest:';

function notify(id: string, title: string, message: string): Promise<unknown> {
  return browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message, priority: 1 });
}

/** Created once at every worker start (an existing one keeps its time). */
export async function syncNoticeAlarm(): Promise<void> {
  if (!(await browser.alarms.get(NOTICE_ALARM))) await browser.alarms.create(NOTICE_ALARM, { periodInMinutes: NOTICE_PERIOD_MINUTES });
}

/** Tells the owner that a site's checks stopped on a check page. Called once per stop; the stop records it. */
export async function tellSiteStopped(site: SiteId, now: number): Promise<void> {
  const t = await loadUiTranslator();
  const name = siteName(site);
  await notify(`${STOP_PREFIX}${site}`, t.t('notify.blocked.title', { site: name }), t.t('notify.blocked.message', { site: name }));
  const stops = await checkStopsItem.getValue();
  const stop = stops[site];
  if (stop) await checkStopsItem.setValue({ ...stops, [site]: { ...stop, toldAt: now } });
}

/** Reminders and the digest, when due (the notice alarm). */
export async function showDueNotices(now: number): Promise<{ reminders: number; digest: boolean }> {
  const settings = await loadSettings();
  const db = await getDb();
  const businesses = await listBusinesses(db);
  let log = await noticeLogItem.getValue();
  const t = await loadUiTranslator();
  const reminders = dueReminders(businesses, settings, log, now);
  for (const r of reminders) {
    const business = businesses.find((b) => b.key === r.businessKey)!;
    await notify(
      `${REMINDER_PREFIX}${r.businessKey}|${localDay(now)}`,
      t.t('notify.reminder.title', { business: businessTitle(business) }),
      t.t('notify.reminder.message', { site: siteName(r.site), n: r.days }),
    );
  }
  if (reminders.length > 0) log = logReminders(log, reminders, now);
  const digest = digestDue(settings, log, now);
  if (digest) {
    const figures = await digestOf(
      db,
      businesses.filter((b) => b.role === 'mine'),
      now,
    );
    await notify(`${DIGEST_PREFIX}${localDay(now)}`, t.t('notify.digest.title'), digestMessage(t, figures));
    log = { ...log, digestDay: localDay(now) };
  }
  if (reminders.length > 0 || digest) await noticeLogItem.setValue(log);
  return { reminders: reminders.length, digest };
}

export function digestMessage(t: Translator, figures: DigestFigures): string {
  const base = t.t('notify.digest.message', { reviews: figures.newReviews, negatives: figures.negatives });
  const score =
    figures.scoreBefore !== undefined && figures.scoreAfter !== undefined
      ? t.t('notify.digest.score', { before: figures.scoreBefore, after: figures.scoreAfter })
      : '';
  return base + score;
}

/** Yesterday on the owner's businesses: new reviews, negatives, and the combined score at its start and end. */
async function digestOf(db: SentinelDatabase, mine: BusinessRecord[], now: number): Promise<DigestFigures> {
  const reviews = (await Promise.all(mine.map((b) => reviewsOfBusiness(db, b.key)))).flat();
  const { start, end } = yesterday(now);
  const scoreAt = async (at: number): Promise<number | undefined> => {
    if (mine.length === 0) return undefined;
    const parts = await loadSummaryParts(db, mine, at);
    const day = Math.floor(at / DAY);
    const buckets = parts.buckets.flat().filter((b) => b.day < day);
    if (buckets.length === 0) return undefined;
    const snapshots = (await Promise.all(mine.map((b) => snapshotsOfBusiness(db, b.key)))).flat().filter((s) => s.capturedAt <= at);
    return computeScore({
      buckets,
      recent: parts.recent.filter((r) => r.at <= at && r.firstSeenAt <= at).map(toScoredReview),
      snapshots,
      siteRating: mine.find((b) => b.rating !== undefined)?.rating,
      now: at,
    }).score;
  };
  return digestFigures(
    reviews.map((r) => ({ firstSeenAt: r.firstSeenAt, negative: r.negative === 1, baseline: r.alertState === 'baseline' })),
    now,
    { before: await scoreAt(start), after: await scoreAt(end) },
  );
}

/** A click on one of these notifications: opens the page to look at. False when the id is not one of them. */
export async function openNotice(notificationId: string): Promise<boolean> {
  let url: string | undefined;
  if (notificationId.startsWith(STOP_PREFIX)) {
    url = (await checkStopsItem.getValue())[notificationId.slice(STOP_PREFIX.length) as SiteId]?.url;
  } else if (notificationId.startsWith(REMINDER_PREFIX)) {
    const key = notificationId.slice(REMINDER_PREFIX.length).split('|')[0]!;
    const business = await getBusiness(await getDb(), key);
    url = business ? httpsUrl(business.url) : undefined;
  } else if (notificationId.startsWith(DIGEST_PREFIX)) {
    await browser.runtime.openOptionsPage();
    await browser.notifications.clear(notificationId);
    return true;
  } else {
    return false;
  }
  if (url) await browser.tabs.create({ url, active: true });
  await browser.notifications.clear(notificationId);
  return true;
}
