/**
 * The capture runtime every site's content script runs. It reads the page with the site's
 * adapter, watches for cards that load later (scrolling, "More", replies opened after load),
 * and sends only what is new or changed. It never scores or stores anything itself.
 * Every timer, listener and observer hangs off the content-script context, so nothing keeps
 * running after the extension is reloaded or updated.
 */
import type { CaptureNotesMessage, CaptureNotesResponse, CapturePageMessage, CapturePageResponse, ReviewNote } from '../messages';
import { isOwnMutation, NOTE_TAG } from '../notes/chip';
import { captureOf, healthOf, uniqueReviews } from '../sites/define-site';
import type { CapturedReview, LayoutHealth, PageCapture, SiteAdapter } from '../sites/types';
import { hashString } from '../hash';

/** The parts of WXT's ContentScriptContext the runtime uses. */
export interface CaptureContext {
  readonly isValid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  onInvalidated(callback: () => void): () => void;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

export interface CaptureDeps {
  send(message: CapturePageMessage): Promise<CapturePageResponse | undefined>;
  now(): number;
  document: Document;
  location: { href: string };
  window: Window;
  /** Debounce for DOM changes, ms. */
  debounceMs?: number;
  /** Whether to click "More" on truncated reviews (the owner's auto-expand setting). */
  autoExpand?: () => boolean;
  /** A monotonic clock for time slicing (performance.now in the page). */
  clock?: () => number;
  /** Shows the background's notes on the cards (on-page notes). */
  onNotes?: (notes: readonly ReviewNote[], cardFor: (siteReviewId: string) => Element | undefined) => void;
  /** Asks the background for the notes of reviews already stored. */
  requestNotes?: (message: CaptureNotesMessage) => Promise<CaptureNotesResponse | undefined>;
}

/** Cards are read in slices of this many milliseconds, yielding to the page in between. */
export const SLICE_MS = 8;
/** At most this many "More" buttons are clicked per pass when auto-expand is on. */
const EXPAND_PER_PASS = 5;

/** An error that means the extension was reloaded or removed: nothing will ever answer. */
const CONTEXT_GONE = /context invalidated|extension context/i;
/** Tries per message before the pass gives up, the pause between tries, and when the pass runs again. */
const SEND_ATTEMPTS = 3;
const RETRY_MS = 300;
const RETRY_PASS_MS = 5_000;

/** At most this many reviews per message; larger pages are sent in several. */
export const CHUNK_SIZE = 200;
/**
 * And at most about this many characters of text per message: a message is serialised in one
 * go on the page's main thread, so a page of very long reviews is sent in smaller messages.
 */
export const CHUNK_CHARS = 250_000;

/** Splits the reviews to send into messages (always at least one, possibly empty). */
export function chunkReviews(reviews: readonly CapturedReview[]): CapturedReview[][] {
  const chunks: CapturedReview[][] = [[]];
  let chars = 0;
  for (const review of reviews) {
    const size = review.text.length + (review.reply?.text.length ?? 0) + (review.title?.length ?? 0) + 200;
    const current = chunks[chunks.length - 1]!;
    if (current.length > 0 && (current.length >= CHUNK_SIZE || chars + size > CHUNK_CHARS)) {
      chunks.push([review]);
      chars = size;
    } else {
      current.push(review);
      chars += size;
    }
  }
  return chunks;
}

export function reviewFingerprint(review: CapturedReview): string {
  return hashString(JSON.stringify(review));
}

function healthFingerprint(health: LayoutHealth): string {
  return `${health.status}|${health.cardsFound}|${health.cardsRead}`;
}

function businessFingerprint(capture: PageCapture | null): string {
  if (!capture) return '';
  const b = capture.business;
  return `${b.siteBusinessId}|${b.name}|${b.rating ?? ''}|${b.reviewCount ?? ''}`;
}

function newVisitId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface CaptureRuntime {
  /** Reads the page now (tests, and the first read). */
  flush(): Promise<void>;
  /** The number of messages sent so far. */
  readonly sentMessages: number;
  /** Time spent reading the page in the last pass, ms, and the longest slice. */
  readonly lastPass: { totalMs: number; longestSliceMs: number; cards: number; cardsRead: number };
  /** Asks for the notes of every review on the page again (a setting or a role changed). */
  refreshNotes(): Promise<void>;
}

/**
 * A cheap signature of a card's content: a card whose signature is unchanged is not read again.
 * It counts the text without reading it (a card may hold megabytes), and reads only the first
 * and last few characters.
 */
function cardSignature(card: Element): string {
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  let nodes = 0;
  let first: CharacterData | null = null;
  let last: CharacterData | null = null;
  for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
    length += node.length;
    nodes++;
    first ??= node;
    last = node;
  }
  // Our own note on the card is not a change of the card (it may sit among the card's children, above the reply).
  let children = card.childElementCount;
  for (let child = card.firstElementChild; child; child = child.nextElementSibling) if (child.localName === NOTE_TAG) children--;
  const head = first ? first.substringData(0, 24) : '';
  const tail = last ? last.substringData(Math.max(0, last.length - 24), 24) : '';
  return `${length}|${nodes}|${children}|${head}|${tail}`;
}

