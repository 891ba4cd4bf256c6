// @vitest-environment jsdom
/**
 * Issue 13.6: the note sits on the review, never under the owner's reply. On every saved page of
 * the seven sites, the note is placed after the review's text and before the reply (or the
 * control that opens it); a card without a reply gets it at its end.
 */
import { describe, expect, it } from 'vitest';
import { notePlacement } from '@/utils/notes/placement';
import { siteById } from '@/utils/sites/registry';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

/** True when `a` comes before `b` in the document. */
const precedes = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & 4) !== 0;

/** The first text node of `root` whose text contains `needle`'s first words. */
function textNodeWith(root: Element, needle: string): Text | undefined {
  const start = needle.replace(/\s+/g, ' ').trim().slice(0, 24);
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').replace(/\s+/g, ' ').includes(start)) return n as Text;
  return undefined;
}

const withCards = SITE_FIXTURES.filter((f) => f.reviews > 0);

describe.each(withCards)('$file', (fixture) => {
  const doc = new DOMParser().parseFromString(renderFixture(fixture.file, { now: FIXED_NOW }), 'text/html');
  const url = new URL(fixture.url);
  const adapter = siteById(fixture.site)!;
  const scan = adapter.scan(doc, url, FIXED_NOW);
  const cards = scan.cards.map((card) => ({ card, review: adapter.readCard(card, scan, FIXED_NOW) })).filter((c) => c.review !== null);

  it('puts each note after the review and above the owner’s reply', () => {
    expect(adapter.replyElement).toBeTypeOf('function');
    for (const { card, review } of cards) {
      const reply = adapter.replyElement!(card);
      const place = notePlacement(card, reply);
      const marker = doc.createElement('review-sentinel-note');
      place.parent.insertBefore(marker, place.before);
      expect(card.contains(marker)).toBe(true);
      // The review's own text comes before the note (when the page shows it as one text node).
      const reviewText = textNodeWith(card, review!.text.split('\n')[0]!);
      if (reviewText) expect(precedes(reviewText, marker), `${review!.author}: review text before the note`).toBe(true);
      const replyText = review!.reply ? textNodeWith(card, review!.reply.text.split('\n')[0]!) : undefined;
      if (review!.reply && replyText) {
        expect(reply, `${review!.author}: the reply is found`).toBeDefined();
        expect(precedes(marker, replyText), `${review!.author}: the note above the reply`).toBe(true);
      }
      if (!review!.reply && fixture.site !== 'yandex-maps' && fixture.site !== '2gis') {
        expect(reply, `${review!.author}: no reply, note at the end`).toBeUndefined();
        expect(place.parent).toBe(card);
      }
      marker.remove();
    }
  });
});

describe('where the note goes', () => {
  const card = (html: string): Element => {
    const el = document.createElement('div');
    el.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
    return el;
  };

  it('goes at the end of a card without a reply', () => {
    const c = card('<p>Great soup</p><div>Like</div>');
    expect(notePlacement(c, undefined)).toEqual({ parent: c, before: null });
  });

  it('goes right before the reply, in the reply’s own container', () => {
    const c = card('<div class="body"><p>Cold soup</p><div class="reply">Response from the owner</div></div>');
    const reply = c.querySelector('.reply')!;
    expect(notePlacement(c, reply)).toEqual({ parent: c.querySelector('.body'), before: reply });
  });

  it('ignores a "reply" outside the card or the card itself', () => {
    const c = card('<p>Text</p>');
    expect(notePlacement(c, document.createElement('div'))).toEqual({ parent: c, before: null });
    expect(notePlacement(c, c)).toEqual({ parent: c, before: null });
  });
});
