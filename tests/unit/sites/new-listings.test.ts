// @vitest-environment jsdom
/**
 * Issue 12.4: every adapter yields the business (key and name) on the page of a business with
 * no reviews yet, in the languages its site is used in, so the first visit of a new listing is
 * recorded (and its first review ever is news). The saved pages in tests/fixtures are checked
 * field by field in fixtures.test.ts; these are the site's header and empty review section
 * in more languages.
 */
import { describe, expect, it } from 'vitest';
import { siteById, siteForUrl } from '@/utils/sites/registry';
import type { SiteId } from '@/utils/sites/types';
import { FIXED_NOW } from '../../support/fixtures';

interface EmptyPage {
  site: SiteId;
  lang: string;
  url: string;
  html: string;
  id: string;
  name: string;
}

const gmaps = (lang: string, name: string, none: string, overview: string, about: string, write: string): string => `
<html lang="${lang}"><body><div id="app-container" class="vasquette"><div id="side" class="XltNde tTVLSc">
<div class="k7jAl miFGmb lJ3Kh" role="main" aria-label="${name}"><div class="m6QErb WNBkOb XiKgde" role="main" aria-label="${name}">
<div class="TIHn2"><div class="lMbq3e"><div><h1 class="DUwDvf lfPIob">${name}</h1></div>
<div class="LBgpqf"><div class="fontBodyMedium dmRWX"><div class="F7nice "><span class="fontBodyMedium">${none}</span></div></div></div></div></div>
<div class="RWPxGd" role="tablist" aria-label="${name}">
<button role="tab" class="hh2c6 G7m0Af" aria-selected="true" data-tab-index="0"><div class="Gpq6kf fontTitleSmall">${overview}</div></button>
<button role="tab" class="hh2c6 " aria-selected="false" data-tab-index="1"><div class="Gpq6kf fontTitleSmall">${about}</div></button></div>
<div class="m6QErb XiKgde" role="region"><button class="M77dve" jsaction="pane.wfvdle50.writeReview">${write}</button></div>
<div class="m6QErb XiKgde" role="region"><a href="/maps/place/Other/data=!4m6!3m5!1s0x1:0x2"><span aria-hidden="true">4.7</span><span role="img" aria-label="4.7"></span><span aria-label="812">(812)</span></a></div>
</div></div></div></div></body></html>`;

const yelp = (lang: string, name: string, heading: string, first: string): string => `
<html lang="${lang}"><head><meta name="yelp-biz-id" content="NeWbIz0000000000000001"></head><body><div id="main-content">
<div class="photo-header__09f24__nPvHp"><h1 class="y-css-olzveb">${name}</h1></div>
<section aria-label="${heading}" id="reviews" class="y-css-e0d7oc"><h2 class="y-css-1i2tiyw">${heading}</h2><p class="y-css-1x1e1r2">${first}</p>
<a href="/writeareview/biz/NeWbIz0000000000000001">✎</a></section>
<aside><a href="/biz/other">Other</a><div aria-label="4.5" role="img"></div><a href="/user_details?userid=Ab1Cd2Ef3Gh4Ij5Kl6Mn7O">Reviewer</a></aside>
</div></body></html>`;

const tripadvisor = (lang: string, name: string, none: string, first: string): string => `
<html lang="${lang}"><head><link rel="canonical" href="https://www.tripadvisor.com/Restaurant_Review-g298484-d33301234-Reviews-X-Moscow_Central_Russia.html"></head><body>
<div id="lithium-root"><main><div data-test-target="restaurant-detail-info"><h1 data-test-target="top-info-header" class="biGQs _P egaXP rRtyp">${name}</h1>
<div class="UctUV d H0"><span class="biGQs _P pZUbB KxBGd">${none}</span></div></div>
<div data-test-target="reviews-tab" class="ebPOf"><div class="biGQs _P fiohW">${first}</div></div></main></div></body></html>`;

const booking = (lang: string, name: string, none: string): string => `
<html lang="${lang}"><head><script>var booking = { env: { b_hotel_id: '98765432', b_hotel_name: '${name}' } };</script></head><body>
<div data-testid="property-header"><h2 class="d2fee87262 pp-header__title">${name}</h2></div>
<div data-testid="review-score-right-component"><div class="a3b8729ab1">${none}</div></div>
<div id="hp_facilities_box"><h3>WiFi</h3></div></body></html>`;