export function runCapture(adapter: SiteAdapter, ctx: CaptureContext, deps: CaptureDeps): CaptureRuntime {
  const debounceMs = deps.debounceMs ?? 400;
  let visitId = newVisitId();
  let visitStartedAt = deps.now();
  let businessId: string | null = null;
  let lastPageKey = '';
  let sentBusiness = '';
  let sentHealth = '';
  const sentReviews = new Map<string, string>();
  let timer: number | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let sentMessages = 0;

  const stop = (): void => {
    stopped = true;
    observer?.disconnect();
  };

  /** The card each review was read from, for the notes (this visit only). */
  const cardsById = new Map<string, Element>();
  const cardFor = (id: string): Element | undefined => cardsById.get(id);

  const pause = (ms: number): Promise<void> => new Promise((resolve) => ctx.setTimeout(resolve, ms));

  /**
   * True once the background has answered. A message the background refused is not retried
   * (it answered). A worker stopped while handling it ("message port closed") is started again
   * by the next message, so that is retried; what it already stored is stored once, because
   * storing is idempotent. When the extension itself is gone, this script goes quiet.
   */
  async function send(message: CapturePageMessage): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await deps.send(message);
        // The background always answers a capture. No answer at all means its worker stopped
        // while handling this one (webextension-polyfill turns "The message port closed before
        // a response was received" into `undefined`): not stored for sure, so it is sent again.
        if (response === undefined) throw new Error('no answer from the background');
        sentMessages++;
        if (response?.notes?.length) deps.onNotes?.(response.notes, cardFor);
        return true;
      } catch (error) {
        if (!ctx.isValid || CONTEXT_GONE.test(String(error))) {
          stop();
          return false;
        }
        if (attempt >= SEND_ATTEMPTS) {
          // Still no answer: try the whole pass again a little later.
          ctx.setTimeout(() => void flush(), RETRY_PASS_MS);
          return false;
        }
        await pause(RETRY_MS * attempt);
        if (stopped || !ctx.isValid) return false;
      }
    }
  }

  const cache = new WeakMap<Element, { signature: string; review: CapturedReview | null; fingerprint: string }>();
  /** Fingerprints of the reviews read in the last pass (computed in its slices, not after them). */
  const fingerprints = new Map<CapturedReview, string>();
  const expanded = new WeakSet<Element>();
  const clock = deps.clock ?? (() => Date.now());
  let lastPass = { totalMs: 0, longestSliceMs: 0, cards: 0, cardsRead: 0 };
  const yieldToPage = (): Promise<void> => new Promise((resolve) => deps.window.setTimeout(resolve, 0));

  /** Reads the cards in time slices; unchanged cards come from the cache. */
  async function readCards(scan: ReturnType<SiteAdapter['scan']>, now: number): Promise<Array<CapturedReview | null> | null> {
    const reviews: Array<CapturedReview | null> = [];
    const passStart = clock();
    let sliceStart = passStart;
    let longest = 0;
    let read = 0;
    fingerprints.clear();
    for (const card of scan.cards) {
      const signature = cardSignature(card);
      let entry = cache.get(card);
      if (!entry || entry.signature !== signature) {
        const review = adapter.readCard(card, scan, now);
        entry = { signature, review, fingerprint: review ? reviewFingerprint(review) : '' };
        cache.set(card, entry);
        read++;
      }
      reviews.push(entry.review);
      if (entry.review) fingerprints.set(entry.review, entry.fingerprint);
      const elapsed = clock() - sliceStart;
      if (elapsed >= SLICE_MS) {
        longest = Math.max(longest, elapsed);
        await yieldToPage();
        if (stopped || !ctx.isValid) return null;
        sliceStart = clock();
      }
    }
    longest = Math.max(longest, clock() - sliceStart);
    lastPass = { totalMs: clock() - passStart, longestSliceMs: longest, cards: scan.cards.length, cardsRead: read };
    return reviews;
  }

  /** With auto-expand on, clicks "More" on a few truncated cards; the DOM change triggers the next pass. */
  function expandSome(scan: ReturnType<SiteAdapter['scan']>, reviews: ReadonlyArray<CapturedReview | null>): void {
    if (!deps.autoExpand?.()) return;
    const HTMLElementClass = (deps.window as Window & typeof globalThis).HTMLElement;
    let clicks = 0;
    scan.cards.forEach((card, i) => {
      if (clicks >= EXPAND_PER_PASS || !reviews[i]?.truncated) return;
      for (const button of adapter.expandButtons(card)) {
        if (expanded.has(button) || !(button instanceof HTMLElementClass)) continue;
        expanded.add(button);
        button.click();
        clicks++;
      }
    });
  }

  async function readOnce(): Promise<void> {
    if (stopped || !ctx.isValid) return;
    const href = deps.location.href;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    const now = deps.now();
    const scan = adapter.scan(deps.document, url, now);
    const read = await readCards(scan, now);
    if (!read) return;
    const reviews = uniqueReviews(read);
    const health = healthOf(scan, reviews.length);
    const capture = captureOf(adapter, scan, reviews, health);
    const id = scan.business?.siteBusinessId ?? null;
    const pageKey = `${url.origin}${url.pathname}`;
    // Another business (in-page navigation on Google Maps, say) is a new visit.
    if (id !== businessId || (id === null && pageKey !== lastPageKey)) {
      visitId = newVisitId();
      visitStartedAt = now;
      businessId = id;
      sentReviews.clear();
      sentBusiness = '';
      sentHealth = '';
      cardsById.clear();
    }
    scan.cards.forEach((card, i) => {
      const review = read[i];
      if (review) cardsById.set(review.siteReviewId, card);
    });
    lastPageKey = pageKey;
    expandSome(scan, read);
    const printOf = (r: CapturedReview): string => fingerprints.get(r) ?? reviewFingerprint(r);
    const changed = reviews.filter((r) => sentReviews.get(r.siteReviewId) !== printOf(r));
    const businessPrint = businessFingerprint(capture);
    const healthPrint = healthFingerprint(health);
    if (changed.length === 0 && businessPrint === sentBusiness && healthPrint === sentHealth) return;
    // Other pages of the site (search, profiles) are none of our business.
    if (!capture && health.status === 'not-a-review-page') return;
    const chunks = chunkReviews(changed);
    for (const chunk of chunks) {
      const message: CapturePageMessage = {
        type: 'capture:page',
        visitId,
        visitStartedAt,
        site: adapter.id,
        pageUrl: href,
        capture: capture ? { ...capture, reviews: chunk } : null,
        health,
      };
      if (!(await send(message))) return;
      for (const review of chunk) sentReviews.set(review.siteReviewId, printOf(review));
    }
    sentBusiness = businessPrint;
    sentHealth = healthPrint;
  }

  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await readOnce();
        } while (again && !stopped);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  function schedule(): void {
    if (stopped || !ctx.isValid) return;
    if (timer !== undefined) deps.window.clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void flush();
    }, debounceMs);
  }

  const ObserverClass = (deps.window as Window & typeof globalThis).MutationObserver;
  const observer: MutationObserver | null = ObserverClass
    ? new ObserverClass((mutations) => {
        if (!mutations.every(isOwnMutation)) schedule();
      })
    : null;
  observer?.observe(deps.document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(deps.window, 'wxt:locationchange', () => schedule());
  ctx.onInvalidated(stop);
  void flush();

  async function refreshNotes(): Promise<void> {
    if (stopped || !ctx.isValid || businessId === null || cardsById.size === 0 || !deps.requestNotes) return;
    try {
      const response = await deps.requestNotes({ type: 'capture:notes', site: adapter.id, siteBusinessId: businessId, siteReviewIds: [...cardsById.keys()] });
      if (response?.ok) deps.onNotes?.(response.notes, cardFor);
    } catch {
      stop();
    }
  }

  return {
    flush,
    refreshNotes,
    get sentMessages() {
      return sentMessages;
    },
    get lastPass() {
      return lastPass;
    },
  };
}
