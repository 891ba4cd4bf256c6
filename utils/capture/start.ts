/** Starts the capture runtime in a content script with the real page and messaging. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CapturePageResponse } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { runCapture, type CaptureRuntime } from './runtime';

export function startCapture(adapter: SiteAdapter, ctx: ContentScriptContext): CaptureRuntime {
  return runCapture(adapter, ctx, {
    send: (message) => browser.runtime.sendMessage(message) as Promise<CapturePageResponse | undefined>,
    now: () => Date.now(),
    document,
    location,
    window,
  });
}