const trustpilot = (lang: string, name: string, none: string, first: string): string => `
<html lang="${lang}"><body><main><section class="styles_businessInformation__Wnt9R"><h1 class="typography_heading-m__T_L_X"><span class="typography_display-s__qOjh6 title_displayName__TtDDM">${name}</span></h1>
<p class="typography_body-l__KUYFJ">${none}</p></section>
<section class="styles_reviewListContainer__2bg_p"><p>${first}</p><a href="/evaluate/newshop.example">✎</a></section></main></body></html>`;

const yandex = (lang: string, name: string, none: string): string => `
<html lang="${lang}"><body><div class="orgpage-header-view"><h1 class="orgpage-header-view__header" itemprop="name">${name}</h1></div>
<div role="tablist"><a role="tab" href="/maps/org/pekarnya/20345678901/">Обзор</a><a role="tab" aria-selected="true" href="/maps/org/pekarnya/20345678901/reviews/">${none.split(' ')[0]}</a></div>
<div class="business-reviews-card-view__empty"><div class="placeholder-view__title">${none}</div></div></body></html>`;

const twogis = (lang: string, name: string, noRatings: string, none: string): string => `
<html lang="${lang}"><body><div id="root"><div class="_3696234"><h1 class="_20cf3c3"><span class="_be91336">${name}</span></h1><div class="_d6fc381"><div class="_8a9419b">${noRatings}</div></div></div>
<div class="_e85f6f2"><div class="_a1s5ynd">${none}</div>
<a class="_1rehek" href="/almaty/firm/70000001099999999"><span>Other</span><span class="_y10azs">4.9</span><span>85</span></a></div></div></body></html>`;

