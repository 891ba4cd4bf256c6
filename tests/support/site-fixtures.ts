/**
 * Every saved page, the address it is served under, and what it holds. Used by the unit
 * tests (extract() against the expected records beside each page) and by the real-Chromium
 * suite (the same page under its real address must store the same reviews).
 */
import type { LayoutHealth, SiteId } from '@/utils/sites/types';

export interface SiteFixture {
  site: SiteId;
  /** Path under tests/fixtures/. */
  file: string;
  /** The real address the page was saved from. */
  url: string;
  /** Reviews the page shows (what must be stored). */
  reviews: number;
  status: LayoutHealth['status'];
  /** What the fixture shows that others do not. */
  shows: string;
}

export const SITE_FIXTURES: SiteFixture[] = [
  {
    site: 'yelp',
    file: 'yelp/golden-spoon.html',
    url: 'https://www.yelp.com/biz/the-golden-spoon-bistro-austin',
    reviews: 8,
    status: 'ok',
    shows: '2024+ y-css classes, owner reply, "read more" permalink, Spanish review, noisy sidebar',
  },
  {
    site: 'yelp',
    file: 'yelp/salon-2023.html',
    url: 'https://www.yelp.com/biz/bella-nails-spa-san-francisco-2',
    reviews: 3,
    status: 'ok',
    shows: '2022–24 hashed classes (comment__09f24__gu0rG, five-stars__), M/D/Y dates, "Comment from … Business Owner", previous review',
  },
  {
    site: 'yelp',
    file: 'yelp/cafe-de.html',
    url: 'https://www.yelp.de/biz/caf%C3%A9-sonnenschein-berlin',
    reviews: 3,
    status: 'ok',
    shows: 'German UI: "Empfohlene Beiträge", "Sterne Bewertung", D.M.Y and long German dates, "Kommentar von … Geschäftsinhaber"',
  },
  {
    site: 'yelp',
    file: 'yelp/new-business.html',
    url: 'https://www.yelp.com/biz/tacos-el-rey-chicago',
    reviews: 0,
    status: 'no-reviews',
    shows: 'a business with no reviews yet',
  },
  {
    site: 'yelp',
    file: 'yelp/new-listing-fr.html',
    url: 'https://www.yelp.fr/biz/boulangerie-les-deux-moulins-paris',
    reviews: 0,
    status: 'no-reviews',
    shows:
      'a new listing in French: "Pas encore d’avis", "Soyez le premier à donner votre avis !", star ratings and a reviewer link of other businesses in the sidebar',
  },
  {
    site: 'google-maps',
    file: 'google-maps/restaurant-en.html',
    url: 'https://www.google.com/maps/place/The+Golden+Spoon+Bistro/@30.25,-97.75,17z/data=!4m8!3m7!1s0x8644b5a0a1b2c3d4:0x8e6273dccb2b7b1c!8m2!3d30.25!4d-97.75!9m1!1b1?entry=ttu',
    reviews: 6,
    status: 'ok',
    shows:
      'nested data-review-id buttons, trailing-space classes, "More", owner reply with its own "More", translation toggle, inline "(Translated by Google) … (Original)", star-only review, "ALMORET", lazy loading on scroll',
  },
  {
    site: 'google-maps',
    file: 'google-maps/hotel-en.html',
    url: 'https://www.google.com/maps/place/Riverside+Inn+%26+Suites/@30.25,-97.74,17z/data=!4m10!3m9!1s0x8644b5a1b2c3d4e5:0x1a2b3c4d5e6f7081!5m2!4m1!1i2!8m2!3d30.25!4d-97.74!9m1!1b1',
    reviews: 3,
    status: 'ok',
    shows: 'hotel: plain-text "4/5" ratings, "… on Google" / "… on Tripadvisor" dates, topic chips',
  },
  {
    site: 'google-maps',
    file: 'google-maps/cafe-ru.html',
    url: 'https://www.google.com/maps/place/%D0%9A%D0%B0%D1%84%D0%B5+%C2%AB%D0%9F%D1%83%D1%88%D0%BA%D0%B8%D0%BD%D1%8A%C2%BB/@55.76,37.6,17z/data=!4m8!3m7!1s0x46b54a50b315e573:0xa886bf5a3d9b2e68!8m2!3d55.76!4d37.6!9m1!1b1?hl=ru',
    reviews: 3,
    status: 'ok',
    shows: 'Russian UI: "5 звёзд", "2 недели назад", "Изменено: …", "Ответ владельца", "Ещё"',
  },
  {
    site: 'google-maps',
    file: 'google-maps/bar-es.html',
    url: 'https://www.google.es/maps/place/Bar+La+Tasca/@40.41,-3.7,17z/data=!4m8!3m7!1s0xd422628a1b2c3d4:0x5e6f7a8b9c0d1e2f!8m2!3d40.41!4d-3.7!9m1!1b1?hl=es',
    reviews: 3,
    status: 'ok',
    shows: 'Spanish UI: "4 estrellas", "hace 2 meses", "Respuesta del propietario", "1.527 reseñas"',
  },
  {
    site: 'google-maps',
    file: 'google-maps/bakery-de.html',
    url: 'https://www.google.de/maps/place/B%C3%A4ckerei+Sonnenschein/@52.52,13.4,17z/data=!4m7!3m6!1s0x47a84e373f035901:0x42120465b5e3b70!8m2!3d52.52!4d13.4?hl=de',
    reviews: 3,
    status: 'ok',
    shows: 'German UI: "5 Sterne", "vor 3 Monaten", "Antwort vom Inhaber"',
  },
  {
    site: 'google-maps',
    file: 'google-maps/bistro-fr.html',
    url: 'https://www.google.fr/maps/place/Le+Petit+Zinc/@48.85,2.33,17z/data=!4m8!3m7!1s0x47e671d877937b0f:0x2b3c4d5e6f708192!8m2!3d48.85!4d2.33!9m1!1b1?hl=fr',
    reviews: 3,
    status: 'ok',
    shows: 'French UI: "5 étoiles", "il y a 2 mois", "Réponse du propriétaire", narrow no-break spaces in counts',
  },
  {
    site: 'google-maps',
    file: 'google-maps/teahouse-zh.html',
    url: 'https://www.google.com.tw/maps/place/%E8%80%81%E5%9C%B0%E6%96%B9%E8%8C%B6%E9%A4%A8/@25.03,121.56,17z/data=!4m6!3m5!1s0x3442abb6da9c9e1f:0x1e2f3a4b5c6d7e8f!8m2!3d25.03!4d121.56?hl=zh-TW',
    reviews: 3,
    status: 'ok',
    shows: 'Chinese UI: "5 顆星", "3 週前", "擁有者的回應", Traditional and Simplified texts',
  },
  {
    site: 'google-maps',
    file: 'google-maps/limited-view.html',
    url: 'https://www.google.com/maps/place/The+Golden+Spoon+Bistro/@30.25,-97.75,17z/data=!4m6!3m5!1s0x8644b5a0a1b2c3d4:0x8e6273dccb2b7b1c!8m2!3d30.25!4d-97.75',
    reviews: 0,
    status: 'limited-view',
    shows: 'the signed-out "limited view" (February 2026): no Reviews tab',
  },
  {
    site: 'google-maps',
    file: 'google-maps/no-reviews.html',
    url: 'https://www.google.com/maps/place/Nail+Studio+Aurora/@30.26,-97.74,17z/data=!4m6!3m5!1s0x8644b5a9a8b7c6d5:0x7a6b5c4d3e2f1a0b!8m2!3d30.26!4d-97.74',
    reviews: 0,
    status: 'no-reviews',
    shows: 'a place with no reviews yet',
  },
  {
    site: 'google-maps',
    file: 'google-maps/new-place-no-tab.html',
    url: 'https://www.google.com/maps/place/Trattoria+Lucia/@30.256,-97.72,17z/data=!4m6!3m5!1s0x8644b5c1d2e3f4a5:0x7b1e4c2a9d3f6e81!8m2!3d30.256!4d-97.72?entry=ttu',
    reviews: 0,
    status: 'no-reviews',
    shows:
      'a new place with no Reviews tab at all (Overview and About only), "No reviews", an empty "Rate and review" box, other places\' stars and counts under "People also search for"',
  },
  {
    site: 'google-maps',
    file: 'google-maps/hotel-half-loaded.html',
    url: 'https://www.google.com/maps/place/Riverside+Inn+%26+Suites/@30.25,-97.74,17z/data=!4m10!3m9!1s0x8644b5a1b2c3d4e5:0x1a2b3c4d5e6f7081!8m2!3d30.25!4d-97.74',
    reviews: 0,
    status: 'reviews-not-open',
    shows: 'a half-loaded hotel panel: rating present, no Reviews tab yet',
  },
  {
    site: 'google-maps',
    file: 'google-maps/trattoria-histogram.html',
    url: 'https://www.google.com/maps/place/Trattoria+Da+Enzo/@30.25,-97.75,17z/data=!4m8!3m7!1s0x8644b5a0a1b2c3d5:0x1f2e3d4c5b6a7980!8m2!3d30.25!4d-97.75!9m1!1b1?entry=ttu',
    reviews: 6,
    status: 'ok',
    shows: 'histogram rows and the "2,314 reviews" button carry jsaction="…reviewChart.moreReviews", the header does not',
  },
  {
    site: 'tripadvisor',
    file: 'tripadvisor/restaurant-en.html',
    url: 'https://www.tripadvisor.com/Restaurant_Review-g30196-d1234567-Reviews-The_Golden_Spoon_Bistro-Austin_Texas.html',
    reviews: 3,
    status: 'ok',
    shows: 'reviewCard layout, SVG "N of 5 bubbles", "Written …", "Read more", management response, disclaimers, visit-date line',
  },
  {
    site: 'tripadvisor',
    file: 'tripadvisor/hotel-en.html',
    url: 'https://www.tripadvisor.com/Hotel_Review-g30196-d223344-Reviews-Riverside_Inn_Suites-Austin_Texas.html',
    reviews: 3,
    status: 'ok',
    shows: 'hotel HR_CC_CARD layout, legacy bubble_40 spans, "<Name> wrote a review Mar 2024", "Date of stay", sub-ratings, claimed-listing text in the H1',
  },
  {
    site: 'tripadvisor',
    file: 'tripadvisor/attraction-legacy.html',
    url: 'https://www.tripadvisor.com/Attraction_Review-g30196-d7654321-Reviews-Lady_Bird_Lake_Kayak_Tours-Austin_Texas.html',
    reviews: 2,
    status: 'ok',
    shows: 'the 2020–21 layout: review-container, ratingDate title, partial_entry with "More", mgrRspnInline',
  },
  {
    site: 'tripadvisor',
    file: 'tripadvisor/restaurant-ru.html',
    url: 'https://www.tripadvisor.ru/Restaurant_Review-g298484-d2344321-Reviews-Cafe_Pushkin-Moscow_Central_Russia.html',
    reviews: 2,
    status: 'ok',
    shows: 'Russian UI: "5,0 из 5 кружков", "Написано …", "Ответ от …", "Ответ получен …"',
  },
  {
    site: 'booking',
    file: 'booking/property-dialog-en.html',
    url: 'https://www.booking.com/hotel/fr/le-petit-marais.en-gb.html?aid=304142&checkin=2026-12-04&checkout=2026-12-06#tab-reviews',
    reviews: 7,
    status: 'ok',
    shows:
      'property page with the reviews dialog open: review-card testids under hashed classes, liked/disliked parts with screen-reader labels, 10-point scores, a response cut at "Continue reading", a score-only review, sub-scores, the score filter\'s bands, a featured-review carousel that is not a card',
  },
  {
    site: 'booking',
    file: 'booking/reviewlist-legacy.html',
    url: 'https://www.booking.com/reviewlist.en-gb.html?aid=304142&cc1=fr&pagename=le-petit-marais&type=total&offset=10&rows=10',
    reviews: 4,
    status: 'ok',
    shows:
      'the server-rendered review list: li.review_list_new_item_block, bui-avatar-block, two c-review-block__date lines (stay and review), lang on each part, "Property response:", "There are no comments available", the same property as the dialog page',
  },
  {
    site: 'booking',
    file: 'booking/property-dialog-de.html',
    url: 'https://www.booking.com/hotel/de/haus-am-see-berlin.de.html',
    reviews: 5,
    status: 'ok',
    shows:
      'German UI: "Bewertet am: 3. Oktober 2025", "Bewertet mit 9,0", "Antwort der Unterkunft:", "Weiterlesen", decimal commas in scores and sub-scores, reviews in four languages',
  },
  {
    site: 'booking',
    file: 'booking/property-empty-shell.html',
    url: 'https://www.booking.com/hotel/es/hostal-la-plaza.es.html',
    reviews: 0,
    status: 'reviews-not-open',
    shows: 'Spanish UI, the reviews dialog open on an empty shell (skeleton loaders, about one render in six): "reviews not open", never "no reviews"',
  },
  {
    site: 'trustpilot',
    file: 'trustpilot/shop-en.html',
    url: 'https://www.trustpilot.com/review/www.partshub.co.uk',
    reviews: 4,
    status: 'ok',
    shows:
      'English page with __NEXT_DATA__ (businessUnit, reviews[] with the whole text of a card cut with "See more"), CSS-module classes, data-service-review-* attributes, "Date of experience" lines, a company reply, ld+json AggregateRating',
  },
  {
    site: 'trustpilot',
    file: 'trustpilot/repair-de.html',
    url: 'https://de.trustpilot.com/review/handyreparatur-schmidt.de',
    reviews: 4,
    status: 'ok',
    shows:
      'German UI on de.trustpilot.com without __NEXT_DATA__: "Mit 4 von 5 Sternen bewertet", "Vor 6 Tagen", "Datum der Erfahrung", "Antwort von …", decimal comma in the TrustScore, reviews in German, Russian and French',
  },
  {
    site: 'trustpilot',
    file: 'trustpilot/delivery-replies.html',
    url: 'https://uk.trustpilot.com/review/quickparcel.co.uk?page=2',
    reviews: 4,
    status: 'ok',
    shows: 'page 2 on uk.trustpilot.com, the 2026 service-review-card-v2 wrapper, two company replies with their dates, Spanish and Chinese reviews',
  },
  {
    site: 'trustpilot',
    file: 'trustpilot/verifying.html',
    url: 'https://www.trustpilot.com/review/www.partshub.co.uk?page=3',
    reviews: 0,
    status: 'blocked',
    shows: 'the AWS WAF "Verifying your connection" page in place of the business page: blocked, never "no reviews"',
  },
  {
    site: 'tripadvisor',
    file: 'tripadvisor/hotel-de.html',
    url: 'https://www.tripadvisor.de/Hotel_Review-g187323-d199154-Reviews-Hotel_Adlon_Kempinski-Berlin.html',
    reviews: 3,
    status: 'ok',
    shows:
      'German UI: the claimed-listing label glued to the name in the H1, "von 5 Blasen", "Verfasst am …", "Antwort von …", an Italian and an English review under the de-DE locale, a whole text clamped by CSS behind "Mehr anzeigen", a cut one',
  },
  {
    site: 'yandex-maps',
    file: 'yandex-maps/coffee-ru.html',
    url: 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/',
    reviews: 5,
    status: 'ok',
    shows:
      'reviews tab: script.state-view with ids, whole texts and replies that are not in the DOM ("Посмотреть ответ организации"), texts cut with "…" and "Ещё", "14 ноября" / "вчера" / "сегодня" / "4 сентября 2025", "2 034 оценки" vs "1 246 отзывов", photo strip, likes, aspect chips, the rate-this-place widget, more reviews on scrolling the side panel',
  },
  {
    site: 'yandex-maps',
    file: 'yandex-maps/salon-kz.html',
    url: 'https://yandex.kz/maps/org/salon_krasoty_aru/2345678901/',
    reviews: 3,
    status: 'ok',
    shows:
      'organisation page with reviews open, no state-view: cards only, replies opened in the DOM (bubble with its date), a text cut with "…", changed BEM modifiers',
  },
  {
    site: 'yandex-maps',
    file: 'yandex-maps/cafe-en.html',
    url: 'https://yandex.com/maps/org/golden_horn_cafe/123456789012/reviews/',
    reviews: 3,
    status: 'ok',
    shows: 'English UI (yandex.com): "Rating 4 out of 5", "November 14", "yesterday", "More", "See organization\'s response", a Russian review',
  },
  {
    site: 'yandex-maps',
    file: 'yandex-maps/restaurant-tr.html',
    url: 'https://yandex.com.tr/maps/org/kosk_restoran/98765432101/reviews/',
    reviews: 3,
    status: 'ok',
    shows:
      'Turkish UI (yandex.com.tr): "14 Kasım", "dün", "4 Eylül 2025", "Diğer", "İşletmenin yanıtını gör", "3.417 değerlendirme", a reply time with a +03:00 offset',
  },
  {
    site: 'yandex-maps',
    file: 'yandex-maps/captcha.html',
    url: 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/?ll=37.628%2C55.741&z=17',
    reviews: 0,
    status: 'blocked',
    shows: 'SmartCaptcha: "Подтвердите, что запросы отправляли вы"',
  },
  {
    site: '2gis',
    file: '2gis/coffee-ru.html',
    url: 'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews',
    reviews: 4,
    status: 'ok',
    shows:
      'hashed classes of the December 2025 build, initialState (JS-escaped JSON.parse string) with ids, exact dates with +03:00 offsets, official replies whole (cut at 100 characters + "…" on the page), the org id, a review of another branch in the state, "Читать целиком" over CSS-clamped whole texts, a Flamp review, "Загрузить ещё"',
  },
  {
    site: '2gis',
    file: '2gis/clinic-kz.html',
    url: 'https://2gis.kz/almaty/firm/70000001027654321/tab/reviews',
    reviews: 3,
    status: 'ok',
    shows:
      'another build (other hashes), a state with the header only: every review field from the cards, a reply cut at 100 characters, "вчера", "3 дня назад"',
  },
  {
    site: '2gis',
    file: '2gis/barbershop-spb.html',
    url: 'https://2gis.ru/spb/firm/5348552838567890/tab/reviews',
    reviews: 3,
    status: 'ok',
    shows: 'no embedded state at all, no org id on the page, a text the page itself cut with "…", "14 ноября" without a year, a lang attribute on one text',
  },
  {
    site: '2gis',
    file: '2gis/new-firm-ru.html',
    url: 'https://2gis.ru/spb/firm/5348552838601234/tab/reviews',
    reviews: 0,
    status: 'no-reviews',
    shows: 'a new firm\'s reviews tab: "Нет оценок", "Пока нет отзывов", the empty "Оцените это место" stars, nearby firms with their ratings',
  },
  {
    site: '2gis',
    file: '2gis/captcha.html',
    url: 'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews?m=37.63%2C55.76%2F17',
    reviews: 0,
    status: 'blocked',
    shows: 'the captcha page ("Подтвердите, что вы не робот")',
  },
  {
    site: 'yelp',
    file: 'yelp/redesign-de.html',
    url: 'https://www.yelp.de/biz/caf%C3%A9-sonnenschein-berlin?osq=Caf%C3%A9',
    reviews: 0,
    status: 'layout-changed',
    shows:
      'cafe-de.html redesigned: reviewer links, passports and comment classes renamed, the list section without label or id; the header still says "(213 Beiträge)"',
  },
  {
    site: 'google-maps',
    file: 'google-maps/redesign-zh.html',
    url: 'https://www.google.com.tw/maps/place/%E8%80%81%E5%9C%B0%E6%96%B9%E8%8C%B6%E9%A4%A8/@25.03,121.56,17z/data=!4m6!3m5!1s0x3442abb6da9c9e1f:0x1e2f3a4b5c6d7e8f!8m2!3d25.03!4d121.56?hl=zh-TW&entry=ttu',
    reviews: 0,
    status: 'layout-changed',
    shows:
      'teahouse-zh.html redesigned: data-review-id, card classes, tab indexes and the reviews header hooks gone; the selected tab still says 評論 and the header "1,083 則評論"',
  },
  {
    site: 'tripadvisor',
    file: 'tripadvisor/redesign-ru.html',
    url: 'https://www.tripadvisor.ru/Restaurant_Review-g298484-d2344321-Reviews-Cafe_Pushkin-Moscow_Central_Russia.html?m=19905',
    reviews: 0,
    status: 'layout-changed',
    shows: 'restaurant-ru.html redesigned: reviewCard, profile links and review body/title hooks renamed; the header still says "Отзывов: 15 320"',
  },
  {
    site: 'booking',
    file: 'booking/redesign-en.html',
    url: 'https://www.booking.com/hotel/fr/le-petit-marais.en-gb.html?aid=304142&checkin=2026-12-04&checkout=2026-12-06&selected_currency=EUR#tab-reviews',
    reviews: 0,
    status: 'layout-changed',
    shows:
      'property-dialog-en.html redesigned: every review-* test id in the cards renamed, the dialog with its list container and pager still open: a redesign, not "reviews not open"',
  },
  {
    site: 'trustpilot',
    file: 'trustpilot/redesign-de.html',
    url: 'https://de.trustpilot.com/review/handyreparatur-schmidt.de?languages=all',
    reviews: 0,
    status: 'layout-changed',
    shows: 'repair-de.html redesigned: card, consumer, rating, text and date hooks renamed; the header still gives the count',
  },
  {
    site: 'yandex-maps',
    file: 'yandex-maps/redesign-tr.html',
    url: 'https://yandex.com.tr/maps/org/kosk_restoran/98765432101/reviews/?ll=28.97%2C41.01&z=16',
    reviews: 0,
    status: 'layout-changed',
    shows: 'restaurant-tr.html redesigned: review microdata dropped, business-review-view classes renamed; the reviews tab still open with its count',
  },
  {
    site: '2gis',
    file: '2gis/redesign-kz.html',
    url: 'https://2gis.kz/almaty/firm/70000001027654321/tab/reviews?m=76.9%2C43.2%2F16',
    reviews: 0,
    status: 'layout-changed',
    shows: 'clinic-kz.html redesigned: review stars drawn in CSS instead of five SVGs, so no card is found; the Отзывы tab still says 512',
  },
];
