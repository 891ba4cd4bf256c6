/**
 * The small note on a review card on the site (above the owner's reply, in the page's own light or dark look). It lives in a closed shadow root, so the
 * site's styles cannot reach it and it cannot restyle the site; its text is set as text, never
 * HTML; its styles go through a constructed style sheet (no inline styles a page's CSP would
 * block). The × removes it for this visit; the option turns all of them off.
 */
import type { ReviewNote } from '../messages';
import { pageThemeAt, type NoteTheme } from './page-theme';
import { isPlaced, notePlacement } from './placement';

export const NOTE_TAG = 'review-sentinel-note';

const CSS = `
:host { all: initial; display: block; margin: 6px 0 2px; contain: content; }
.note { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; max-width: 100%; box-sizing: border-box;
  padding: 3px 4px 3px 8px; border-radius: 6px; border: 1px solid #c9ced6; background: #f6f7f9; color: #1f2328;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; }
.brand { font-weight: 700; color: #3b5bdb; }
.tone { font-weight: 600; }
.late, .tone { white-space: nowrap; }
.negative { border-color: #f1aeb5; background: #fff1f2; }
.negative .tone, .late { color: #b42318; }
.late { font-weight: 600; }
.quiet { border-color: transparent; background: transparent; color: #57606a; padding: 0 2px 0 0; gap: 2px 4px; font-size: 11px; }
.quiet .tone { font-weight: 400; }
.quiet .mark { color: #1a7f37; }
button { all: unset; cursor: pointer; padding: 0 6px; border-radius: 4px; color: #57606a; font-size: 14px; line-height: 18px; }
.quiet button { font-size: 12px; line-height: 14px; padding: 0 4px; }
button:hover { background: rgba(0, 0, 0, 0.08); }
button:focus-visible { outline: 2px solid #3b5bdb; outline-offset: 1px; }
.dark { background: #22262c; color: #e6e8eb; border-color: #3d444d; }
.dark .brand { color: #91a7ff; }
.dark.negative { background: #3a1d21; border-color: #7a2e36; }
.dark.negative .tone, .dark .late { color: #ff9aa2; }
.dark.quiet { background: transparent; border-color: transparent; color: #adb5bd; }
.dark.quiet .mark { color: #7ee2a0; }
.dark button { color: #adb5bd; }
.dark button:hover { background: rgba(255, 255, 255, 0.12); }
.dark button:focus-visible { outline-color: #91a7ff; }
`;

function styleSheet(doc: Document, shadow: ShadowRoot): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Where a constructed sheet cannot be adopted (Firefox content scripts), a style element.
    const style = doc.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
  }
}

function span(doc: Document, className: string, text: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

function fingerprint(note: ReviewNote, theme: NoteTheme): string {
  return `${theme}|${JSON.stringify(note)}`;
}

export interface NoteLayerOptions {
  /** The owner's reply in a card (or the control that opens it): the note sits above it. The site adapter's `replyElement`. */
  replyOf?: (card: Element) => Element | undefined;
}

export interface NoteLayer {
  /** Shows (or updates) the notes on the cards they belong to. */
  show(notes: readonly ReviewNote[], cardFor: (siteReviewId: string) => Element | undefined): void;
  /** Removes every note (the option was turned off, or the business is no longer tracked). */
  clear(): void;
  /** How many notes are on the page. */
  readonly size: number;
}

export function createNoteLayer(doc: Document, options: NoteLayerOptions = {}): NoteLayer {
  const shown = new Map<string, { host: Element; print: string }>();
  const dismissed = new Set<string>();

  function render(note: ReviewNote, theme: NoteTheme): Element {
    const host = doc.createElement(NOTE_TAG);
    host.setAttribute('data-theme', theme);
    const shadow = host.attachShadow({ mode: 'closed' });
    styleSheet(doc, shadow);
    const box = doc.createElement('div');
    box.className = `note ${note.tone} ${theme}${note.quiet ? ' quiet' : ''}`;
    box.setAttribute('role', 'note');
    // A quiet mark names the extension for screen readers only; the eye sees a tick and the tone.
    if (note.quiet) {
      box.setAttribute('aria-label', `Review Sentinel: ${note.sentiment}`);
      const mark = span(doc, 'mark', '✓');
      mark.setAttribute('aria-hidden', 'true');
      box.append(mark, span(doc, 'tone', note.sentiment));
    } else box.append(span(doc, 'brand', 'Review Sentinel'), span(doc, 'tone', note.sentiment));
    if (note.themes.length > 0) box.append(span(doc, 'themes', note.themes.join(' · ')));
    if (note.unanswered) box.append(span(doc, 'late', note.unanswered));
    const hide = doc.createElement('button');
    hide.type = 'button';
    hide.textContent = '×';
    hide.setAttribute('aria-label', note.hideLabel);
    hide.title = note.hideLabel;
    hide.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      dismissed.add(note.siteReviewId);
      shown.delete(note.siteReviewId);
      host.remove();
    });
    box.append(hide);
    shadow.append(box);
    return host;
  }

  return {
    show(notes, cardFor) {
      for (const note of notes) {
        if (dismissed.has(note.siteReviewId)) continue;
        const card = cardFor(note.siteReviewId);
        if (!card?.isConnected) continue;
        let reply: Element | undefined;
        try {
          reply = options.replyOf?.(card);
        } catch {
          reply = undefined;
        }
        const place = notePlacement(card, reply);
        const theme = pageThemeAt(place.parent);
        const print = fingerprint(note, theme);
        const current = shown.get(note.siteReviewId);
        if (current && current.print === print && current.host.isConnected) {
          // The reply may have opened since (Yandex shows it on a click): the note moves above it.
          if (!isPlaced(current.host, place)) place.parent.insertBefore(current.host, place.before);
          continue;
        }
        current?.host.remove();
        const host = render(note, theme);
        place.parent.insertBefore(host, place.before);
        shown.set(note.siteReviewId, { host, print });
      }
    },
    clear() {
      for (const { host } of shown.values()) host.remove();
      shown.clear();
    },
    get size() {
      return [...shown.values()].filter(({ host }) => host.isConnected).length;
    },
  };
}

/** True for DOM changes that are only our notes coming and going (the capture runtime ignores them). */
export function isOwnMutation(mutation: MutationRecord): boolean {
  if (mutation.type !== 'childList') return false;
  const nodes = [...Array.from(mutation.addedNodes), ...Array.from(mutation.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === NOTE_TAG);
}
