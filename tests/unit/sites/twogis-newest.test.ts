// @vitest-environment jsdom
/**
 * Scheduled checks on 2GIS click only the sort control above the reviews and "По новизне" in the
 * menu it opens, found by their words (2GIS's classes are hashed per build), each once.
 */
import { describe, expect, it } from 'vitest';
import { twoGis } from '@/utils/sites/twogis';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const page = (): Document =>
  new DOMParser().parseFromString(renderFixture('2gis/coffee-ru.html', { now: FIXED_NOW, slots: { sort: '2gis/sort-menu.html' } }), 'text/html');
const step = (doc: Document, done: string[] = []) => twoGis.newestReviewsStep!(doc, new Set(done));
const openMenu = (doc: Document): void => {
  doc.body.append((doc.getElementById('sort-menu') as HTMLTemplateElement).content.firstElementChild!.cloneNode(true));
};

describe('2GIS: the clicks toward the newest reviews', () => {
  it('opens the sort control ("По умолчанию"), never the rating stars, "Загрузить ещё" or a tab link', () => {
    const doc = page();
    expect(twoGis.newestReviewsShown!(doc)).toBe(false);
    const first = step(doc);
    expect(first?.step).toBe('sort-menu');
    expect(first?.element.tagName).toBe('BUTTON');
    expect(first?.element.textContent).toBe('По умолчанию');
    // The menu did not open: nothing else is clicked.
    expect(step(doc, ['sort-menu'])).toBeNull();
  });

  it('picks "По новизне" in the open menu, once', () => {
    const doc = page();
    openMenu(doc);
    const next = step(doc, ['sort-menu']);
    expect(next?.step).toBe('newest');
    expect(next?.element.getAttribute('title')).toBe('По новизне');
    expect(step(doc, ['sort-menu', 'newest'])).toBeNull();
  });

  it('knows the control titled with the order in use ("По доверию", then "По новизне")', () => {
    const doc = page();
    const control = doc.createElement('div');
    control.className = '_jyy5a0';
    control.setAttribute('title', 'По доверию');
    control.textContent = 'По доверию';
    doc.querySelector('button._9383798')!.replaceWith(control);
    expect(step(doc)?.element).toBe(control);
    expect(twoGis.newestReviewsShown!(doc)).toBe(false);
    control.setAttribute('title', 'По новизне');
    control.textContent = 'По новизне';
    expect(step(doc)).toBeNull();
    expect(twoGis.newestReviewsShown!(doc)).toBe(true);
  });

  it('clicks nothing on the captcha page', () => {
    const doc = new DOMParser().parseFromString(renderFixture('2gis/captcha.html', { now: FIXED_NOW }), 'text/html');
    expect(step(doc)).toBeNull();
    expect(twoGis.newestReviewsShown!(doc)).toBeUndefined();
  });
});
