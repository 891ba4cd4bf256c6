// @vitest-environment jsdom
/**
 * Scheduled checks on Google Maps click only the Reviews tab, the sort menu and "Newest", in that
 * order, each once, on the saved place pages.
 */
import { describe, expect, it } from 'vitest';
import { googleMaps } from '@/utils/sites/google-maps';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const page = (file: string): Document => new DOMParser().parseFromString(renderFixture(file, { now: FIXED_NOW }), 'text/html');
const step = (doc: Document, done: string[] = []) => googleMaps.newestReviewsStep!(doc, new Set(done));

describe('Google Maps: the clicks toward the newest reviews', () => {
  it('opens the Reviews tab of a place shown on its Overview tab', () => {
    const doc = page('google-maps/restaurant-en.html');
    // The same page on its Overview tab: no sort control or menu yet.
    doc.querySelectorAll('[role="menuitemradio"], button[data-value="Sort"]').forEach((el) => el.remove());
    doc.querySelector('button[role="tab"][data-tab-index="1"]')!.setAttribute('aria-selected', 'false');
    const next = step(doc);
    expect(next?.step).toBe('reviews-tab');
    expect(next?.element.getAttribute('aria-label')).toBe('Reviews for The Golden Spoon Bistro');
    expect(step(doc, ['reviews-tab'])).toBeNull();
  });

  it('opens the sort menu, then picks "Newest", each once', () => {
    const doc = page('google-maps/restaurant-en.html');
    const items = Array.from(doc.querySelectorAll('[role="menuitemradio"]'));
    items.forEach((el) => el.setAttribute('aria-checked', String(el.getAttribute('data-index') === '0')));
    const menu = items.map((el) => el.parentElement!).find(Boolean)!;
    const detached = menu.cloneNode(true) as Element;
    menu.remove();
    const sort = step(doc);
    expect(sort?.step).toBe('sort-menu');
    expect(sort?.element.getAttribute('aria-label')).toBe('Sort reviews');
    expect(step(doc, ['sort-menu'])).toBeNull();
    // The menu opened.
    doc.body.append(detached);
    const newest = step(doc, ['sort-menu']);
    expect(newest?.step).toBe('newest');
    expect(newest?.element.getAttribute('data-index')).toBe('1');
    expect(step(doc, ['sort-menu', 'newest'])).toBeNull();
  });

  it('clicks nothing on a page already sorted by newest', () => {
    expect(step(page('google-maps/restaurant-en.html'))).toBeNull();
  });

  it('clicks nothing when the place has no Reviews tab to open', () => {
    expect(step(page('google-maps/hotel-half-loaded.html'))).toBeNull();
  });
});
