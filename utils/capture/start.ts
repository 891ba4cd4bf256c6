/** Starts the capture runtime in a content script with the real page, settings and messaging. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendFromContentScript } from '../messaging';
import type { MessagesFrom } from '../messages';
import { createNoteLayer } from '../notes/chip';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../settings';
import type { SiteAdapter } from '../sites/types';
import { runCapture, type CaptureRuntime } from './runtime';
import { createCheckHelper } from './check-tab';

export function startCapture(adapter: SiteAdapter, ctx: ContentScriptContext): CaptureRuntime {
  let settings: Settings = DEFAULT_SETTINGS;
  const notes = createNoteLayer(document, { replyOf: (card) => adapter.replyElement?.(card) });
  const check = createCheckHelper(adapter, ctx);
  const runtime = runCapture(adapter, ctx, {
    send: async (message) => {
      const response = await sendFromContentScript<'capture:page'>(message);
      if (response?.scheduledCheck) check.onCheckResponse();
      return response;
    },
    requestNotes: (message) => sendFromContentScript<'capture:notes'>(message),
    onNotes: (list, cardFor) => {
      if (settings.onPageNotes) notes.show(list, cardFor);
    },
    now: () => Date.now(),
    clock: () => performance.now(),
    document,
    location,
    window,
    autoExpand: () => settings.autoExpand,
  });
  const apply = (next: Settings): void => {
    const before = settings;
    settings = next;
    if (next.autoExpand && !before.autoExpand) void runtime.flush();
    // A positive review's note may have to go (none): the notes are put up again.
    if (!next.onPageNotes || next.positiveNotes !== before.positiveNotes) notes.clear();
    if (!next.onPageNotes) return;
    if (
      !before.onPageNotes ||
      next.uiLanguage !== before.uiLanguage ||
      next.unansweredDays !== before.unansweredDays ||
      next.positiveNotes !== before.positiveNotes
    )
      void runtime.refreshNotes();
  };
  void loadSettings()
    .then(apply)
    .catch(() => undefined);
  ctx.onInvalidated(onSettingsChanged(apply));
  ctx.onInvalidated(() => notes.clear());

  // The background says the notes changed (the owner marked or unmarked this business).
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }): undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    if ((message as { type?: unknown } | null)?.type !== ('background:notes-changed' satisfies MessagesFrom<'background'>)) return undefined;
    notes.clear();
    void runtime.refreshNotes();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  return runtime;
}
