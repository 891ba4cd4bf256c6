/** Starts the capture runtime in a content script with the real page, settings and messaging. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CapturePageResponse } from '../messages';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged } from '../settings';
import type { SiteAdapter } from '../sites/types';
import { runCapture, type CaptureRuntime } from './runtime';

export function startCapture(adapter: SiteAdapter, ctx: ContentScriptContext): CaptureRuntime {
  let autoExpand = DEFAULT_SETTINGS.autoExpand;
  const runtime = runCapture(adapter, ctx, {
    send: (message) => browser.runtime.sendMessage(message) as Promise<CapturePageResponse | undefined>,
    now: () => Date.now(),
    clock: () => performance.now(),
    document,
    location,
    window,
    autoExpand: () => autoExpand,
  });
  void loadSettings()
    .then((settings) => {
      autoExpand = settings.autoExpand;
      if (autoExpand) void runtime.flush();
    })
    .catch(() => undefined);
  ctx.onInvalidated(
    onSettingsChanged((settings) => {
      autoExpand = settings.autoExpand;
      if (autoExpand) void runtime.flush();
    }),
  );
  return runtime;
}
