// @vitest-environment jsdom
/**
 * Yandex Maps beyond the saved pages' expected records: what the embedded state adds and what
 * the cards alone still give, BEM modifier churn, reviews loaded by scrolling, the 600-review
 * window, the captcha and a redesign.
 */
import { describe, expect, it } from 'vitest';
import { yandexMaps } from '@/utils/sites/yandex-maps';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const URL_RU = new URL('https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/');

function page(transform?: (doc: Document) => void, file = 'yandex-maps/coffee-ru.html'): Document {
  const doc = new DOMParser().parseFromString(renderFixture(file, { now: FIXED_NOW }), 'text/html');
  transform?.(doc);
  return doc;
}

const withoutState = (doc: Document): void => doc.querySelector('script.state-view')?.remove();
const withoutMicrodata = (doc: Document): void => doc.querySelectorAll('meta[itemprop]').forEach((m) => m.remove());
const noonOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d, 12);

function loadMore(doc: Document): void {
  const list = doc.querySelector('[role="list"]')!;
  list.append((doc.getElementById('more-reviews') as HTMLTemplateElement).content.cloneNode(true));
}

describe('Yandex Maps: the business', () => {
  it('keys the business by its org id and counts reviews, not ratings', () => {
    const { capture } = yandexMaps.extract(page(), URL_RU, FIXED_NOW);
    expect(capture?.business).toEqual({
      siteBusinessId: '1018907821',
      name: 'Кофейня «Брусника»',
      url: 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/',
      rating: 4.7,
      reviewCount: 1246,
    });
  });

  it('reads the same header from the microdata, then from the text, when the state is missing', () => {
    expect(yandexMaps.extract(page(withoutState), URL_RU, FIXED_NOW).capture?.business).toMatchObject({ rating: 4.7, reviewCount: 1246 });
    // Only the visible header: "4,7" split into spans, "2 034 оценки" and "1 246 отзывов" side by side.
    const bare = yandexMaps.extract(
      page((doc) => {
        withoutState(doc);
        withoutMicrodata(doc);
      }),
      URL_RU,
      FIXED_NOW,
    );
    expect(bare.capture?.business).toMatchObject({ rating: 4.7, reviewCount: 1246 });
  });

  it('keys the same organisation alike without the slug in the address', () => {
    const { capture } = yandexMaps.extract(page(), new URL('https://yandex.ru/maps/org/1018907821/reviews/'), FIXED_NOW);
    expect(capture?.business.siteBusinessId).toBe('1018907821');
    expect(capture?.business.url).toBe('https://yandex.ru/maps/org/1018907821/reviews/');
  });
});

