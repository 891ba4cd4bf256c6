/**
 * Browser notifications for alerts. The alert record is stored before the notification is
 * created and its id is the notification id: if the worker stops in between, the alert is
 * shown at the next start, and showing it twice replaces rather than duplicates it.
 */
import { browser } from 'wxt/browser';
import { alertClickUrl } from '../alerts/click-target';
import { buildNotification } from '../alerts/notification';
import { buildRecentSummary } from '../alerts/recent-summary';
import type { Translator } from '../i18n';
import type { SentinelDatabase } from '../store/db';
import { getAlert, getBusiness, getReviews, markAlertShown, markRead, pendingAlerts } from '../store/queries';
import { businessTitle, type AlertRecord } from '../store/schema';
import { noteSyncWrites } from './sync';

const PENDING_WINDOW = 24 * 3_600_000;

export async function showAlert(db: SentinelDatabase, alert: AlertRecord, t: Translator, now: number): Promise<void> {
  const business = await getBusiness(db, alert.businessKey);
  const reviews = await getReviews(db, alert.reviewKeys);
  // The owner's own name for the business when renamed.
  const build = alert.kind === 'recent' ? buildRecentSummary : buildNotification;
  const { title, message } = build(t, business ? businessTitle(business) : '', reviews);
  await browser.notifications.create(alert.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    priority: 2,
  });
  await markAlertShown(db, alert.id, now);
}

/** Shows alerts that were stored but not shown before the worker stopped. */
export async function showPendingAlerts(db: SentinelDatabase, t: Translator, now: number): Promise<number> {
  const pending = await pendingAlerts(db, now - PENDING_WINDOW);
  for (const alert of pending) await showAlert(db, alert, t, now);
  return pending.length;
}

/** A click opens the review (or, for a group, the site's review list newest first) and marks its reviews read. */
export async function openAlert(db: SentinelDatabase, notificationId: string): Promise<boolean> {
  const alert = await getAlert(db, notificationId);
  if (!alert) return false;
  await browser.tabs.create({ url: alertClickUrl(alert, await getBusiness(db, alert.businessKey)), active: true });
  await noteSyncWrites(alert.reviewKeys);
  await markRead(db, alert.businessKey, alert.reviewKeys);
  await browser.notifications.clear(notificationId);
  return true;
}
