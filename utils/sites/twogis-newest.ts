/**
 * 2GIS, scheduled checks only: the clicks that bring a firm's Reviews tab to its newest reviews —
 * the sort control above the list ("По доверию", the default order, in a 2025-12 saved page; the
 * control is a `div` titled with the order in use, its classes hashed), then "По новизне" in the
 * menu it opens. Never anything else (no stars of the rating widget, no "Полезно?", no links).
 * Classes are hashed and change per build, so the control is found by its words (title or text).
 * Pure: finds the next control; the content script clicks it. See shared/SITES.md §7.
 */

const NEWEST = /^(?:по новизне|сначала новые|новые сначала|by date|newest(?: first)?|new first|жаңалары бойынша)$/i;
/** The other orders: the list is not newest first. */
const OTHER_ORDER =
  /^(?:по доверию|по умолчанию|по рейтингу|сначала положительные|сначала отрицательные|с высокой оценкой|с низкой оценкой|by trust|by default|default|positive first|negative first)$/i;
const CONTROL = '[title], button, [role="button"], [role="option"], [role="menuitemradio"], [role="menuitem"]';

function label(el: Element): string {
  const title = el.getAttribute('title')?.trim();
  if (title) return title.replace(/\s+/g, ' ');
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Controls that name an order, in page order (the sort control first; an open menu's lines after it). */
function orderControls(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(CONTROL)).filter((el) => {
    if (el.closest('a[href]')) return false;
    const text = label(el);
    return text.length < 40 && (NEWEST.test(text) || OTHER_ORDER.test(text));
  });
}

export function twogisNewestStep(doc: Document, done: ReadonlySet<string>): { step: string; element: Element } | null {
  const [trigger, ...menu] = orderControls(doc);
  if (!trigger || NEWEST.test(label(trigger))) return null;
  if (!done.has('sort-menu')) return { step: 'sort-menu', element: trigger };
  // The menu opened: its "По новизне" line (never the control itself, never another order).
  const newest = menu.filter((el) => NEWEST.test(label(el)) && !el.contains(trigger)).pop();
  if (!newest || done.has('newest')) return null;
  return { step: 'newest', element: newest };
}

/** Whether the list shows the newest reviews first: the sort control names the order in use; undefined without one. */
export function twogisNewestShown(doc: Document): boolean | undefined {
  const [trigger] = orderControls(doc);
  if (!trigger) return undefined;
  return NEWEST.test(label(trigger));
}
