/**
 * `planCapture` with the second match: a Yandex Maps / 2GIS review captured under its other key
 * (the site's id from the page's state, or its card's hash) is merged into the stored record, its
 * owner's state kept, nothing alerted or counted again. Pure: the stored state is given.
 */
import { describe, expect, it } from 'vitest';
import { planCapture, visitAlertId, type CapturePlan, type IngestInput, type StoredState } from '@/utils/store/ingest-plan';
import type { BusinessRecord, ReviewRecord } from '@/utils/store/schema';
import type { CapturedReview } from '@/utils/sites/types';
import { DAY, HOUR } from '@/utils/time';
import { business, ingestInput } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const YANDEX = business({ siteBusinessId: '1018907821', name: 'Кофейня «Брусника»', url: 'https://yandex.ru/maps/org/kofeynya_brusnika/1018907821/reviews/' });
const TIMUR_AT = T0 + 2 * DAY - 3 * HOUR;
const TIMUR_TEXT =
  'Раньше ходил каждый день, но последние месяцы качество упало: кофе кислый, стаканы протекают, а в зале грязно. Надеюсь, вернут прежнюю команду.';

/** Тимур's 2★ as the state gives it, and as a card loaded by scrolling shows it. */
const timurState: CapturedReview = {
  siteReviewId: 'Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9',
  author: 'Тимур Ахметов',
  rating: 2,
  text: TIMUR_TEXT,
  truncated: false,
  lang: 'ru',
  dateText: 'вчера',
  publishedAt: TIMUR_AT,
  datePrecision: 'exact',
};
const timurCard: CapturedReview = {
  siteReviewId: 'h-x3hvyn8own',
  author: 'Тимур Ахметов',
  rating: 2,
  text: 'Раньше ходил каждый день, но последние месяцы качество упало: кофе кислый, стаканы протекают…',
  truncated: true,
  dateText: 'вчера',
  publishedAt: TIMUR_AT,
  datePrecision: 'exact',
};
const olgaState: CapturedReview = {
  siteReviewId: 'Mm7Nn0Bb3Vv6Cc9Xx2Zz5Ll8Kk1Jj4',
  author: 'Ольга Воронова',
  rating: 4,
  text: 'Уютно, вкусные десерты, но музыка слишком громкая — разговаривать трудно. Цены чуть выше среднего по району.',
  truncated: false,
  publishedAt: T0 - 60 * DAY,
  datePrecision: 'exact',
};

function input(reviews: CapturedReview[], visitId: string, now: number): IngestInput {
  return ingestInput(reviews, { site: 'yandex-maps', business: YANDEX, visitId, now });
}

/** The stored state for a capture, the second match's candidates given per review (what the index would return). */
function state(businessRecord: BusinessRecord, reviews: Array<ReviewRecord | undefined>, sameFingerprint?: Array<ReviewRecord[] | undefined>): StoredState {
  return { business: businessRecord, anyMine: true, reviews, sameFingerprint };
}

/** A first visit's baseline, then an alerting second visit where the card alone shows Тимур: his record alerted and unread. */
function alertedFromCard(): { first: CapturePlan; second: CapturePlan; record: ReviewRecord } {
  const first = planCapture(input([olgaState], 'v1', T0), { anyMine: false, reviews: [undefined] });
  const mine = { ...first.business, role: 'mine' as const };
  const second = planCapture(input([timurCard], 'v2', T0 + 2 * DAY), state(mine, [undefined], [[]]));
  return { first, second: { ...second, business: mine }, record: second.reviewPuts[0]! };
}

