/**
 * Where the Firefox build (MV2, Firefox 140+) and the Chromium build (MV3) differ, in one place;
 * README "Firefox" lists each difference with the Firefox version it needs.
 *
 * - The toolbar button is `browserAction` in MV2 and `action` in MV3 (same badge methods).
 * - Notifications: Firefox reads only `type: 'basic'`, `title`, `message` and `iconUrl` (the
 *   `priority` the notifier passes is ignored there), and closes a notification by itself (at
 *   once on Linux without a notification daemon): the badge, not the notification, is what
 *   stays until the owner reads the reviews, in both browsers.
 * - `storage.session` (Firefox 115+) has no `QUOTA_BYTES` in Firefox but refuses writes past
 *   its quota all the same: what is kept there is bounded, and a refused write is not fatal.
 */
import { browser } from 'wxt/browser';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