const PAGES: EmptyPage[] = [
  {
    site: 'google-maps',
    lang: 'ru',
    url: 'https://www.google.com/maps/place/Пекарня/@55.7,37.6,17z/data=!4m6!3m5!1s0x46b54a50b315e573:0x1b2c3d4e5f607182?hl=ru',
    html: gmaps('ru', 'Пекарня «Колосок»', 'Нет отзывов', 'Обзор', 'О компании', 'Написать отзыв'),
    id: String(BigInt('0x1b2c3d4e5f607182')),
    name: 'Пекарня «Колосок»',
  },
  {
    site: 'google-maps',
    lang: 'de',
    url: 'https://www.google.de/maps/place/B%C3%A4ckerei+Korn/@52.5,13.4,17z/data=!4m6!3m5!1s0x47a84e373f035901:0x2c3d4e5f60718293?hl=de',
    html: gmaps('de', 'Bäckerei Korn', 'Keine Rezensionen', 'Übersicht', 'Info', 'Rezension schreiben'),
    id: String(BigInt('0x2c3d4e5f60718293')),
    name: 'Bäckerei Korn',
  },
  {
    site: 'google-maps',
    lang: 'zh-TW',
    url: 'https://www.google.com.tw/maps/place/%E8%8C%B6/@25.0,121.5,17z/data=!4m6!3m5!1s0x3442abb6da9c9e1f:0x3d4e5f6071829304?hl=zh-TW',
    html: gmaps('zh-TW', '山嵐茶館', '沒有評論', '總覽', '簡介', '撰寫評論'),
    id: String(BigInt('0x3d4e5f6071829304')),
    name: '山嵐茶館',
  },
  {
    site: 'yelp',
    lang: 'de',
    url: 'https://www.yelp.de/biz/b%C3%A4ckerei-korn-berlin',
    html: yelp('de', 'Bäckerei Korn', 'Empfohlene Beiträge', 'Schreib den ersten Beitrag!'),
    id: 'NeWbIz0000000000000001',
    name: 'Bäckerei Korn',
  },
  {
    site: 'yelp',
    lang: 'es',
    url: 'https://www.yelp.es/biz/panader%C3%ADa-la-espiga-madrid',
    html: yelp('es', 'Panadería La Espiga', 'Reseñas recomendadas', '¡Sé el primero en escribir una reseña!'),
    id: 'NeWbIz0000000000000001',
    name: 'Panadería La Espiga',
  },
  {
    site: 'tripadvisor',
    lang: 'en',
    url: 'https://www.tripadvisor.com/Restaurant_Review-g298484-d33301234-Reviews-Kolosok_Bakery-Moscow_Central_Russia.html',
    html: tripadvisor('en', 'Kolosok Bakery', 'No reviews yet', 'Be the first to write a review'),
    id: 'd33301234',
    name: 'Kolosok Bakery',
  },
  {
    site: 'tripadvisor',
    lang: 'ru',
    url: 'https://www.tripadvisor.ru/Restaurant_Review-g298484-d33301234-Reviews-Kolosok_Bakery-Moscow_Central_Russia.html',
    html: tripadvisor('ru', 'Пекарня «Колосок»', 'Отзывов пока нет', 'Напишите первый отзыв'),
    id: 'd33301234',
    name: 'Пекарня «Колосок»',
  },
  {
    site: 'booking',
    lang: 'en-gb',
    url: 'https://www.booking.com/hotel/gb/the-lark-rooms.en-gb.html',
    html: booking('en-gb', 'The Lark Rooms', 'No reviews yet'),
    id: '98765432',
    name: 'The Lark Rooms',
  },
  {
    site: 'booking',
    lang: 'de',
    url: 'https://www.booking.com/hotel/de/pension-lerche.de.html',
    html: booking('de', 'Pension Lerche', 'Noch keine Bewertungen'),
    id: '98765432',
    name: 'Pension Lerche',
  },
  {
    site: 'trustpilot',
    lang: 'en-US',
    url: 'https://www.trustpilot.com/review/newshop.example',
    html: trustpilot('en-US', 'NewShop', 'No reviews yet', 'Be the first to write a review'),
    id: 'newshop.example',
    name: 'NewShop',
  },
  {
    site: 'trustpilot',
    lang: 'de-DE',
    url: 'https://de.trustpilot.com/review/newshop.example',
    html: trustpilot('de-DE', 'NewShop', 'Noch keine Bewertungen', 'Schreiben Sie die erste Bewertung'),
    id: 'newshop.example',
    name: 'NewShop',
  },
  {
    site: 'yandex-maps',
    lang: 'ru',
    url: 'https://yandex.ru/maps/org/pekarnya/20345678901/reviews/',
    html: yandex('ru', 'Пекарня «Колосок»', 'Отзывов пока нет'),
    id: '20345678901',
    name: 'Пекарня «Колосок»',
  },
  {
    site: 'yandex-maps',
    lang: 'tr',
    url: 'https://yandex.com.tr/maps/org/firin/20345678901/reviews/',
    html: yandex('tr', 'Başak Fırını', 'Henüz yorum yok'),
    id: '20345678901',
    name: 'Başak Fırını',
  },
  {
    site: '2gis',
    lang: 'ru',
    url: 'https://2gis.kz/almaty/firm/70000001087654321/tab/reviews',
    html: twogis('ru', 'Кофейня «Зерно»', 'Нет оценок', 'Пока нет отзывов'),
    id: '70000001087654321',
    name: 'Кофейня «Зерно»',
  },
  {
    site: '2gis',
    lang: 'en',
    url: 'https://2gis.ae/dubai/firm/70000001087654321/tab/reviews',
    html: twogis('en', 'Bean There Café', 'No ratings', 'No reviews yet'),
    id: '70000001087654321',
    name: 'Bean There Café',
  },
];

describe.each(PAGES)('$site ($lang): a business with no reviews yet', (page) => {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const result = siteById(page.site)!.extract(doc, new URL(page.url), FIXED_NOW);

  it('yields the business with its key and name, a count of zero and no review', () => {
    expect(siteForUrl(page.url)?.id).toBe(page.site);
    expect(result.health.status).toBe('no-reviews');
    expect(result.capture?.business).toMatchObject({ siteBusinessId: page.id, name: page.name, reviewCount: 0 });
    expect(result.capture?.business.rating).toBeUndefined();
    expect(result.capture?.reviews).toEqual([]);
  });
});

it('covers every site', () => {
  expect(new Set(PAGES.map((p) => p.site))).toEqual(new Set(['google-maps', 'yelp', 'tripadvisor', 'booking', 'trustpilot', 'yandex-maps', '2gis']));
});
