// @vitest-environment jsdom
/**
 * What pages the team had not seen showed on Tripadvisor: the claimed-listing label glued to the
 * name in other languages, the page's locale taken for every review's language, and whole texts
 * under a CSS clamp taken for cut ones.
 */
import { describe, expect, it } from 'vitest';
import { tripadvisor } from '@/utils/sites/tripadvisor';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';

const URL_DE = new URL('https://www.tripadvisor.de/Hotel_Review-g187323-d199154-Reviews-Hotel_Adlon_Kempinski-Berlin.html');

function extract(transform?: (doc: Document) => void) {
  const doc = new DOMParser().parseFromString(renderFixture('tripadvisor/hotel-de.html', { now: FIXED_NOW }), 'text/html');
  transform?.(doc);
  return tripadvisor.extract(doc, URL_DE, FIXED_NOW).capture!;
}

describe('Tripadvisor on pages in other languages', () => {
  it.each([
    'Dieser Eintrag wird von einer Person aus diesem Unternehmen verwaltet',
    'Someone from this business manages this listing',
    'Quelqu’un de cet établissement gère cette fiche',
    'Alguien de este negocio administra este perfil',
    'Una persona di questa attività gestisce la scheda',
    'Iemand van dit bedrijf beheert deze vermelding',
    'Этой страницей управляет представитель компании',
    '此商家的员工管理此页面',
  ])('strips the claimed-listing label glued to the name: %s', (label) => {
    const capture = extract((doc) => {
      doc.querySelector('h1')!.replaceChildren(doc.createTextNode('Hotel Adlon Kempinski'), Object.assign(doc.createElement('span'), { textContent: label }));
    });
    expect(capture.business.name).toBe('Hotel Adlon Kempinski');
  });

  it('keeps the review’s own language and never stores the page locale as one', () => {
    const byAuthor = Object.fromEntries(extract().reviews.map((r) => [r.author, r.lang]));
    expect(byAuthor).toEqual({ 'Klaus M': undefined, 'Giulia R': 'it', 'Tom W': 'en' });
  });

  it('takes a whole text under a CSS clamp for whole, and a cut one for cut', () => {
    const byAuthor = Object.fromEntries(extract().reviews.map((r) => [r.author, r]));
    expect(byAuthor['Klaus M']).toMatchObject({ truncated: false });
    expect(byAuthor['Klaus M']!.text.endsWith('Teuer, aber jeden Euro wert – wir kommen wieder.')).toBe(true);
    expect(byAuthor['Tom W']).toMatchObject({ truncated: true });
  });

  it('takes a clamped text that ends with "…" for cut', () => {
    const capture = extract((doc) => {
      const span = doc.querySelector('[data-test-target="review-body"] .yCeTE')!;
      span.textContent = `${span.textContent!.slice(0, 120)}…`;
    });
    expect(capture.reviews.find((r) => r.author === 'Klaus M')).toMatchObject({ truncated: true });
  });
});
