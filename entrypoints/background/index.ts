import { browser } from 'wxt/browser';
import { refreshBadge } from '@/utils/background/badge';
import { handleCaptureMessage } from '@/utils/background/capture';
import { loadUiTranslator } from '@/utils/i18n/load';
import { openAlert, showPendingAlerts } from '@/utils/background/notifier';
import { handleNotesRequest } from '@/utils/background/notes';
import { handlePageMessage, isPageMessage } from '@/utils/background/pages';
import { maybePrune } from '@/utils/background/maintenance';
import { clearTabState } from '@/utils/background/tab-state';
import { forgetTabView } from '@/utils/background/tab-views';
import { getDb } from '@/utils/store/db';

export default defineBackground(() => {
  const extensionId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');
  const log = (message: string): void => console.warn(`[Review Sentinel] ${message}`);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isPageMessage(message)) return handlePageMessage(message, sender, { extensionId, extensionOrigin });
    if ((message as { type?: unknown } | null)?.type === 'capture:notes') {
      return handleNotesRequest(message, sender, { extensionId, now: () => Date.now(), log }).catch((error: unknown) => {
        log(`notes failed: ${String(error)}`);
        return { ok: false, notes: [] };
      });
    }
    return handleCaptureMessage(message, sender, { extensionId, now: () => Date.now(), log }).catch((error: unknown) => {
      log(`capture failed: ${String(error)}`);
      return { ok: false, stored: 0, rejected: 0, error: 'storage error' };
    });
  });

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
