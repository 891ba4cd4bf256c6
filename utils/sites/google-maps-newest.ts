/**
 * Google Maps, scheduled checks only: the clicks that bring a place page to its newest reviews —
 * the Reviews tab, the sort menu, then "Newest". Never anything else (no "Write a review", no
 * links). Pure: finds the next control; the content script clicks it.
 */
import { queryFirst } from './dom';

const SELECTORS = {
  selectedReviewsTab: ['button[role="tab"][aria-selected="true"][data-tab-index="1"]'],
  tabs: ['button[role="tab"]', '[role="tab"]'],
  sortButton: ['button[data-value="Sort"]', 'button[aria-label*="Sort" i][aria-haspopup]', 'button[jsaction*="reviewSort"]'],
  /** The sort menu's items: 0 most relevant, 1 newest, 2 highest, 3 lowest (the order has held since 2019). */
  newest: ['[role="menuitemradio"][data-index="1"]'],
} as const;

/** "Reviews" in the UI languages the adapter reads (the tab's label begins with it: "Reviews for …"). */
const REVIEWS_LABEL = /^(?:reviews|rezensionen|avis|reseñas|opiniones|recensioni|avaliações|отзывы|评价|评论|評論|評價|クチコミ)/i;

function reviewsTab(doc: Document): Element | undefined {
  const tabs = Array.from(doc.querySelectorAll(SELECTORS.tabs.join(',')));
  const label = (el: Element): string => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  return tabs.find((tab) => REVIEWS_LABEL.test(label(tab))) ?? tabs.find((tab) => tab.getAttribute('data-tab-index') === '1');
}

export function googleMapsNewestStep(doc: Document, done: ReadonlySet<string>): { step: string; element: Element } | null {
  const newest = queryFirst(doc, SELECTORS.newest)?.element;
  if (newest) {
    if (newest.getAttribute('aria-checked') === 'true' || done.has('newest')) return null;
    return { step: 'newest', element: newest };
  }
  const sort = queryFirst(doc, SELECTORS.sortButton)?.element;
  if (sort) return done.has('sort-menu') ? null : { step: 'sort-menu', element: sort };
  if (queryFirst(doc, SELECTORS.selectedReviewsTab)) return null;
  const tab = reviewsTab(doc);
  if (!tab || done.has('reviews-tab') || tab.getAttribute('aria-selected') === 'true') return null;
  return { step: 'reviews-tab', element: tab };
}

/** Whether the list shows the newest reviews first: the sort menu's "Newest" item is the checked one; undefined when the menu is not in the page. */
export function googleMapsNewestShown(doc: Document): boolean | undefined {
  const items = Array.from(doc.querySelectorAll('[role="menuitemradio"][data-index]'));
  const checked = items.find((item) => item.getAttribute('aria-checked') === 'true');
  if (!checked) return undefined;
  return checked.getAttribute('data-index') === '1';
}
