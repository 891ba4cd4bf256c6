/**
 * Yandex Maps, scheduled checks only: the clicks that bring an organisation's Reviews tab to its
 * newest reviews — the sort control above the list ("По умолчанию"), then "По новизне" in the
 * menu it opens. Never anything else: no stars of the rate-this-place widget, no aspect chips,
 * no links. Pure: finds the next control; the content script clicks it. See shared/SITES.md §6.
 *
 * The control is `.rating-ranking-view` (role button, aria-haspopup) inside
 * `.business-reviews-card-view__ranking`; its menu (`.rating-ranking-view__popup`, rendered in a
 * popup layer at the end of the page) lists `.rating-ranking-view__popup-line` items labelled
 * (aria-label and text) "По умолчанию", "По новизне", "Сначала отрицательные", "Сначала
 * положительные" — in that order in every UI language (public scrapers of 2024–26 rely on it).
 */
import { queryAllFirst, queryFirst } from './dom';

const SELECTORS = {
  trigger: [
    '.business-reviews-card-view__ranking .rating-ranking-view',
    '.rating-ranking-view[role="button"]',
    '.business-reviews-card-view__ranking [aria-haspopup]',
    '.business-reviews-card-view__ranking [role="button"]',
  ],
  menuLine: [
    '.rating-ranking-view__popup-line',
    '.rating-ranking-view__popup [role="option"]',
    '.rating-ranking-view__popup [role="menuitemradio"]',
    '.rating-ranking-view__popup [role="menuitem"]',
  ],
} as const;

/** "Newest first" in the UI languages Yandex Maps speaks (ru, en, tr, kk, uz). */
const NEWEST =
  /^(?:по новизне|сначала новые|новые сначала|by date|by newest|newest(?: first)?|new first|most recent|en yeni(?:ler)?(?: önce)?|yeniler önce|жаңалары бойынша|жаңалығы бойынша|yangilari bo['‘’]yicha)$/i;
/** The other orders (the default "by relevance", negative or positive first): the list is not newest first. */
const OTHER_ORDER =
  /^(?:по умолчанию|по доверию|сначала отрицательные|сначала положительные|default|by default|relevant|most relevant|negative first|positive first|varsayılan|önce olumsuz|önce olumlu|әдепкі бойынша|standart bo['‘’]yicha)$/i;
/** The menu's fixed order: 0 default, 1 newest, 2 negative first, 3 positive first. */
const MENU_LENGTH = 4;
const NEWEST_INDEX = 1;

/** What a control says, without the menu that may be open inside it. */
function label(el: Element): string {
  const named = el.getAttribute('aria-label') ?? el.getAttribute('title');
  if (named?.trim()) return named.replace(/\s+/g, ' ').trim();
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 1 && (node as Element).matches('.rating-ranking-view__popup, [role="listbox"], [role="menu"], svg')) continue;
    text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

function isSelected(el: Element): boolean {
  return el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-checked') === 'true' || el.classList.contains('_selected');
}

/** The menu's "newest" line: by its words, else by its place when no line reads as newest and the menu has its four lines. */
function newestLine(lines: readonly Element[]): Element | undefined {
  const byWords = lines.find((line) => NEWEST.test(label(line)));
  if (byWords) return byWords;
  if (lines.length !== MENU_LENGTH || lines.some((line) => !label(line))) return undefined;
  // Unknown words: the order, unless the lines read as the other orders we know in a different order.
  const known = lines.map((line) => OTHER_ORDER.test(label(line)));
  return known[NEWEST_INDEX] ? undefined : lines[NEWEST_INDEX];
}

export function yandexMapsNewestStep(doc: Document, done: ReadonlySet<string>): { step: string; element: Element } | null {
  const lines = queryAllFirst(doc, SELECTORS.menuLine).elements;
  if (lines.length > 0) {
    const newest = newestLine(lines);
    if (!newest || isSelected(newest) || done.has('newest')) return null;
    return { step: 'newest', element: newest };
  }
  const trigger = queryFirst(doc, SELECTORS.trigger)?.element;
  if (!trigger || NEWEST.test(label(trigger)) || done.has('sort-menu')) return null;
  return { step: 'sort-menu', element: trigger };
}

/** Whether the list shows the newest reviews first: the control names the order in use; undefined when the page does not say. */
export function yandexMapsNewestShown(doc: Document): boolean | undefined {
  const trigger = queryFirst(doc, SELECTORS.trigger)?.element;
  const current = trigger ? label(trigger) : '';
  if (NEWEST.test(current)) return true;
  if (OTHER_ORDER.test(current)) return false;
  const selected = queryAllFirst(doc, SELECTORS.menuLine).elements.find(isSelected);
  if (selected) return NEWEST.test(label(selected));
  return undefined;
}
