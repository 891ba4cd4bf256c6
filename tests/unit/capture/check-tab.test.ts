// @vitest-environment jsdom
/**
 * The content script of a scheduled check's tab on Yandex Maps: it clicks the sort control, then
 * "По новизне", tries a control that opened nothing once more, says honestly when the list
 * could not be sorted, and never clicks a link. Fake timers; the page's own script is played by
 * the test (what a click opens).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckHelper, CLICK_SETTLE_MS, safeToClick } from '@/utils/capture/check-tab';
import type { CheckSortState } from '@/utils/messages';
import type { SiteAdapter } from '@/utils/sites/types';
import { yandexMaps } from '@/utils/sites/yandex-maps';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

vi.mock('@/utils/messaging', () => ({ sendFromContentScript: vi.fn(async () => ({ ok: true })) }));

const page = (): Document =>
  new DOMParser().parseFromString(
    renderFixture('yandex-maps/coffee-ru.html', { now: FIXED_NOW, slots: { sort: 'yandex-maps/sort-newest.html' } }),
    'text/html',
  );

function setup(doc: Document, adapter: SiteAdapter = yandexMaps) {
  const said: CheckSortState[] = [];
  const ctx = {
    isValid: true,
    addEventListener: () => undefined,
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
  };
  const helper = createCheckHelper(adapter, ctx as never, doc, (state) => said.push(state));
  return { helper, said };
}

/** The page's own script: a click of the control opens the menu; "По новизне" closes it and names the order. */
function playPage(doc: Document, { ignoreClicks = 0 } = {}): string[] {
  const clicked: string[] = [];
  const trigger = doc.querySelector<HTMLElement>('.rating-ranking-view')!;
  trigger.addEventListener('click', () => {
    clicked.push('control');
    if (ignoreClicks-- > 0) return;
    doc.body.append((doc.getElementById('ranking-popup') as HTMLTemplateElement).content.firstElementChild!.cloneNode(true));
    doc.querySelectorAll<HTMLElement>('.rating-ranking-view__popup-line').forEach((line) =>
      line.addEventListener('click', () => {
        clicked.push(line.getAttribute('aria-label')!);
        doc.querySelector('.popup._type_ranking')?.remove();
        trigger.querySelector('span')!.textContent = line.getAttribute('aria-label');
      }),
    );
  });
  return clicked;
}

describe('a scheduled check’s tab on Yandex Maps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens the sort control, picks "По новизне", and says the list is newest first', () => {
    const doc = page();
    const clicked = playPage(doc);
    const { helper, said } = setup(doc);
    helper.onCheckResponse();
    expect(said).toEqual(['sorting']);
    vi.advanceTimersByTime(CLICK_SETTLE_MS);
    vi.advanceTimersByTime(CLICK_SETTLE_MS);
    expect(clicked).toEqual(['control', 'По новизне']);
    expect(said).toEqual(['sorting', 'newest']);
    // Later captures of the sorted list click nothing more.
    helper.onCheckResponse();
    vi.advanceTimersByTime(5 * CLICK_SETTLE_MS);
    expect(clicked).toEqual(['control', 'По новизне']);
  });

  it('clicks the control once more when its first click opened nothing (handlers not attached yet)', () => {
    const doc = page();
    const clicked = playPage(doc, { ignoreClicks: 1 });
    const { helper, said } = setup(doc);
    helper.onCheckResponse();
    vi.advanceTimersByTime(3 * CLICK_SETTLE_MS);
    expect(clicked).toEqual(['control', 'control', 'По новизне']);
    expect(said).toEqual(['sorting', 'newest']);
  });

  it('says "not-sorted" when the control never opens its menu, after a few tries at most', () => {
    const doc = page();
    const clicked = playPage(doc, { ignoreClicks: 99 });
    const { helper, said } = setup(doc);
    helper.onCheckResponse();
    vi.advanceTimersByTime(10 * CLICK_SETTLE_MS);
    expect(clicked).toEqual(['control', 'control', 'control']);
    expect(said).toEqual(['sorting', 'not-sorted']);
  });

  it('says "newest" without a click on a list already newest first', () => {
    const doc = page();
    doc.querySelector('.rating-ranking-view span')!.textContent = 'По новизне';
    const clicked = playPage(doc);
    const { helper, said } = setup(doc);
    helper.onCheckResponse();
    vi.advanceTimersByTime(5 * CLICK_SETTLE_MS);
    expect(clicked).toEqual([]);
    expect(said).toEqual(['newest']);
  });

  it('never clicks a link, a form control or anything in a form, whatever an adapter names', () => {
    const doc = page();
    const link = doc.querySelector('a.business-review-view__link')!;
    expect(safeToClick(link)).toBe(false);
    expect(safeToClick(link.querySelector('span') ?? link)).toBe(false);
    expect(safeToClick(doc.querySelector('.rating-ranking-view')!)).toBe(true);
    let clicks = 0;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      clicks++;
    });
    const rogue: SiteAdapter = { ...yandexMaps, newestReviewsStep: () => ({ step: 'sort-menu', element: link }), newestReviewsShown: () => false };
    const { helper, said } = setup(doc, rogue);
    helper.onCheckResponse();
    vi.advanceTimersByTime(5 * CLICK_SETTLE_MS);
    expect(clicks).toBe(0);
    expect(said).toEqual([]);
  });
});
