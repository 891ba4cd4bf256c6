/**
 * Where a note goes in a review card: on the review, above the owner's reply (never under it,
 * where it would read as a remark on the reply). Pure over the DOM: it finds, it never moves.
 */

export interface NotePlacement {
  /** The element the note is put into. */
  parent: Element;
  /** The note goes right before this child of `parent`; null: at the end of `parent`. */
  before: Element | null;
}

/**
 * The reply block (or the control that opens it) is a part of the card: the note goes just
 * before it, in the same container, so it sits between the review and the reply. A card
 * without a reply (or a "reply" that is not inside the card, or is the card itself) gets the
 * note at its end.
 */
export function notePlacement(card: Element, reply: Element | undefined | null): NotePlacement {
  if (!reply || reply === card || !card.contains(reply) || !reply.parentElement) return { parent: card, before: null };
  return { parent: reply.parentElement, before: reply };
}

/**
 * True when `host` already stands where `placement` puts it: right before the reply, or anywhere
 * in a card without one (the site adding a button after the note is no reason to move it).
 */
export function isPlaced(host: Element, placement: NotePlacement): boolean {
  return host.parentElement === placement.parent && (placement.before === null || host.nextElementSibling === placement.before);
}
