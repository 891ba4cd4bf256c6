/**
 * The second match through IndexedDB (fake-indexeddb): Yandex Maps and 2GIS reviews captured
 * through the page's state and as scrolled cards, in both orders, end as one record each, with
 * one alert, the owner's read and done marks kept and the maintained counts equal to a recount.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dayOf } from '@/utils/reputation/buckets';
import type { CapturedReview } from '@/utils/sites/types';
import { applyToAggregate, applyToDay, emptyAggregate } from '@/utils/store/contributions';
import type { SentinelDatabase } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { countUnread, markAlertShown, markRead, reviewsOfBusiness, setBusinessRole, setReviewDone } from '@/utils/store/queries';
import type { DayRecord } from '@/utils/store/schema';
import { DAY, HOUR } from '@/utils/time';
import { freshDb } from '../../support/db';
import { business, ingestInput } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const YANDEX = business({ siteBusinessId: '1018907821', name: 'Кофейня «Брусника»', url: 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/' });
const YANDEX_KEY = 'yandex-maps:1018907821';
const TWO_GIS = business({ siteBusinessId: '70000001018123456', name: 'Кофейня «Зёрна»', url: 'https://2gis.ru/moscow/firm/70000001018123456/tab/reviews' });
const TWO_GIS_KEY = '2gis:70000001018123456';

const emily: CapturedReview = {
  siteReviewId: 'Hh2Jj5Kk8Ll1Zz4Xx7Cc0Vv3Bb6Nn9',
  author: 'Emily Carter',
  rating: 4,
  text: 'Lovely little place near the metro. The flat white was excellent and the staff switched to English without any fuss.',
  truncated: false,
  lang: 'en',
  publishedAt: T0 - 40 * DAY,
  datePrecision: 'exact',
};
const timurAt = T0 + 2 * DAY - 5 * HOUR;
const timurCard: CapturedReview = {
  siteReviewId: 'h-x3hvyn8own',
  author: 'Тимур Ахметов',
  rating: 2,
  text: 'Раньше ходил каждый день, но последние месяцы качество упало: кофе кислый, стаканы протекают…',
  truncated: true,
  dateText: 'сегодня',
  publishedAt: timurAt,
  datePrecision: 'exact',
};
const timurState: CapturedReview = {
  ...timurCard,
  siteReviewId: 'Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9',
  text: 'Раньше ходил каждый день, но последние месяцы качество упало: кофе кислый, стаканы протекают, а в зале грязно. Надеюсь, вернут прежнюю команду, пока ставлю два.',
  truncated: false,
  lang: 'ru',
  dateText: 'вчера',
};

let db: SentinelDatabase;
beforeEach(async () => {
  db = await freshDb();
});

function capture(site: 'yandex-maps' | '2gis', visitId: string, now: number, reviews: CapturedReview[]) {
  return ingestCapture(db, ingestInput(reviews, { site, business: site === '2gis' ? TWO_GIS : YANDEX, visitId, now }));
}

async function expectCountsEqualRecount(businessKey: string): Promise<void> {
  const reviews = await reviewsOfBusiness(db, businessKey);
  expect(await db.get('aggregates', businessKey)).toEqual(reviews.reduce((a, r) => applyToAggregate(a, r, 1), emptyAggregate(businessKey)));
  const days = new Map<number, DayRecord>();
  for (const r of reviews) days.set(dayOf(r.at), applyToDay(days.get(dayOf(r.at)), r, 1));
  const stored = await db.getAll('days', IDBKeyRange.bound([businessKey, -Infinity], [businessKey, Infinity]));
  expect(stored.map((d) => d.day).sort()).toEqual([...days.keys()].sort());
  for (const d of stored) expect(d.count).toBe(days.get(d.day)!.count);
}

/** The Yandex baseline, the business marked mine, then Тимур's 2★ seen only as a scrolled card: alerted. */
async function alertedAsCard(): Promise<string> {
  await capture('yandex-maps', 'v1', T0, [emily]);
  await setBusinessRole(db, YANDEX_KEY, 'mine');
  const second = await capture('yandex-maps', 'v2', T0 + 2 * DAY, [timurCard]);
  expect(second).toMatchObject({ added: 1 });
  expect(second.alert?.reviewKeys).toEqual(['yandex-maps:h-x3hvyn8own']);
  await markAlertShown(db, second.alert!.id, T0 + 2 * DAY + 500);
  return second.alert!.id;
}

