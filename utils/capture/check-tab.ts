/**
 * What a content script does in a scheduled check's tab (the background says so in its answer to
 * a capture): it clicks toward the newest reviews where the site needs clicks (Google Maps: the
 * Reviews tab, the sort menu, "Newest"; Yandex Maps: the sort control, "По новизне" — nothing
 * else, at most a few clicks), tells the background how that went ("sorting", then "newest" or
 * "not-sorted", so a check never passes an unsorted list off as the newest reviews), and tells it
 * once when the owner clicks or types in the tab, which then stays theirs.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendFromContentScript } from '../messaging';
import type { CheckSortState } from '../messages';
import type { SiteAdapter } from '../sites/types';

/** Never more clicks than the steps and a retry of two of them, whatever the page does. */
const MAX_CLICKS = 5;
/** A click that opened nothing (a control whose handlers were not attached yet) is tried again this often. */
const RETRIES = 2;
/** How long the page may take to show what a click opened before the next look. */
export const CLICK_SETTLE_MS = 1_200;
/** The step whose click puts the list in newest-first order. */
const FINAL_STEP = 'newest';

export interface CheckHelper {
  /** The background answered a capture of this tab as a scheduled check's. */
  onCheckResponse(): void;
}

/** A control a check may click: never a link, a form control or anything inside a form (nothing that leaves the page or sends). */
export function safeToClick(el: Element): boolean {
  if (el.closest('a[href], form, [contenteditable="true"]')) return false;
  return !/^(?:input|select|textarea|option)$/i.test(el.tagName);
}

export function createCheckHelper(
  adapter: SiteAdapter,
  ctx: Pick<ContentScriptContext, 'isValid' | 'addEventListener' | 'setTimeout'>,
  doc: Document = document,
  tell: (state: CheckSortState) => void = (state) =>
    void sendFromContentScript<'capture:check-sort'>({ type: 'capture:check-sort', site: adapter.id, state }).catch(() => undefined),
): CheckHelper {
  let checking = false;
  let started = false;
  let clicks = 0;
  let retries = RETRIES;
  let last: string | undefined;
  let waiting = false;
  let told: CheckSortState | undefined;
  const done = new Set<string>();

  const say = (state: CheckSortState): void => {
    if (told === state || told === 'newest' || told === 'not-sorted') return;
    told = state;
    tell(state);
  };

  const ownerActive = (event: Event): void => {
    // Only the owner's own input: our clicks below are not trusted events.
    if (!checking || !event.isTrusted) return;
    checking = false;
    void sendFromContentScript<'capture:owner-active'>({ type: 'capture:owner-active', site: adapter.id }).catch(() => undefined);
  };

  const shown = (): boolean | undefined => {
    try {
      return adapter.newestReviewsShown?.(doc);
    } catch {
      return undefined;
    }
  };

  const nextStep = (): ReturnType<NonNullable<SiteAdapter['newestReviewsStep']>> => {
    try {
      const next = adapter.newestReviewsStep?.(doc, done) ?? null;
      return next && safeToClick(next.element) ? next : null;
    } catch {
      return null;
    }
  };

  const advance = (): void => {
    if (!checking || waiting || !ctx.isValid || !adapter.newestReviewsStep || told === 'newest' || told === 'not-sorted') return;
    const next = clicks < MAX_CLICKS ? nextStep() : null;
    if (next) {
      say('sorting');
      done.add(next.step);
      last = next.step;
      clicks++;
      (next.element as HTMLElement).click?.();
      waiting = true;
      ctx.setTimeout(() => {
        waiting = false;
        advance();
      }, CLICK_SETTLE_MS);
      return;
    }
    const now = shown();
    // Nothing clicked yet: the page may be newest first already, or its controls may not be there yet (a later capture looks again).
    if (clicks === 0) {
      if (now === true) say('newest');
      return;
    }
    if (now === true || (now === undefined && done.has(FINAL_STEP))) return say('newest');
    // The last click opened nothing: once more, then an honest "could not sort".
    if (retries > 0 && last && clicks < MAX_CLICKS) {
      retries--;
      done.delete(last);
      last = undefined;
      return advance();
    }
    say('not-sorted');
  };

  return {
    onCheckResponse() {
      if (!ctx.isValid) return;
      if (!started) {
        started = true;
        checking = true;
        for (const type of ['pointerdown', 'keydown'] as const) ctx.addEventListener(doc.defaultView ?? window, type, ownerActive, { capture: true });
      }
      advance();
    },
  };
}
