// @vitest-environment jsdom
/**
 * 2GIS beyond the saved pages' expected records: the embedded state against the cards alone,
 * hashed classes that differ between a clamped and a whole text, "Загрузить ещё", the
 * captcha, a redesign, and the reply link to the organisation (not the branch).
 */
import { describe, expect, it } from 'vitest';
import { jsonParseLiteral } from '@/utils/sites/embedded';
import { twoGis } from '@/utils/sites/twogis';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const URL_MSK = new URL('https://2gis.ru/moscow/firm/70000001018123456/tab/reviews');

function page(transform?: (doc: Document) => void, file = '2gis/coffee-ru.html'): Document {
  const doc = new DOMParser().parseFromString(renderFixture(file, { now: FIXED_NOW }), 'text/html');
  transform?.(doc);
  return doc;
}

const withoutState = (doc: Document): void =>
  Array.from(doc.querySelectorAll('script'))
    .find((s) => s.textContent?.includes('initialState'))
    ?.remove();

describe('2GIS: the business', () => {
  it('keys the business by the branch (firm) id and keeps the organisation id', () => {
    expect(twoGis.extract(page(), URL_MSK, FIXED_NOW).capture?.business).toEqual({
      siteBusinessId: '70000001018123456',
      name: 'Кофейня «Зёрна»',
      url: 'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews',
      rating: 4.6,
      reviewCount: 206,
      orgId: '70000001018123400',
    });
  });

  it('reads the header from the page without the state: reviews from the tab, not the ratings, the org from the branches link', () => {
    expect(twoGis.extract(page(withoutState), URL_MSK, FIXED_NOW).capture?.business).toEqual({
      siteBusinessId: '70000001018123456',
      name: 'Кофейня «Зёрна»',
      url: 'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews',
      rating: 4.6,
      reviewCount: 206,
      orgId: '70000001018123400',
    });
  });

  it('keys a firm reached through a search alike', () => {
    const url = new URL('https://2gis.ru/moscow/search/%D0%BA%D0%BE%D1%84%D0%B5/firm/70000001018123456/tab/reviews');
    expect(twoGis.extract(page(), url, FIXED_NOW).capture?.business.siteBusinessId).toBe('70000001018123456');
  });
});

describe('2GIS: the embedded state and the cards alone', () => {
  const full = twoGis.extract(page(), URL_MSK, FIXED_NOW).capture!;
  const cards = twoGis.extract(page(withoutState), URL_MSK, FIXED_NOW);

  it('decodes the JS-escaped JSON.parse string', () => {
    expect(
      JSON.parse(jsonParseLiteral(`var initialState = JSON.parse('{\\"a\\":\\"\\u0417\\u0451\\\\n\\\\u0441\\", \\"b\\":\\"it\\'s\\"}');`, 'initialState')!),
    ).toEqual({
      a: 'Зё\nс',
      b: "it's",
    });
    expect(jsonParseLiteral(`var initialState = JSON.parse('{"a":1`, 'initialState')).toBeUndefined();
  });

  it('takes ids, exact dates in UTC and whole official replies from the state', () => {
    const olga = full.reviews.find((r) => r.author === 'Ольга Петрова')!;
    expect(olga).toMatchObject({
      siteReviewId: '153287946',
      rating: 5,
      truncated: false,
      dateText: '8 декабря 2025',
      // "2025-12-08T09:12:44+03:00"
      publishedAt: Date.UTC(2025, 11, 8, 6, 12, 44),
      datePrecision: 'exact',
    });
    expect(olga.reply).toMatchObject({ dateText: '9 декабря 2025', publishedAt: Date.UTC(2025, 11, 9, 8, 30), datePrecision: 'exact' });
    expect(olga.reply!.text.endsWith('добавили второго бариста с 8 до 10. Ждём вас!')).toBe(true);
    // The page cut that reply at 100 characters.
    expect(page().querySelector('h1')!.ownerDocument.body.innerHTML).toContain('поставим уже на этой неделе, а для оче…');
  });

  it('leaves out a review of another branch that the state carries', () => {
    expect(full.reviews.map((r) => r.author)).not.toContain('Чужой отзыв');
  });

  it('still gives every field the cards show without the state', () => {
    expect(cards.health).toMatchObject({ status: 'ok', cardsRead: 4 });
    expect(cards.health.selectors.state).toBe(-1);
    const olga = cards.capture!.reviews.find((r) => r.author === 'Ольга Петрова')!;
    expect(olga).toMatchObject({ rating: 5, truncated: false, dateText: '8 декабря 2025', publishedAt: Date.UTC(2025, 11, 8, 12), datePrecision: 'day' });
    expect(olga.siteReviewId).toMatch(/^h-/);
    // The whole text is in the DOM (a CSS clamp, "Читать целиком"): the same text as the state's.
    expect(olga.text).toBe(full.reviews.find((r) => r.author === 'Ольга Петрова')!.text);
    expect(olga.text).not.toContain('Читать целиком');
    expect(olga.reply).toMatchObject({ dateText: '9 декабря 2025', publishedAt: Date.UTC(2025, 11, 9, 12), datePrecision: 'day' });
    expect(olga.reply!.text.endsWith('а для оче…')).toBe(true);
    expect(cards.capture!.reviews.map((r) => r.rating)).toEqual([5, 2, 5, 4]);
  });

  it('reads the same records whichever hashed class the text has (clamped or whole)', () => {
    const swapped = page((doc) => doc.querySelectorAll('a._1wlx08h').forEach((a) => a.setAttribute('class', '_1msln3t')));
    expect(twoGis.extract(swapped, URL_MSK, FIXED_NOW).capture).toEqual(full);
  });
});