describe('Yandex Maps: the embedded state and the cards alone', () => {
  const full = yandexMaps.extract(page(), URL_RU, FIXED_NOW).capture!;
  const cardsOnly = yandexMaps.extract(page(withoutState), URL_RU, FIXED_NOW);
  const anna = (reviews: typeof full.reviews) => reviews.find((r) => r.author === 'Анна Смирнова')!;

  it('takes ids, whole texts and the collapsed replies from the state', () => {
    expect(anna(full.reviews)).toMatchObject({
      siteReviewId: 'Ah7Kq2mZp9XwL4cR8tN1vB6yD3fG5s',
      truncated: false,
      lang: 'ru',
      reply: { text: expect.stringMatching(/^Анна, спасибо за тёплые слова!/), publishedAt: Date.UTC(2026, 10, 15, 7, 2, 10), datePrecision: 'exact' },
    });
    expect(anna(full.reviews).text.endsWith('приходите пораньше или берите с собой.')).toBe(true);
    // The reply is not in the DOM: it came from the state alone.
    expect(page().querySelector('[role="list"]')!.textContent).not.toContain('Анна, спасибо за тёплые слова!');
  });

  it('uses the review’s own language, not the page’s', () => {
    expect(full.reviews.find((r) => r.author === 'Emily Carter')?.lang).toBe('en');
    expect(cardsOnly.capture!.reviews.find((r) => r.author === 'Emily Carter')?.lang).toBeUndefined();
  });

  it('still gives every field the cards show without the state, and says the state was not found', () => {
    expect(cardsOnly.health).toMatchObject({ status: 'ok', cardsRead: 5 });
    expect(cardsOnly.health.selectors.state).toBe(-1);
    const cut = anna(cardsOnly.capture!.reviews);
    expect(cut).toMatchObject({ author: 'Анна Смирнова', rating: 5, truncated: true, dateText: '14 ноября', datePrecision: 'exact' });
    expect(cut.siteReviewId).toMatch(/^h-/);
    expect(cut.text.endsWith('всегда подскажет…')).toBe(true);
    expect(cut.text).not.toMatch(/Ещё$/);
    expect(cut.reply).toBeUndefined();
    expect(cardsOnly.capture!.reviews.find((r) => r.author === 'Ольга Воронова')).toMatchObject({ truncated: false, rating: 4 });
  });

  it('reads the visible Russian dates when the exact ones are missing', () => {
    const { capture } = yandexMaps.extract(
      page((doc) => {
        withoutState(doc);
        withoutMicrodata(doc);
      }),
      URL_RU,
      FIXED_NOW,
    );
    const when = Object.fromEntries(capture!.reviews.map((r) => [r.dateText, [r.publishedAt, r.datePrecision]]));
    expect(when).toEqual({
      '14 ноября': [noonOf(2026, 11, 14), 'day'],
      вчера: [FIXED_NOW - 86_400_000, 'day'],
      сегодня: [FIXED_NOW, 'day'],
      '2 октября': [noonOf(2026, 10, 2), 'day'],
      '4 сентября 2025': [noonOf(2025, 9, 4), 'day'],
    });
    // Ratings from the stars' aria-label ("Оценка 4 Из 5") once the microdata is gone.
    expect(capture!.reviews.map((r) => r.rating)).toEqual([5, 1, 2, 4, 4]);
  });

  it('ignores a state left from another organisation', () => {
    const other = page((doc) => {
      const script = doc.querySelector('script.state-view')!;
      script.textContent = script.textContent!.replace('"id": "1018907821"', '"id": "555"');
    });
    const { capture } = yandexMaps.extract(other, URL_RU, FIXED_NOW);
    expect(capture!.reviews.every((r) => r.siteReviewId.startsWith('h-'))).toBe(true);
  });
});

describe('Yandex Maps: class churn', () => {
  it('reads the same records when every BEM modifier changes', () => {
    const expected = yandexMaps.extract(page(), URL_RU, FIXED_NOW);
    const churned = page((doc) => {
      for (const el of Array.from(doc.querySelectorAll('[class]'))) {
        const names = el.getAttribute('class')!.split(/\s+/).filter(Boolean);
        el.setAttribute('class', [...names.filter((n) => !n.startsWith('_') || n === '_full' || n === '_empty'), '_theme_light', '_view_redesign'].join('  '));
      }
    });
    expect(yandexMaps.extract(churned, URL_RU, FIXED_NOW)).toEqual(expected);
  });

  it('reads the stars from their modifiers when neither microdata nor label is there', () => {
    const doc = page((d) => {
      withoutState(d);
      withoutMicrodata(d);
      d.querySelectorAll('[aria-label]').forEach((el) => el.removeAttribute('aria-label'));
    });
    expect(yandexMaps.extract(doc, URL_RU, FIXED_NOW).capture!.reviews.map((r) => r.rating)).toEqual([5, 1, 2, 4, 4]);
  });
});

