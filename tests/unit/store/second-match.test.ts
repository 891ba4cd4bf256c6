/**
 * The second match's rule (`utils/store/second-match.ts`): when a Yandex Maps or 2GIS review read
 * from its card (hashed id) and the same review read from the page's embedded state (the site's
 * id) are one review, and when two look-alike reviews are two.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintOf, mismatch, pickSecondMatch, type MatchFacts } from '@/utils/store/second-match';
import { DAY, HOUR } from '@/utils/time';

const T = Date.UTC(2026, 10, 14, 8, 36, 28);
const WHOLE =
  'Лучшая кофейня на Пятницкой. Капучино на альтернативном молоке без горечи, круассаны утром ещё тёплые.\nБариста Миша помнит, кто что пьёт, и всегда подскажет новое зерно.';

/** The review as the state gives it. */
const fromState: MatchFacts = {
  siteReviewId: 'Ah7Kq2mZp9XwL4cR8tN1vB6yD3fG5s',
  author: 'Анна Смирнова',
  text: WHOLE,
  rating: 5,
  publishedAt: T,
  datePrecision: 'exact',
};
/** The same review as a card loaded by scrolling shows it: cut with "…", other spacing, its own hashed id. */
const fromCard: MatchFacts = {
  siteReviewId: 'h-1ls3mgnuqo7',
  author: 'Анна Смирнова',
  text: 'Лучшая кофейня на Пятницкой.  Капучино на альтернативном молоке без горечи, круассаны утром ещё тёплые. Бариста Миша помнит…',
  rating: 5,
  publishedAt: T,
  datePrecision: 'exact',
};

describe('the fingerprint', () => {
  it('is the same for the state and the card: spacing, line breaks, the "…" / "Ещё" cut, case, "ё" and punctuation aside', () => {
    expect(fingerprintOf(fromState)).toBe('аннасмирнова|лучшаякофейнянапятницкойкапучино');
    expect(fingerprintOf(fromCard)).toBe(fingerprintOf(fromState));
    expect(fingerprintOf({ author: 'Дмитрий К.', text: 'Заказал раф… Ещё' })).toBe(fingerprintOf({ author: 'дмитрий к', text: 'Заказал раф' }));
    expect(fingerprintOf({ author: 'Пётр', text: 'Всё отлично!' })).toBe(fingerprintOf({ author: 'Петр', text: 'Все отлично' }));
  });

  it('differs for another author or another text start', () => {
    expect(fingerprintOf({ ...fromState, author: 'Анна Смирнова-Ким' })).not.toBe(fingerprintOf(fromState));
    expect(fingerprintOf({ ...fromState, text: 'Худшая кофейня на Пятницкой.' })).not.toBe(fingerprintOf(fromState));
  });
});

describe('the rule', () => {
  it('merges a card and the state entry of the same review, in either order', () => {
    expect(mismatch(fromState, fromCard)).toBeNull();
    expect(mismatch(fromCard, fromState)).toBeNull();
  });

  it('merges a 2GIS card whose shown date ("14 ноября", a day) is hours off the exact time', () => {
    const card: MatchFacts = { ...fromCard, text: WHOLE.replace('\n', ' '), publishedAt: Date.UTC(2026, 10, 13, 21), datePrecision: 'day' };
    expect(mismatch(fromState, card)).toBeNull();
  });

  it('never merges two ids the site gave, nor two different card hashes', () => {
    expect(mismatch(fromState, { ...fromState, siteReviewId: 'Qm3Np8Lr2Ks7Jt1Hv6Gw4Fx9Dy5Cz0' })).toBe('same kind of key');
    expect(mismatch(fromCard, { ...fromCard, siteReviewId: 'h-x3hvyn8own' })).toBe('same kind of key');
  });

  it('refuses another author, other stars, another title, a text that parts ways, dates too far apart', () => {
    expect(mismatch(fromState, { ...fromCard, author: 'Анна С.' })).toBe('author');
    expect(mismatch(fromState, { ...fromCard, rating: 4 })).toBe('rating');
    expect(mismatch(fromState, { ...fromCard, rating: undefined })).toBe('rating');
    expect(mismatch(fromState, { ...fromCard, title: 'Кофе' })).toBe('title');
    // The same first 32 letters (the same index entry), then another review.
    expect(mismatch(fromState, { ...fromCard, text: 'Лучшая кофейня на Пятницкой. Капучино отличный, а вот десерты не понравились.' })).toBe('text');
    expect(mismatch(fromState, { ...fromCard, publishedAt: T + 3 * DAY })).toBe('date');
    expect(mismatch(fromState, { ...fromCard, publishedAt: T - 40 * DAY, datePrecision: 'month' })).toBe('date');
    // A month-precise estimate ("a month ago") may be weeks off.
    expect(mismatch(fromState, { ...fromCard, publishedAt: T - 20 * DAY, datePrecision: 'month' })).toBeNull();
  });

  it('keeps two short reviews of two "Анна"s apart, even with the same stars and day, unless their exact times are the same', () => {
    const a: MatchFacts = {
      siteReviewId: 'Wq4Er7Ty1Ui5Op8As2Df6Gh9Jk3Lz0',
      author: 'Анна',
      text: 'Всё отлично',
      rating: 5,
      publishedAt: T,
      datePrecision: 'exact',
    };
    const sameDay: MatchFacts = {
      siteReviewId: 'h-1b9rau9jjvx',
      author: 'Анна',
      text: 'Всё отлично!',
      rating: 5,
      publishedAt: T + 5 * HOUR,
      datePrecision: 'exact',
    };
    expect(fingerprintOf(a)).toBe(fingerprintOf(sameDay));
    expect(mismatch(a, sameDay)).toBe('text too short');
    expect(mismatch(a, { ...sameDay, publishedAt: Date.UTC(2026, 10, 14), datePrecision: 'day' })).toBe('text too short');
    expect(mismatch(a, { ...sameDay, publishedAt: undefined })).toBe('text too short');
    // Yandex's cards carry the exact `datePublished`: the very same second is the same posting.
    expect(mismatch(a, { ...sameDay, publishedAt: T })).toBeNull();
    // So is a review with stars and no text at all.
    expect(mismatch({ ...a, text: '' }, { ...sameDay, text: '', publishedAt: T + 20_000 })).toBeNull();
  });
});

describe('picking the stored review', () => {
  const stored = { ...fromState, key: `yandex-maps:${fromState.siteReviewId}` };

  it('takes the only stored review that passes', () => {
    const other = { ...fromState, key: 'yandex-maps:Zt5', siteReviewId: 'Zt5', rating: 2 };
    expect(pickSecondMatch(fromCard, [other, stored], new Set())).toBe(stored);
  });

  it('takes none when two could be the one, or when this capture already names it by its key', () => {
    const twin = { ...stored, key: 'yandex-maps:Xx9', siteReviewId: 'Xx9' };
    expect(pickSecondMatch(fromCard, [stored, twin], new Set())).toBeUndefined();
    expect(pickSecondMatch(fromCard, [stored], new Set([stored.key]))).toBeUndefined();
    expect(pickSecondMatch(fromCard, [], new Set())).toBeUndefined();
  });
});
