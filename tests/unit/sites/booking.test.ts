// @vitest-environment jsdom
/**
 * Booking.com beyond the saved pages' expected records: the interface in other languages, the
 * id that survives the hotel's response, sub-scores that never become a review's score, the
 * empty shell and a later render of the same visit, and the extranet link.
 */
import { describe, expect, it } from 'vitest';
import { booking } from '@/utils/sites/booking';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const DIALOG = 'booking/property-dialog-en.html';
const DIALOG_URL = 'https://www.booking.com/hotel/fr/le-petit-marais.en-gb.html';
const SHELL = 'booking/property-empty-shell.html';
const SHELL_URL = 'https://www.booking.com/hotel/es/hostal-la-plaza.es.html';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function extract(html: string, url = DIALOG_URL) {
  return booking.extract(parse(html), new URL(url), FIXED_NOW);
}

const MONTHS: Record<string, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The English dialog with its interface strings as Booking writes them in another language. */
function localised(lang: string, labels: Array<[RegExp, string]>, date: (day: string, month: string, year: string) => string): string {
  let html = renderFixture(DIALOG, { now: FIXED_NOW }).replace('<html lang="en-gb"', `<html lang="${lang}"`);
  html = html.replace(/Reviewed: (\d+) ([A-Z][a-z]+) (\d{4})/g, (_all, day: string, month: string, year: string) =>
    date(day, MONTHS[lang]![ENGLISH_MONTHS.indexOf(month)]!, year),
  );
  for (const [from, to] of labels) html = html.replace(from, to);
  return html;
}

