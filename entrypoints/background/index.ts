import { browser } from 'wxt/browser';
import { refreshBadge } from '@/utils/background/badge';
import { maybePrune } from '@/utils/background/maintenance';
import { openAlert, showPendingAlerts } from '@/utils/background/notifier';
import { createRouter } from '@/utils/background/router';
import { ROUTES } from '@/utils/background/routes';
import { forgetTabView } from '@/utils/background/tab-views';
import { loadUiTranslator } from '@/utils/i18n/load';
import { clearTabState } from '@/utils/session/tab-state';
import { getDb } from '@/utils/store/db';
import { routeAlarm } from '@/utils/background/alarms';
import { checkTabRemoved, configureSchedule, ownerMayHaveTakenTab, step, syncRunAlarm } from '@/utils/background/schedule';
import { openNotice, syncNoticeAlarm } from '@/utils/background/schedule-notices';
import { onSettingsChanged } from '@/utils/settings';
import { syncSyncAlarms, watchSyncConfig } from '@/utils/background/sync';

export default defineBackground(() => {
  const log = (message: string): void => console.warn(`[Review Sentinel] ${message}`);
  const route = createRouter(ROUTES, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    now: () => Date.now(),
    log,
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));

  browser.notifications.onClicked.addListener((notificationId) => {
    void openNotice(notificationId)
      .then(async (handled) => handled || openAlert(await getDb(), notificationId))
      .then(() => refreshBadge())
      .catch((error: unknown) => log(`notification click failed: ${String(error)}`));
  });

  browser.tabs.onRemoved.addListener((tabId) => void Promise.all([clearTabState(tabId), forgetTabView(tabId), checkTabRemoved(tabId)]));

  // Scheduled checks: the alarms, and the owner taking over a check's tab (which then stays open).
  configureSchedule({ log });
  browser.alarms.onAlarm.addListener((alarm) => {
    void routeAlarm(alarm.name, Date.now()).catch((error: unknown) => log(`alarm ${alarm.name} failed: ${String(error)}`));
  });
  browser.windows.onFocusChanged.addListener((windowId) => void ownerMayHaveTakenTab({ windowId }));
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => void ownerMayHaveTakenTab({ tabId, windowId }));
  // Sync (off by default): its alarms follow its settings.
  watchSyncConfig(log);
  onSettingsChanged((settings) => void syncRunAlarm(settings).catch((error: unknown) => log(`schedule not set: ${String(error)}`)));

  // The worker starts on install, on browser start and whenever an event wakes it: bring the
  // badge up to date and show any alert stored just before the worker was last stopped.
  void (async () => {
    const db = await getDb();
    await showPendingAlerts(db, await loadUiTranslator(), Date.now());
    await maybePrune(db, Date.now());
    await refreshBadge();
  })().catch((error: unknown) => log(`start-up failed: ${String(error)}`));
  // Alarms are re-created at every start (they do not survive every browser restart), and a run
  // the worker was stopped in carries on.
  void (async () => {
    await syncRunAlarm();
    await syncNoticeAlarm();
    await syncSyncAlarms();
    await step();
  })().catch((error: unknown) => log(`schedule start-up failed: ${String(error)}`));
});
