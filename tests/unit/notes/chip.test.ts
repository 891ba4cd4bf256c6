// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewNote } from '@/utils/messages';
import { createNoteLayer, isOwnMutation, NOTE_TAG } from '@/utils/notes/chip';

const note = (id: string, over: Partial<ReviewNote> = {}): ReviewNote => ({
  siteReviewId: id,
  tone: 'negative',
  sentiment: 'Negative',
  themes: ['− waiting time'],
  unanswered: 'No reply for 9 days',
  hideLabel: 'Hide this Review Sentinel note',
  ...over,
});

/** The layer's shadow roots are closed: keep them as they are made, to read what the owner sees. */
function captureShadows(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

/** Cards as plain elements with text, the way a site's review list holds them. */
function cards(...ids: string[]): void {
  for (const id of ids) {
    const card = document.createElement('div');
    card.id = id;
    card.textContent = `Review ${id.toUpperCase()}`;
    document.body.append(card);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.textContent = '';
});

describe('on-page notes', () => {
  it('adds one closed, text-only note at the end of each card it belongs to', () => {
    const roots = captureShadows();
    cards('a', 'b');
    const byId = new Map([
      ['a', document.getElementById('a')!],
      ['b', document.getElementById('b')!],
    ]);
    const layer = createNoteLayer(document);
    layer.show(
      [note('a', { themes: ['<img src=x onerror=alert(1)>'] }), note('b', { tone: 'positive', sentiment: 'Positive', unanswered: undefined }), note('gone')],
      (id) => byId.get(id),
    );
    expect(layer.size).toBe(2);
    expect(document.getElementById('a')!.lastElementChild!.localName).toBe(NOTE_TAG);
    // The card's own text is untouched; the note's text lives in its shadow root.
    expect(document.getElementById('a')!.textContent).toBe('Review A');
    expect(roots[0]!.mode).toBe('closed');
    expect(roots[0]!.textContent).toContain('Negative');
    expect(roots[0]!.textContent).toContain('No reply for 9 days');
    expect(roots[0]!.querySelector('img')).toBeNull();
    expect(roots[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(roots[1]!.textContent).not.toContain('No reply');
    expect(roots[1]!.querySelector('.note')!.className).toBe('note positive light');
  });

  it('updates a note in place, never twice on one card, and lets the owner remove it for the visit', () => {
    const roots = captureShadows();
    cards('a');
    const card = document.getElementById('a')!;
    const layer = createNoteLayer(document);
    layer.show([note('a')], () => card);
    layer.show([note('a')], () => card);
    expect(card.querySelectorAll(NOTE_TAG)).toHaveLength(1);
    layer.show([note('a', { unanswered: 'No reply for 10 days' })], () => card);
    expect(card.querySelectorAll(NOTE_TAG)).toHaveLength(1);
    const button = roots.at(-1)!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Hide this Review Sentinel note');
    button.click();
    expect(card.querySelectorAll(NOTE_TAG)).toHaveLength(0);
    layer.show([note('a')], () => card);
    expect(card.querySelectorAll(NOTE_TAG)).toHaveLength(0);
  });

  it('clears every note, and the capture runtime ignores the notes coming and going', async () => {
    cards('a', 'b');
    const layer = createNoteLayer(document);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { childList: true, subtree: true });
    layer.show([note('a'), note('b')], (id) => document.getElementById(id) ?? undefined);
    layer.clear();
    await Promise.resolve();
    observer.disconnect();
    expect(document.querySelectorAll(NOTE_TAG)).toHaveLength(0);
    expect(records.length).toBe(4);
    expect(records.every(isOwnMutation)).toBe(true);
  });

  it('sits above the owner’s reply, moves above it when the reply opens later, and takes the page’s dark look', () => {
    const roots = captureShadows();
    document.body.replaceChildren(
      ...Array.from(
        new DOMParser().parseFromString(
          '<div id="c" style="background: rgb(32, 33, 36)"><p>Cold soup.</p><div class="body"><span class="photos"></span></div></div>',
          'text/html',
        ).body.childNodes,
      ),
    );
    const card = document.getElementById('c')!;
    const layer = createNoteLayer(document, { replyOf: (c) => c.querySelector('.reply') ?? undefined });
    layer.show([note('c')], () => card);
    expect(card.lastElementChild!.localName).toBe(NOTE_TAG);
    expect(roots[0]!.querySelector('.note')!.className).toBe('note negative dark');
    // The site opens the owner's reply inside the card's body: the same note moves above it.
    const reply = document.createElement('div');
    reply.className = 'reply';
    reply.textContent = 'Response from the owner: sorry!';
    card.querySelector('.body')!.append(reply);
    layer.show([note('c')], () => card);
    expect(card.querySelectorAll(NOTE_TAG)).toHaveLength(1);
    expect(reply.previousElementSibling!.localName).toBe(NOTE_TAG);
    expect(roots).toHaveLength(1);
  });

  it('gives a positive review a quiet mark: a tick and its tone, no brand, no themes', () => {
    const roots = captureShadows();
    cards('q');
    const layer = createNoteLayer(document);
    layer.show(
      [note('q', { tone: 'positive', sentiment: 'Positive', themes: [], unanswered: undefined, quiet: true })],
      (id) => document.getElementById(id) ?? undefined,
    );
    const box = roots[0]!.querySelector('.note')!;
    expect(box.className).toBe('note positive light quiet');
    expect(box.textContent).toBe('✓Positive×');
    expect(box.getAttribute('aria-label')).toBe('Review Sentinel: Positive');
  });
});
