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
    void getDb()
      .then((db) => openAlert(db, notificationId))
      .then(() => refreshBadge())
      .catch((error: unknown) => log(`notification click failed: ${String(error)}`));
  });

  browser.tabs.onRemoved.addListener((tabId) => void Promise.all([clearTabState(tabId), forgetTabView(tabId)]));

  // The worker starts on install, on browser start and whenever an event wakes it: bring the
  // badge up to date and show any alert stored just before the worker was last stopped.
  void (async () => {
    const db = await getDb();
    await showPendingAlerts(db, await loadUiTranslator(), Date.now());
    await maybePrune(db, Date.now());
    await refreshBadge();
  })().catch((error: unknown) => log(`start-up failed: ${String(error)}`));
});
