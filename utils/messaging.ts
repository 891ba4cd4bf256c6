/**
 * One `send` per direction of the message protocol (`utils/messages.ts`), so no caller casts a
 * response. Each resolves to `undefined` when nobody answered — the worker stopped while the
 * message was in flight (webextension-polyfill reports the closed port as an empty answer) or
 * the tab is gone — and callers decide whether to try again.
 */
import { browser } from 'wxt/browser';
import type { MessagesFrom, RequestOf, ResponseOf } from './messages';

/** Content script → background. */
export function sendFromContentScript<K extends MessagesFrom<'content-script'>>(message: RequestOf<K>): Promise<ResponseOf<K> | undefined> {
  return browser.runtime.sendMessage(message) as Promise<ResponseOf<K> | undefined>;
}

/** Popup or options page → background. A worker that cannot be reached answers nothing, never throws. */
export async function sendFromPage<K extends MessagesFrom<'extension-page'>>(message: RequestOf<K>): Promise<ResponseOf<K> | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as ResponseOf<K> | undefined;
  } catch {
    return undefined;
  }
}

/** Background → the content script of one tab. A tab that closed or navigated away answers nothing. */
export async function sendToTab<K extends MessagesFrom<'background'>>(tabId: number, message: RequestOf<K>): Promise<ResponseOf<K> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as ResponseOf<K> | undefined;
  } catch {
    return undefined;
  }
}