describe('Booking.com in other interface languages', () => {
  const cases: Array<{ lang: string; labels: Array<[RegExp, string]>; date: (d: string, m: string, y: string) => string; thomas: string; response: string }> = [
    {
      lang: 'fr',
      labels: [
        [/Scored (\d+)\.(\d)/g, 'Note : $1,$2'],
        [/>(\d)\.(\d)</g, '>$1,$2<'],
        [/Hotel response:/g, "Réponse de l'établissement :"],
        [/Continue reading/g, 'Lire la suite'],
        [/>Liked</g, '>A aimé<'],
        [/>Disliked</g, ">N'a pas aimé<"],
      ],
      date: (d, m, y) => `Commentaire publié le : ${d} ${m} ${y}`,
      thomas: 'Commentaire publié le : 21 octobre 2025',
      response: 'Dear Margaret',
    },
    {
      lang: 'es',
      labels: [
        [/Scored (\d+)\.(\d)/g, 'Puntuación: $1,$2'],
        [/>(\d)\.(\d)</g, '>$1,$2<'],
        [/Hotel response:/g, 'Respuesta del alojamiento:'],
        [/Continue reading/g, 'Seguir leyendo'],
        [/>Liked</g, '>Le gustó<'],
        [/>Disliked</g, '>No le gustó<'],
      ],
      date: (d, m, y) => `Fecha del comentario: ${d} de ${m} de ${y}`,
      thomas: 'Fecha del comentario: 21 de octubre de 2025',
      response: 'Dear Margaret',
    },
    {
      lang: 'ru',
      labels: [
        [/Scored (\d+)\.(\d)/g, 'Оценка: $1,$2'],
        [/>(\d)\.(\d)</g, '>$1,$2<'],
        [/Hotel response:/g, 'Ответ объекта размещения:'],
        [/Continue reading/g, 'Читать дальше'],
        [/>Liked</g, '>Понравилось<'],
        [/>Disliked</g, '>Не понравилось<'],
      ],
      date: (d, m, y) => `Дата отзыва: ${d} ${m} ${y} г.`,
      thomas: 'Дата отзыва: 21 октября 2025 г.',
      response: 'Dear Margaret',
    },
  ];

  it.each(cases)('reads dates, decimal-comma scores and the response in $lang', ({ lang, labels, date, thomas, response }) => {
    const english = extract(renderFixture(DIALOG, { now: FIXED_NOW })).capture!;
    const { capture } = extract(localised(lang, labels, date));
    expect(capture!.reviews).toHaveLength(english.reviews.length);
    const byAuthor = new Map(capture!.reviews.map((r) => [r.author, r]));
    expect(byAuthor.get('Thomas')).toMatchObject({ dateText: thomas, publishedAt: Date.UTC(2025, 9, 21, 12), siteScore: 10, rating: 5 });
    expect(byAuthor.get('Chloé')).toMatchObject({ siteScore: 5, rating: 2.5, publishedAt: Date.UTC(2025, 8, 28, 12) });
    const margaret = byAuthor.get('Margaret')!;
    expect(margaret.siteScore).toBe(9);
    expect(margaret.reply!.text.startsWith(response)).toBe(true);
    expect(margaret.reply!.text).not.toMatch(/Lire la suite|Seguir leyendo|Читать дальше|Réponse de|Respuesta del|Ответ объекта/);
    // The labels are never part of what the guest wrote.
    for (const review of capture!.reviews) expect(`${review.liked ?? ''} ${review.disliked ?? ''}`).not.toMatch(/A aimé|Le gustó|Понравилось|N'a pas aimé/);
    // Same guests, same days, same words: the same ids as on the English page.
    expect(capture!.reviews.map((r) => r.siteReviewId)).toEqual(english.reviews.map((r) => r.siteReviewId));
    expect(capture!.reviews.map((r) => r.publishedAt)).toEqual(english.reviews.map((r) => r.publishedAt));
  });

  it('reads the German page: "Bewertet am", decimal commas, "Antwort der Unterkunft"', () => {
    const { capture } = booking.extract(
      parse(renderFixture('booking/property-dialog-de.html', { now: FIXED_NOW })),
      new URL('https://www.booking.com/hotel/de/haus-am-see-berlin.de.html'),
      FIXED_NOW,
    );
    expect(capture!.business).toMatchObject({ siteScore: 9.1, rating: 4.6, scoreWord: 'Hervorragend', reviewCount: 847 });
    const peter = capture!.reviews.find((r) => r.author === 'Peter')!;
    expect(peter).toMatchObject({ siteScore: 7, dateText: 'Bewertet am: 3. Oktober 2025', publishedAt: Date.UTC(2025, 9, 3, 12), scoreWord: 'Gut' });
    expect(capture!.reviews.find((r) => r.author === 'Marc')!.reply!.text).toMatch(/^Sehr geehrter Marc/);
  });
});

describe('Booking.com review ids', () => {
  it("stay the same when the hotel's response arrives or is expanded", () => {
    const html = renderFixture(DIALOG, { now: FIXED_NOW });
    const before = parse(html);
    // Kevin's review without a response, then with one (and Margaret's without hers).
    before.querySelectorAll('[data-testid="review-partner-reply"]').forEach((el) => el.remove());
    const without = booking.extract(before, new URL(DIALOG_URL), FIXED_NOW).capture!.reviews;
    const withReplies = extract(html).capture!.reviews;
    expect(without.map((r) => r.siteReviewId)).toEqual(withReplies.map((r) => r.siteReviewId));
    expect(without.find((r) => r.author === 'Margaret')!.reply).toBeUndefined();
    expect(withReplies.find((r) => r.author === 'Margaret')!.reply!.text).toMatch(/Claire, Front Office Manager$/);
    expect(new Set(withReplies.map((r) => r.siteReviewId)).size).toBe(withReplies.length);
  });

  it('keep the response whole: "Continue reading" only lifts a clamp', () => {
    const margaret = extract(renderFixture(DIALOG, { now: FIXED_NOW })).capture!.reviews.find((r) => r.author === 'Margaret')!;
    expect(margaret.reply!.text.split('\n')).toHaveLength(3);
    expect(margaret.reply!.text).not.toContain('Continue reading');
    expect(margaret.truncated).toBe(false);
  });
});

describe("the property's figures", () => {
  it("keeps the sub-scores as the property's, never as a review's score", () => {
    const doc = parse(renderFixture(DIALOG, { now: FIXED_NOW }));
    // A card whose own score block is gone: the sub-scores beside it must not stand in.
    doc.querySelectorAll('[data-testid="review-card"] [data-testid="review-score"]').forEach((el) => el.remove());
    const { capture } = booking.extract(doc, new URL(DIALOG_URL), FIXED_NOW);
    expect(capture!.business.subScores).toEqual(
      expect.arrayContaining([
        { label: 'Staff', score: 9.1 },
        { label: 'Cleanliness', score: 8.8 },
      ]),
    );
    const withWords = capture!.reviews.filter((r) => r.liked || r.disliked);
    expect(withWords.length).toBe(6);
    for (const review of capture!.reviews) {
      expect(review.siteScore).toBeUndefined();
      expect(review.rating).toBeUndefined();
    }
    // A card with neither a score nor words is not a review.
    expect(capture!.reviews.map((r) => r.author)).not.toContain('Ahmed');
  });

  it('gives the property one address and one id on the dialog page and on the review list', () => {
    const dialog = extract(renderFixture(DIALOG, { now: FIXED_NOW })).capture!.business;
    const list = booking.extract(
      parse(renderFixture('booking/reviewlist-legacy.html', { now: FIXED_NOW })),
      new URL('https://www.booking.com/reviewlist.en-gb.html?aid=304142&cc1=fr&pagename=le-petit-marais&type=total&offset=10&rows=10'),
      FIXED_NOW,
    ).capture!.business;
    expect(list.siteBusinessId).toBe(dialog.siteBusinessId);
    expect(list.url).toBe(dialog.url);
    expect(dialog.url).toBe('https://www.booking.com/hotel/fr/le-petit-marais.html');
  });
});

describe('Booking.com pages whose reviews are not on screen', () => {
  it('says "reviews not open" for the empty shell, never "no reviews", and sends the header without a review (a blind visit)', () => {
    const result = booking.extract(parse(renderFixture(SHELL, { now: FIXED_NOW })), new URL(SHELL_URL), FIXED_NOW);
    expect(result.health.status).toBe('reviews-not-open');
    expect(result.capture?.business.siteBusinessId).toBe('1187420');
    expect(result.capture?.reviews).toEqual([]);
  });

  it('says "reviews not open" while the dialog is closed', () => {
    const doc = parse(renderFixture(DIALOG, { now: FIXED_NOW }));
    doc.querySelector('[role="dialog"]')!.remove();
    expect(booking.extract(doc, new URL(DIALOG_URL), FIXED_NOW).health.status).toBe('reviews-not-open');
  });

  it('captures a later render of the same page: the shell fills in', () => {
    const doc = parse(renderFixture(SHELL, { now: FIXED_NOW }));
    const url = new URL(SHELL_URL);
    expect(booking.scan(doc, url, FIXED_NOW).status).toBe('reviews-not-open');
    // What Booking's script does a moment later: the skeletons give way to the cards.
    const filled = parse(renderFixture(DIALOG, { now: FIXED_NOW }));
    const list = doc.querySelector('[data-testid="review-list-container"]')!;
    list.removeAttribute('aria-busy');
    list.replaceChildren(...Array.from(filled.querySelectorAll('[data-testid="review-card"]')).map((card) => doc.importNode(card, true)));
    const later = booking.extract(doc, url, FIXED_NOW);
    expect(later.health.status).toBe('ok');
    expect(later.capture!.business).toMatchObject({
      siteBusinessId: '1187420',
      name: 'Hostal La Plaza',
      siteScore: 8.9,
      scoreWord: 'Fabuloso',
      reviewCount: 512,
    });
    expect(later.capture!.reviews).toHaveLength(7);
  });

  it('is not a review page elsewhere on Booking.com', () => {
    expect(booking.isReviewPage(new URL('https://www.booking.com/hotel/index.html'))).toBe(false);
    expect(booking.isReviewPage(new URL('https://www.booking.com/reviewlist.en-gb.html'))).toBe(false);
    expect(booking.isReviewPage(new URL('https://www.booking.com/hotel/fr/le-petit-marais.en-gb.html'))).toBe(true);
  });
});

describe('where the owner answers', () => {
  it("opens the extranet's reviews page for the property", () => {
    expect(booking.ownerReplyUrl!({ siteBusinessId: '4417291', url: 'https://www.booking.com/hotel/fr/x.html' })).toBe(
      'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=4417291',
    );
    expect(booking.ownerReplyUrl!({ siteBusinessId: '4417291&x=1', url: 'https://www.booking.com/hotel/fr/x.html' })).toBeUndefined();
  });
});

describe('the newest reviews first (scheduled checks, alert clicks)', () => {
  const NEWEST = 'https://www.booking.com/reviewlist.html?cc1=fr&pagename=le-petit-marais&type=total&sort=f_recent_desc';

  it.each([
    'https://www.booking.com/hotel/fr/le-petit-marais.html',
    'https://www.booking.com/hotel/fr/le-petit-marais.en-gb.html?aid=304142&checkin=2026-12-04#tab-reviews',
    'https://www.booking.com/reviewlist.html?cc1=fr&pagename=le-petit-marais&type=total&offset=10&rows=10',
  ])('opens the review list sorted "Newest first" for %s', (address) => {
    expect(booking.newestFirstUrl!(new URL(address))).toBe(NEWEST);
  });

  it('keeps the language of a review list it was given', () => {
    expect(booking.newestFirstUrl!(new URL('https://www.booking.com/reviewlist.de.html?cc1=DE&pagename=haus-am-see-berlin&r_lang=de'))).toBe(
      'https://www.booking.com/reviewlist.de.html?cc1=de&pagename=haus-am-see-berlin&type=total&sort=f_recent_desc',
    );
  });

  it('has no such list for other Booking.com pages', () => {
    expect(booking.newestFirstUrl!(new URL('https://www.booking.com/searchresults.html?ss=Paris'))).toBeUndefined();
    expect(booking.newestFirstUrl!(new URL('https://www.booking.com/reviewlist.html?cc1=fr'))).toBeUndefined();
  });

  it('is a page the adapter reads: the saved review list at that address gives the same property and its reviews', () => {
    const url = new URL(NEWEST);
    expect(booking.isReviewPage(url)).toBe(true);
    const { capture, health } = booking.extract(parse(renderFixture('booking/reviewlist-legacy.html', { now: FIXED_NOW })), url, FIXED_NOW);
    expect(health.status).toBe('ok');
    expect(capture?.business).toMatchObject({ siteBusinessId: '4417291', url: 'https://www.booking.com/hotel/fr/le-petit-marais.html' });
    expect(capture?.reviews.length).toBeGreaterThan(0);
  });
});
