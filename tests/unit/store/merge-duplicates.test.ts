/**
 * Merging the reviews version 2 stored twice (`utils/store/merge-duplicates.ts`), as pure
 * functions: which pairs merge, and what the one record keeps of both.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { contentHash } from '@/utils/store/ingest-plan';
import { mergeDuplicate, planDuplicateMerges } from '@/utils/store/merge-duplicates';
import type { ReviewRecord } from '@/utils/store/schema';
import { fingerprintOf } from '@/utils/store/second-match';
import { DAY, HOUR } from '@/utils/time';

const T = Date.UTC(2026, 10, 10, 9);
const WHOLE = 'Заказал раф и сырники, ждал 40 минут. Сырники подгоревшие, раф остыл. Больше не приду.';

function stored(siteReviewId: string, over: Partial<ReviewRecord> = {}): ReviewRecord {
  const text = over.text ?? WHOLE;
  const rating = over.rating ?? 1;
  const record: ReviewRecord = {
    key: `yandex-maps:${siteReviewId}`,
    businessKey: 'yandex-maps:1018907821',
    site: 'yandex-maps',
    siteReviewId,
    author: 'Дмитрий К.',
    rating,
    text,
    truncated: false,
    publishedAt: T - 20 * HOUR,
    datePrecision: 'exact',
    firstSeenAt: T,
    lastSeenAt: T,
    textHash: contentHash({ rating, text }),
    fingerprint: fingerprintOf({ author: 'Дмитрий К.', text }),
    analysis: analyzeReview({ text, rating, langHint: 'ru' }),
    at: T - 20 * HOUR,
    negative: 1,
    alertState: 'alerted',
    ...over,
  };
  return record;
}

const fromState = stored('Qm3Np8Lr2Ks7Jt1Hv6Gw4Fx9Dy5Cz0', { firstSeenAt: T + 7 * DAY, lastSeenAt: T + 7 * DAY, unread: 1 });
const fromCard = stored('h-x3hvyn8own', { text: 'Заказал раф и сырники, ждал 40 минут. Сырники подгоревшие…', truncated: true });

describe('which copies merge', () => {
  it("a card copy joins the one copy under the site's id", () => {
    const plan = planDuplicateMerges([fromState, fromCard]);
    expect(plan.rekeys).toEqual([{ from: fromCard.key, to: fromState.key }]);
    expect(plan.puts.map((r) => r.key)).toEqual([fromState.key]);
  });

  it('none when two copies under site ids could be the one, nor between two site ids, nor with other stars', () => {
    const twin = stored('Xx1Yy2Zz3', { firstSeenAt: T + 8 * DAY });
    expect(planDuplicateMerges([fromState, twin, fromCard]).rekeys).toEqual([]);
    expect(planDuplicateMerges([fromState, twin]).rekeys).toEqual([]);
    expect(planDuplicateMerges([fromState, { ...fromCard, rating: 2 }]).rekeys).toEqual([]);
  });
});

describe('what the merged record keeps', () => {
  it("the site's key, the whole text, the first sighting, the alert and the unread mark of an unread negative", () => {
    const merged = mergeDuplicate(fromState, { ...fromCard, unread: 1 });
    expect(merged).toMatchObject({
      key: fromState.key,
      text: WHOLE,
      truncated: false,
      firstSeenAt: T,
      lastSeenAt: T + 7 * DAY,
      alertState: 'alerted',
      unread: 1,
    });
  });

  it('read when the owner read either alerted copy; "done" when either is done', () => {
    const readCard = { ...fromCard, done: 1 as const };
    delete readCard.unread;
    const merged = mergeDuplicate(fromState, readCard);
    expect(merged.unread).toBeUndefined();
    expect(merged.done).toBe(1);
  });

  it("the longer whole text of the card when the state's copy was cut, with its analysis", () => {
    const cutState = { ...fromState, text: 'Заказал раф и сырники…', truncated: true };
    const wholeCard = { ...fromCard, text: WHOLE, truncated: false };
    const merged = mergeDuplicate(cutState, wholeCard);
    expect(merged).toMatchObject({ key: fromState.key, text: WHOLE, truncated: false, textHash: wholeCard.textHash });
  });
});