describe('Yandex Maps: live pages and health', () => {
  it('reads the reviews the side panel loads on scrolling, beyond the state’s first ones', () => {
    const { capture } = yandexMaps.extract(page(loadMore), URL_RU, FIXED_NOW);
    expect(capture!.reviews.map((r) => r.author)).toEqual([
      'Анна Смирнова',
      'Дмитрий К.',
      'Тимур Ахметов',
      'Emily Carter',
      'Ольга Воронова',
      'Сергей П.',
      'Марина',
    ]);
    const marina = capture!.reviews.find((r) => r.author === 'Марина')!;
    expect(marina).toMatchObject({
      rating: 1,
      truncated: true,
      dateText: '28 июля 2025',
      publishedAt: Date.UTC(2025, 6, 28, 16, 40, 55),
      datePrecision: 'exact',
    });
    expect(marina.siteReviewId).toMatch(/^h-/);
  });

  // Yandex lists only the latest 600 of an organisation's reviews: a page that shows fewer cards
  // than its total is a window, not a page that lost reviews (60 cards here: jsdom is slow to clone).
  it('takes a window of the reviews for what it is: every card read, the site’s total kept', { timeout: 60_000 }, () => {
    const doc = page((d) => {
      withoutState(d);
      const list = d.querySelector('[role="list"]')!;
      const template = list.firstElementChild!;
      list.replaceChildren();
      for (let i = 0; i < 60; i++) {
        const card = template.cloneNode(true) as Element;
        card.setAttribute('aria-posinset', String(i + 1));
        card.querySelector('[itemprop="author"] [itemprop="name"]')!.textContent = `Гость ${i + 1}`;
        list.append(card);
      }
    });
    const { capture, health } = yandexMaps.extract(doc, URL_RU, FIXED_NOW);
    expect(health).toMatchObject({ status: 'ok', cardsFound: 60, cardsRead: 60 });
    expect(capture!.reviews).toHaveLength(60);
    expect(new Set(capture!.reviews.map((r) => r.siteReviewId)).size).toBe(60);
    expect(capture!.business.reviewCount).toBe(1246);
  });

  it('reports the SmartCaptcha page as blocked', () => {
    const { capture, health } = yandexMaps.extract(page(undefined, 'yandex-maps/captcha.html'), URL_RU, FIXED_NOW);
    expect(capture).toBeNull();
    expect(health.status).toBe('blocked');
  });

  it('reports a review page whose cards cannot be read as a layout change, with its business', () => {
    const redesigned = page((doc) => {
      withoutState(doc);
      doc.querySelectorAll('[itemprop="author"], .business-review-view__author-name, a.business-review-view__link').forEach((el) => el.remove());
    });
    const { capture, health } = yandexMaps.extract(redesigned, URL_RU, FIXED_NOW);
    expect(health).toMatchObject({ status: 'layout-changed', cardsFound: 5, cardsRead: 0, looksLikeReviewPage: true });
    expect(capture?.business.siteBusinessId).toBe('1018907821');
    expect(capture?.reviews).toEqual([]);
  });

  it('says when the organisation page shows no reviews tab yet', () => {
    const overview = page((doc) => {
      doc.querySelectorAll('[role="listitem"]').forEach((el) => el.remove());
      doc.querySelector('[role="tab"][aria-selected="true"]')!.setAttribute('aria-selected', 'false');
      doc.querySelector('[role="tab"]')!.setAttribute('aria-selected', 'true');
    });
    const url = new URL('https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/');
    expect(yandexMaps.extract(overview, url, FIXED_NOW).health.status).toBe('reviews-not-open');
  });
});

describe('Yandex Maps: where the owner answers', () => {
  it('links to the Yandex Business reviews page of the organisation', () => {
    const business = yandexMaps.extract(page(), URL_RU, FIXED_NOW).capture!.business;
    expect(yandexMaps.ownerReplyUrl!(business)).toBe('https://yandex.ru/sprav/1018907821/p/edit/reviews/');
  });
});

describe('Yandex Maps: ids of reviews the state does not hold', () => {
  it('keeps a review’s id when its shown date moves on ("вчера" today, "19 ноября" tomorrow)', () => {
    const today = yandexMaps.extract(page(withoutState), URL_RU, FIXED_NOW).capture!;
    const tomorrow = yandexMaps.extract(
      page((doc) => {
        withoutState(doc);
        const shown = Array.from(doc.querySelectorAll('[itemprop="datePublished"] + span')).find((s) => s.textContent === 'вчера')!;
        shown.textContent = '19 ноября';
      }),
      URL_RU,
      FIXED_NOW + 86_400_000,
    ).capture!;
    const dmitry = (c: typeof today) => c.reviews.find((r) => r.author === 'Дмитрий К.')!;
    expect(dmitry(tomorrow).dateText).toBe('19 ноября');
    expect(dmitry(tomorrow).siteReviewId).toBe(dmitry(today).siteReviewId);
  });
});