describe('2GIS: live pages and health', () => {
  it('reads the reviews "Загрузить ещё" appends, from their cards', () => {
    // What the page's own button does: the next reviews go at the end of the list above it.
    const doc = page((d) => {
      const button = Array.from(d.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Загрузить ещё')!;
      const list = button.parentElement!.previousElementSibling!;
      list.append((d.getElementById('more-reviews') as HTMLTemplateElement).content.cloneNode(true));
      button.parentElement!.remove();
    });
    const { capture } = twoGis.extract(doc, URL_MSK, FIXED_NOW);
    expect(capture!.reviews.map((r) => r.author)).toEqual(['Ольга Петрова', 'Марина', 'Tom Baker', 'Игорь В.', 'Светлана', 'Алексей Н.']);
    expect(capture!.reviews.find((r) => r.author === 'Светлана')).toMatchObject({ rating: 1, dateText: '28 октября 2025', truncated: false });
  });

  it('reports the captcha page as blocked', () => {
    const { capture, health } = twoGis.extract(page(undefined, '2gis/captcha.html'), URL_MSK, FIXED_NOW);
    expect(capture).toBeNull();
    expect(health.status).toBe('blocked');
  });

  it('reports a reviews tab whose cards cannot be read as a layout change, with its business', () => {
    // A redesign that draws the stars another way: no card can be found.
    const redesigned = page((doc) => {
      withoutState(doc);
      doc.querySelectorAll('[style*="width"] svg').forEach((svg) => svg.remove());
    });
    const { capture, health } = twoGis.extract(redesigned, URL_MSK, FIXED_NOW);
    expect(health).toMatchObject({ status: 'layout-changed', cardsRead: 0, looksLikeReviewPage: true });
    expect(capture?.business.siteBusinessId).toBe('70000001018123456');
  });

  it('says the reviews are not open on the firm’s overview', () => {
    const overview = page((doc) => doc.querySelectorAll('[style*="width"] svg').forEach((svg) => svg.remove()));
    expect(twoGis.extract(overview, new URL('https://2gis.ru/moscow/firm/70000001018123456'), FIXED_NOW).health.status).toBe('reviews-not-open');
  });
});

describe('2GIS: where the owner answers', () => {
  it('links to the business account of the organisation, else to the listing', () => {
    const business = twoGis.extract(page(), URL_MSK, FIXED_NOW).capture!.business;
    expect(twoGis.ownerReplyUrl!(business)).toBe('https://account.2gis.com/orgs/70000001018123400/reviews');
    const spb = twoGis.extract(page(undefined, '2gis/barbershop-spb.html'), new URL('https://2gis.ru/spb/firm/5348552838567890/tab/reviews'), FIXED_NOW)
      .capture!.business;
    expect(spb.orgId).toBeUndefined();
    expect(twoGis.ownerReplyUrl!(spb)).toBe('https://2gis.ru/spb/firm/5348552838567890/tab/reviews');
  });
});

describe('2GIS: ids of reviews the state does not hold', () => {
  it('keeps a review’s id when its shown date moves on ("вчера" today, a date tomorrow)', () => {
    const URL_KZ = new URL('https://2gis.kz/almaty/firm/70000001027654321/tab/reviews');
    const today = twoGis.extract(page(undefined, '2gis/clinic-kz.html'), URL_KZ, FIXED_NOW).capture!;
    const tomorrow = twoGis.extract(
      page((doc) => {
        const line = Array.from(doc.querySelectorAll('div')).find((d) => d.children.length === 0 && d.textContent === 'вчера')!;
        line.textContent = '19 ноября';
      }, '2gis/clinic-kz.html'),
      URL_KZ,
      FIXED_NOW + 86_400_000,
    ).capture!;
    const erlan = (c: typeof today) => c.reviews.find((r) => r.author === 'Ерлан')!;
    expect(erlan(tomorrow).dateText).toBe('19 ноября');
    expect(erlan(tomorrow).siteReviewId).toBe(erlan(today).siteReviewId);
  });
});
