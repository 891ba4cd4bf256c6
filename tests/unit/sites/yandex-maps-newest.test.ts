// @vitest-environment jsdom
/**
 * Scheduled checks on Yandex Maps click only the sort control above the reviews and "По новизне"
 * in the menu it opens, each once, on the saved Reviews tab (the menu as the page renders it, in
 * a popup layer at the end of the page); and they can tell whether the list is newest first.
 */
import { describe, expect, it } from 'vitest';
import { yandexMaps } from '@/utils/sites/yandex-maps';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const page = (file = 'yandex-maps/coffee-ru.html'): Document =>
  new DOMParser().parseFromString(renderFixture(file, { now: FIXED_NOW, slots: { sort: 'yandex-maps/sort-newest.html' } }), 'text/html');
const step = (doc: Document, done: string[] = []) => yandexMaps.newestReviewsStep!(doc, new Set(done));
/** What the page's own script does on a click of the control: the menu opens at the end of the page. */
const openMenu = (doc: Document): void => {
  const popup = (doc.getElementById('ranking-popup') as HTMLTemplateElement | null)?.content.firstElementChild?.cloneNode(true);
  doc.body.append(popup as Node);
};

describe('Yandex Maps: the clicks toward the newest reviews', () => {
  it('opens the sort control ("По умолчанию") above the list, once', () => {
    const doc = page();
    expect(yandexMaps.newestReviewsShown!(doc)).toBe(false);
    const first = step(doc);
    expect(first?.step).toBe('sort-menu');
    expect(first?.element.classList.contains('rating-ranking-view')).toBe(true);
    expect(first?.element.closest('.business-reviews-card-view__ranking')).not.toBeNull();
    expect(step(doc, ['sort-menu'])).toBeNull();
  });

  it('picks "По новизне" in the open menu, never another order, once', () => {
    const doc = page();
    openMenu(doc);
    const next = step(doc, ['sort-menu']);
    expect(next?.step).toBe('newest');
    expect(next?.element.getAttribute('aria-label')).toBe('По новизне');
    expect(step(doc, ['sort-menu', 'newest'])).toBeNull();
  });

  it('clicks nothing once the control says "По новизне", and knows the list is newest first', () => {
    const doc = page();
    doc.querySelector('.rating-ranking-view span')!.textContent = 'По новизне';
    expect(step(doc)).toBeNull();
    expect(yandexMaps.newestReviewsShown!(doc)).toBe(true);
  });

  it('reads the English control ("Default") as another order and opens it', () => {
    const doc = page('yandex-maps/cafe-en.html');
    expect(yandexMaps.newestReviewsShown!(doc)).toBe(false);
    expect(step(doc)?.step).toBe('sort-menu');
  });

  it('in a menu whose words it does not know, takes the second of the four lines (the order every UI keeps)', () => {
    const doc = page();
    openMenu(doc);
    const labels = ['Önerilen', 'Tarihe göre', 'Önce düşük puan', 'Önce yüksek puan'];
    doc.querySelectorAll('.rating-ranking-view__popup-line').forEach((line, i) => {
      line.setAttribute('aria-label', labels[i]!);
      line.textContent = labels[i]!;
    });
    expect(step(doc, ['sort-menu'])?.element.textContent).toBe('Tarihe göre');
    // A menu of another length is not guessed at.
    doc.querySelector('.rating-ranking-view__popup-line')!.remove();
    expect(step(doc, ['sort-menu'])).toBeNull();
  });

  it('clicks nothing on a captcha page, which says nothing of an order', () => {
    const doc = new DOMParser().parseFromString(renderFixture('yandex-maps/captcha.html', { now: FIXED_NOW }), 'text/html');
    expect(step(doc)).toBeNull();
    expect(yandexMaps.newestReviewsShown!(doc)).toBeUndefined();
  });

  it('on the Turkish page reads "Varsayılan" as another order', () => {
    const doc = new DOMParser().parseFromString(renderFixture('yandex-maps/redesign-tr.html', { now: FIXED_NOW }), 'text/html');
    expect(yandexMaps.newestReviewsShown!(doc)).toBe(false);
    expect(step(doc)?.step).toBe('sort-menu');
  });

  it('the newest list the page shows after sorting is read like any other', () => {
    const doc = page();
    const list = doc.querySelector('.business-reviews-card-view__reviews-container')!;
    list.replaceChildren((doc.getElementById('newest-reviews') as HTMLTemplateElement).content.cloneNode(true));
    const url = new URL('https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/');
    const { capture, health } = yandexMaps.extract(doc, url, FIXED_NOW);
    expect(health.status).toBe('ok');
    expect(capture?.reviews.map((r) => [r.author, r.rating, r.publishedAt])).toEqual([
      ['Игорь Н.', 1, FIXED_NOW - 20 * 3_600_000],
      ['Ксения Белова', 5, FIXED_NOW - 30 * 3_600_000],
    ]);
    expect(capture?.reviews[0]?.text).toMatch(/^Ждали заказ пятьдесят минут/);
  });
});
