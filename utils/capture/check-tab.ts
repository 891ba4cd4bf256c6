/**
 * What a content script does in a scheduled check's tab (the background says so in its answer to
 * a capture): it clicks toward the newest reviews where the site needs clicks (Google Maps: the
 * Reviews tab, the sort menu, "Newest" — nothing else, at most a few clicks), and tells the
 * background once when the owner clicks or types in the tab, which then stays theirs.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendFromContentScript } from '../messaging';
import type { SiteAdapter } from '../sites/types';

/** Never more clicks than the three steps, whatever the page does. */
const MAX_CLICKS = 3;

export interface CheckHelper {
  /** The background answered a capture of this tab as a scheduled check's. */
  onCheckResponse(): void;
}

export function createCheckHelper(
  adapter: SiteAdapter,
  ctx: Pick<ContentScriptContext, 'isValid' | 'addEventListener'>,
  doc: Document = document,
): CheckHelper {
  let checking = false;
  let clicks = 0;
  const done = new Set<string>();

  const ownerActive = (event: Event): void => {
    // Only the owner's own input: our clicks below are not trusted events.
    if (!checking || !event.isTrusted) return;
    checking = false;
    void sendFromContentScript<'capture:owner-active'>({ type: 'capture:owner-active', site: adapter.id }).catch(() => undefined);
  };

  return {
    onCheckResponse() {
      if (!ctx.isValid) return;
      if (!checking && clicks === 0 && done.size === 0) {
        checking = true;
        for (const type of ['pointerdown', 'keydown'] as const) ctx.addEventListener(doc.defaultView ?? window, type, ownerActive, { capture: true });
      }
      if (!checking || clicks >= MAX_CLICKS || !adapter.newestReviewsStep) return;
      let next: ReturnType<NonNullable<SiteAdapter['newestReviewsStep']>> = null;
      try {
        next = adapter.newestReviewsStep(doc, done);
      } catch {
        next = null;
      }
      if (!next) return;
      done.add(next.step);
      clicks++;
      (next.element as HTMLElement).click?.();
    },
  };
}