describe('a review seen first as a card, then in the state', () => {
  it('moves to the site\'s id, keeps its alert, its unread mark and "done", is completed, and counts nothing twice', () => {
    const { second, record } = alertedFromCard();
    expect(second.alert?.reviewKeys).toEqual(['yandex-maps:h-x3hvyn8own']);
    expect(record).toMatchObject({ alertState: 'alerted', unread: 1, truncated: true });
    const owned: ReviewRecord = { ...record, done: 1 };
    const later = T0 + 9 * DAY;
    const plan = planCapture(input([timurState], 'v3', later), state(second.business, [undefined], [[owned]]));
    expect(plan.added).toBe(0);
    expect(plan.alert).toBeUndefined();
    expect(plan.rekeys).toEqual([{ from: 'yandex-maps:h-x3hvyn8own', to: 'yandex-maps:Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9' }]);
    expect(plan.reviewPuts).toHaveLength(1);
    const moved = plan.reviewPuts[0]!;
    expect(moved).toMatchObject({
      key: 'yandex-maps:Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9',
      siteReviewId: 'Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9',
      text: TIMUR_TEXT,
      truncated: false,
      alertState: 'alerted',
      unread: 1,
      done: 1,
      firstSeenAt: record.firstSeenAt,
    });
    // A completion, not an edit: no earlier version.
    expect(moved.history).toBeUndefined();
    // Same stars, same day, still negative and unread: nothing to add to the counts.
    for (const [field, value] of Object.entries(plan.counts?.aggregate ?? {})) {
      if (field === 'ratingCounts') expect(value).toEqual([0, 0, 0, 0, 0]);
      else expect(value, field).toBe(0);
    }
  });

  it("rewrites the visit's own alert when that alert named the card's key and another negative joins it", () => {
    const { second, record } = alertedFromCard();
    const visitAlert = second.alert!;
    const dmitry: CapturedReview = {
      ...timurState,
      siteReviewId: 'Qm3Np8',
      author: 'Дмитрий К.',
      rating: 1,
      text: 'Ждал сорок минут, сырники подгоревшие, администратор нагрубил.',
    };
    // The same visit goes on: the page's state now holds both.
    const plan = planCapture(input([timurState, dmitry], 'v2', T0 + 2 * DAY + 60_000), {
      ...state(second.business, [undefined, undefined], [[record], []]),
      visitAlert,
    });
    expect(plan.alert?.id).toBe(visitAlertId(second.businessKey, 'v2'));
    expect(plan.alert?.reviewKeys).toEqual(['yandex-maps:Zt5Yu8Ii2Oo6Pp1Aa4Ss7Dd0Ff3Gg9', 'yandex-maps:Qm3Np8']);
  });
});

describe('a review seen first in the state, then as a card', () => {
  it("stays under the site's id with its whole text; nothing is added, alerted or counted", () => {
    const { second } = alertedFromCard();
    const fromState = planCapture(input([olgaState], 'v9', T0 + 3 * DAY), state(second.business, [undefined], [[]])).reviewPuts[0]!;
    const card: CapturedReview = {
      ...olgaState,
      siteReviewId: 'h-2k4m6n8p0q',
      text: 'Уютно, вкусные десерты, но музыка слишком громкая — разговаривать…',
      truncated: true,
    };
    const plan = planCapture(input([card], 'v10', T0 + 4 * DAY), state(second.business, [undefined], [[fromState]]));
    expect(plan).toMatchObject({ added: 0, rekeys: [] });
    expect(plan.alert).toBeUndefined();
    expect(plan.counts).toBeUndefined();
    // Unchanged and seen a day ago: nothing to write.
    expect(plan.reviewPuts).toEqual([]);
  });
});

describe('look-alikes stay apart', () => {
  const anna: CapturedReview = {
    siteReviewId: 'Wq4Er7',
    author: 'Анна',
    rating: 5,
    text: 'Всё отлично',
    truncated: false,
    publishedAt: T0 - 13 * DAY,
    datePrecision: 'exact',
  };

  it('another "Анна" writing "Всё отлично" later is a new review', () => {
    const { second } = alertedFromCard();
    const stored = planCapture(input([anna], 'v4', T0 + 3 * DAY), state(second.business, [undefined], [[]])).reviewPuts[0]!;
    const other: CapturedReview = { ...anna, siteReviewId: 'h-1b9rau9jjvx', publishedAt: T0 + 4 * DAY - 2 * HOUR };
    const plan = planCapture(input([other], 'v5', T0 + 4 * DAY), state(second.business, [undefined], [[stored]]));
    expect(plan.added).toBe(1);
    expect(plan.reviewPuts[0]?.key).toBe('yandex-maps:h-1b9rau9jjvx');
    expect(plan.counts?.aggregate.total).toBe(1);
  });

  it('a card with the same author and text start but other stars is a new review, and one the capture names by key is never taken twice', () => {
    const { second, record } = alertedFromCard();
    const otherStars = planCapture(input([{ ...timurState, rating: 3 }], 'v6', T0 + 5 * DAY), state(second.business, [undefined], [[record]]));
    expect(otherStars).toMatchObject({ added: 1, rekeys: [] });
    // The card itself and, in the same capture, a state entry that would match it: the card keeps its record.
    const both = planCapture(input([timurCard, timurState], 'v7', T0 + 5 * DAY), state(second.business, [record, undefined], [undefined, [record]]));
    expect(both).toMatchObject({ added: 1, rekeys: [] });
  });
});