describe('Yandex Maps: a review seen as a card, then in the state, then as a card again', () => {
  it("is one record under the site's id, alerted once; its alert names that id, so opening the alert reads it", async () => {
    const alertId = await alertedAsCard();
    const third = await capture('yandex-maps', 'v3', T0 + 9 * DAY, [timurState, emily]);
    expect(third).toMatchObject({ added: 0 });
    expect(third.alert).toBeUndefined();
    const fourth = await capture('yandex-maps', 'v4', T0 + 12 * DAY, [timurCard]);
    expect(fourth).toMatchObject({ added: 0 });
    expect(fourth.alert).toBeUndefined();

    const reviews = await reviewsOfBusiness(db, YANDEX_KEY);
    expect(reviews.map((r) => r.key).sort()).toEqual(['yandex-maps:Hh2Jj5Kk8Ll1Zz4Xx7Cc0Vv3Bb6Nn9', 'yandex-maps:Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9']);
    expect(await db.get('reviews', 'yandex-maps:h-x3hvyn8own')).toBeUndefined();
    const timur = reviews.find((r) => r.author === 'Тимур Ахметов')!;
    expect(timur).toMatchObject({ text: timurState.text, truncated: false, alertState: 'alerted', unread: 1, lang: 'ru', firstSeenAt: T0 + 2 * DAY });
    expect(timur.history).toBeUndefined();
    const alerts = await db.getAll('alerts');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ id: alertId, reviewKeys: ['yandex-maps:Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9'], shownAt: T0 + 2 * DAY + 500 });
    expect(await countUnread(db)).toBe(1);
    expect(await db.get('aggregates', YANDEX_KEY)).toMatchObject({ total: 2, negatives: 1, unread: 1, unanswered: 1 });
    await expectCountsEqualRecount(YANDEX_KEY);
    // A click on the notification marks its reviews read (notifier.ts): the moved review is among them.
    expect(await markRead(db, YANDEX_KEY, alerts[0]!.reviewKeys)).toBe(1);
    expect(await countUnread(db)).toBe(0);
  });

  it('keeps the owner\'s "done" and read marks through the move', async () => {
    await alertedAsCard();
    await markRead(db, YANDEX_KEY, ['yandex-maps:h-x3hvyn8own']);
    expect(await setReviewDone(db, 'yandex-maps:h-x3hvyn8own', true)).toBe(true);
    await capture('yandex-maps', 'v3', T0 + 9 * DAY, [timurState]);
    const timur = (await db.get('reviews', 'yandex-maps:Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9'))!;
    expect(timur).toMatchObject({ done: 1, alertState: 'alerted' });
    expect(timur.unread).toBeUndefined();
    expect(await countUnread(db)).toBe(0);
    await expectCountsEqualRecount(YANDEX_KEY);
  });
});

describe('Yandex Maps: a review of the state later reachable only by scrolling', () => {
  it('stays one record with its whole text, quiet', async () => {
    await capture('yandex-maps', 'v1', T0, [emily]);
    await setBusinessRole(db, YANDEX_KEY, 'mine');
    const cut = {
      ...emily,
      siteReviewId: 'h-9zzq3k1mfa',
      text: 'Lovely little place near the metro. The flat white was excellent and the staff…',
      truncated: true,
      lang: undefined,
    };
    const later = await capture('yandex-maps', 'v2', T0 + 10 * DAY, [cut]);
    expect(later).toMatchObject({ added: 0, updated: 0 });
    const reviews = await reviewsOfBusiness(db, YANDEX_KEY);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ key: `yandex-maps:${emily.siteReviewId}`, text: emily.text, truncated: false, alertState: 'baseline' });
    await expectCountsEqualRecount(YANDEX_KEY);
  });

  it('two short "Всё отлично" by two "Анна"s, days apart, stay two reviews', async () => {
    const anna: CapturedReview = {
      siteReviewId: 'Wq4Er7Ty1Ui5Op8As2Df6Gh9Jk3Lz0',
      author: 'Анна',
      rating: 5,
      text: 'Всё отлично',
      truncated: false,
      publishedAt: T0 - 13 * DAY,
      datePrecision: 'exact',
    };
    await capture('yandex-maps', 'v1', T0, [anna]);
    const other: CapturedReview = { ...anna, siteReviewId: 'h-1b9rau9jjvx', text: 'Всё отлично!', publishedAt: T0 + 3 * DAY };
    expect(await capture('yandex-maps', 'v2', T0 + 4 * DAY, [other])).toMatchObject({ added: 1 });
    expect(await reviewsOfBusiness(db, YANDEX_KEY)).toHaveLength(2);
    await expectCountsEqualRecount(YANDEX_KEY);
  });
});

describe('2GIS: a review of the state later appended by "Загрузить ещё"', () => {
  it("is the same record: the card's other line breaks and shown date are no edit", async () => {
    const olga: CapturedReview = {
      siteReviewId: '153287946',
      author: 'Ольга Петрова',
      rating: 5,
      text: 'Хожу сюда почти каждое утро перед работой. Фильтр-кофе всегда разный, бариста рассказывает про зерно и обжарку.\nИз минусов — по утрам очередь.',
      truncated: false,
      publishedAt: Date.UTC(2026, 10, 8, 7, 12, 44),
      datePrecision: 'exact',
    };
    await capture('2gis', 'g1', T0, [olga]);
    const card: CapturedReview = {
      ...olga,
      siteReviewId: 'h-qkhwe5s44q',
      text: olga.text.replace('\n', ' '),
      dateText: '8 ноября',
      publishedAt: Date.UTC(2026, 10, 7, 21),
      datePrecision: 'day',
    };
    expect(await capture('2gis', 'g2', T0 + 6 * DAY, [card])).toMatchObject({ added: 0, updated: 0 });
    const reviews = await reviewsOfBusiness(db, TWO_GIS_KEY);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ key: '2gis:153287946', text: olga.text, publishedAt: olga.publishedAt, datePrecision: 'exact' });
    expect(reviews[0]!.history).toBeUndefined();
    await expectCountsEqualRecount(TWO_GIS_KEY);
  });
});
