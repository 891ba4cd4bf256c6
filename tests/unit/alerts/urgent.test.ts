/**
 * Issue 12, point 3, the rules: an urgent review (health or safety, a legal threat,
 * discrimination, fraud) alerts whatever its stars, within the baseline rules; its notification
 * says "urgent" with the category in words; it leads "Needs a look"; it raises the risk to high;
 * its reply draft takes it offline.
 */
import { describe, expect, it } from 'vitest';
import { deservesAlert } from '@/utils/alerts/rules';
import { buildNotification } from '@/utils/alerts/notification';
import { analyzeReview } from '@/utils/analysis';
import type { UrgentSignal } from '@/utils/analysis/types';
import { createTranslator } from '@/utils/i18n';
import { draftReply } from '@/utils/replies/drafts';
import { bucketsFromReviews } from '@/utils/reputation/buckets';
import { computeRisk, type RiskReview } from '@/utils/reputation/risk';
import { callsForOwner, compareAttention, needsLook, severityOf } from '@/utils/reviews/rules';
import { planCapture } from '@/utils/store/ingest-plan';
import { fingerprintOf } from '@/utils/store/second-match';
import type { ReviewRecord } from '@/utils/store/schema';
import { DAY } from '@/utils/time';
import { ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const ALLERGY =
  'Lovely pasta and a great view. But my son had an allergic reaction to the dessert although we told the waiter about his nut allergy, and we ended up in the ER.';
const health: UrgentSignal = { category: 'health', evidence: 'my son had an allergic reaction' };

describe('an urgent review calls for the owner whatever its stars', () => {
  it('is negative-or-urgent, and critical in severity', () => {
    expect(callsForOwner({ negative: 0, analysis: { urgent: health } })).toBe(true);
    expect(callsForOwner({ negative: 0, analysis: {} })).toBe(false);
    expect(severityOf(5, true)).toBe('critical');
    expect(severityOf(4)).toBe('medium');
  });

  it('deserves an alert at 4★, even when the owner only wants critical ones, if it is news', () => {
    const baselineAt = T0 - 10 * DAY;
    const fourStar = { negative: 0 as const, rating: 4, publishedAt: T0 - DAY, datePrecision: 'day' as const, analysis: { urgent: health } };
    expect(deservesAlert(fourStar, baselineAt, 'medium')).toBe(true);
    expect(deservesAlert(fourStar, baselineAt, 'critical')).toBe(true);
    expect(deservesAlert({ ...fourStar, analysis: {} }, baselineAt, 'medium')).toBe(false);
    // Old history found by scrolling stays silent, urgent or not.
    expect(deservesAlert({ ...fourStar, publishedAt: baselineAt - 60 * DAY }, baselineAt, 'medium')).toBe(false);
  });

  it('is stored silently on the first visit, and raises the visit’s alert on a later one', () => {
    const first = planCapture(ingestInput([review('old', { rating: 4, text: ALLERGY })], { now: T0 }), { anyMine: false, reviews: [undefined] });
    expect(first.baseline).toBe(true);
    expect(first.alert).toBeUndefined();
    expect(first.reviewPuts[0]).toMatchObject({ alertState: 'baseline', negative: 0 });
    expect(first.reviewPuts[0]!.unread).toBeUndefined();

    const later = ingestInput([review('new', { rating: 4, text: ALLERGY, publishedAt: T0 + DAY, datePrecision: 'day' })], {
      visitId: 'visit-2',
      now: T0 + 2 * DAY,
    });
    const second = planCapture(later, { business: first.business, anyMine: false, reviews: [undefined] });
    expect(second.alert?.reviewKeys).toEqual(['yelp:new']);
    // Urgent, not negative: the score's negative counts do not change, the badge's unread does.
    expect(second.reviewPuts[0]).toMatchObject({ alertState: 'alerted', unread: 1, negative: 0, analysis: { urgent: { category: 'health' } } });
    expect(second.counts?.aggregate).toMatchObject({ negatives: 0, unread: 1 });
  });

  it('alerts when an edit makes a 5★ review urgent', () => {
    const first = planCapture(ingestInput([review('r', { rating: 5, text: 'Great food.' })], { now: T0 }), { anyMine: false, reviews: [undefined] });
    const quiet = planCapture(ingestInput([review('r', { rating: 5, text: 'Great food.' })], { visitId: 'v2', now: T0 + DAY }), {
      business: first.business,
      anyMine: false,
      reviews: [undefined],
    });
    const stored = quiet.reviewPuts[0]!;
    expect(quiet.alert).toBeUndefined();
    const edited = planCapture(ingestInput([review('r', { rating: 5, text: ALLERGY })], { visitId: 'v3', now: T0 + 2 * DAY }), {
      business: quiet.business,
      anyMine: false,
      reviews: [stored],
    });
    expect(edited.alert?.reviewKeys).toEqual(['yelp:r']);
  });
});

function stored(key: string, fields: Partial<ReviewRecord>): ReviewRecord {
  return {
    key,
    businessKey: 'yelp:b',
    site: 'yelp',
    siteReviewId: key,
    author: key,
    text: 'x',
    truncated: false,
    firstSeenAt: T0,
    lastSeenAt: T0,
    textHash: key,
    analysis: analyzeReview({ text: 'Cold soup and a rude waiter.' }),
    at: T0,
    negative: 1,
    alertState: 'alerted',
    fingerprint: fingerprintOf({ author: key, text: 'x' }),
    ...fields,
  };
}

describe('"Needs a look"', () => {
  it('lists an urgent 4★ review and puts it first, before newer unread 1★ ones', () => {
    const urgent = stored('urgent', { negative: 0, rating: 4, at: T0 - 5 * DAY, analysis: { ...analyzeReview({ text: ALLERGY }), urgent: health } });
    const newer = stored('newer', { rating: 1, unread: 1, at: T0 });
    const older = stored('older', { rating: 2, at: T0 - DAY });
    expect(needsLook(urgent)).toBe(true);
    expect(needsLook({ ...urgent, done: 1 })).toBe(false);
    expect(needsLook({ ...urgent, reply: { text: 'Thank you' } })).toBe(false);
    expect([older, newer, urgent].sort(compareAttention).map((r) => r.key)).toEqual(['urgent', 'newer', 'older']);
  });
});

describe('notification title', () => {
  const four = { author: 'Ann', rating: 4, text: ALLERGY, analysis: { urgent: health } };
  it('says urgent, with the category in the UI language’s words', () => {
    expect(buildNotification(createTranslator('en'), 'Café Uno', [four]).title).toBe('Urgent (health & safety) — new 4★ review: Café Uno');
    expect(buildNotification(createTranslator('ru'), 'Café Uno', [four]).title).toBe('Срочно (здоровье и безопасность) — новый отзыв 4★: Café Uno');
    expect(buildNotification(createTranslator('zh'), 'Café Uno', [four]).title).toBe('紧急（健康与安全）— 新的 4★ 评价：Café Uno');
    expect(buildNotification(createTranslator('en'), 'Café Uno', [{ ...four, rating: undefined }]).title).toBe(
      'Urgent (health & safety) — new review: Café Uno',
    );
  });
  it('marks a group urgent and lists the urgent review first', () => {
    const fraud = {
      author: 'Bo',
      rating: 2,
      text: 'They charged my card twice and refused to refund.',
      analysis: { urgent: { category: 'fraud' as const, evidence: 'charged my card twice' } },
    };
    const plain = { author: 'Cy', rating: 1, text: 'Cold soup.' };
    const en = buildNotification(createTranslator('en'), 'Café Uno', [plain, four, fraud]);
    expect(en.title).toBe('Urgent (health & safety and theft or fraud) — 3 new reviews: Café Uno');
    expect(en.message.split('\n')[0]).toContain('Ann');
    expect(en.message.split('\n')[2]).toContain('Cy');
    expect(buildNotification(createTranslator('ru'), 'Café Uno', [plain, fraud]).title).toBe('Срочно (кража или мошенничество) — 2 новых отзыва: Café Uno');
    // Without an urgent review, the ordinary title.
    expect(buildNotification(createTranslator('en'), 'Café Uno', [plain, plain]).title).toBe('2 new negative reviews: Café Uno');
  });
});

describe('risk', () => {
  const base = (extra: Partial<RiskReview>): RiskReview => ({
    key: 'u',
    at: T0 - 2 * DAY,
    rating: 4,
    negative: false,
    positiveText: true,
    replied: false,
    themes: [],
    ...extra,
  });
  const happy = Array.from({ length: 10 }, (_, i) => base({ key: `h${i}`, rating: 5, at: T0 - (i + 3) * DAY, replied: true }));
  const risk = (recent: RiskReview[]) => computeRisk({ recent, buckets: bucketsFromReviews(recent), snapshots: [], now: T0, lastCheckedAt: T0 });

  it('is at least high with one urgent review among happy ones, with a signal that names it', () => {
    const result = risk([...happy, base({ urgent: { category: 'health', evidence: 'my son had an allergic reaction' } })]);
    expect(result.level).toBe('high');
    expect(result.signals[0]).toEqual({
      code: 'urgent',
      severity: 'high',
      count: 1,
      categories: ['health'],
      evidence: 'my son had an allergic reaction',
      reviewKeys: ['u'],
      answered: 0,
    });
    expect(risk(happy).level).toBe('low');
  });
  it('comes down to elevated once the owner answered or marked done every urgent review of the 30 days, and names it still', () => {
    const urgent = base({ urgent: { category: 'fraud', evidence: 'charged twice and no refund' } });
    for (const handled of [
      { ...urgent, replied: true },
      { ...urgent, done: true },
    ]) {
      const result = risk([...happy, handled]);
      expect(result.level).toBe('elevated');
      expect(result.signals[0]).toMatchObject({ code: 'urgent', severity: 'elevated', count: 1, answered: 1 });
    }
    // One still open among answered ones keeps it high.
    const open = base({ key: 'v', at: T0 - DAY, urgent: { category: 'health', evidence: 'food poisoning' } });
    expect(risk([...happy, { ...urgent, replied: true }, open]).level).toBe('high');
  });
  it('lets an old urgent review go once it was answered or marked done, not before', () => {
    const old = base({ at: T0 - 50 * DAY, urgent: { category: 'legal', evidence: 'my lawyer' } });
    expect(risk([...happy, old]).level).toBe('high');
    expect(risk([...happy, { ...old, replied: true }]).level).toBe('low');
    expect(risk([...happy, { ...old, done: true }]).level).toBe('low');
  });
});

describe('reply draft of an urgent review', () => {
  const draft = (text: string, author = 'Derek W.') => {
    const analysis = analyzeReview({ text });
    return draftReply({ author, analysis, businessName: 'Golden Spoon', fallback: 'en' });
  };
  it('takes it offline and offers contact in the review’s language, without the canned apology', () => {
    const en = draft(ALLERGY);
    expect(en).toMatchObject({ lang: 'en', urgent: 'health', topics: [] });
    expect(en.text).toContain('Hello Derek');
    expect(en.text).toContain('health and safety');
    expect(en.text).toContain('please contact us by phone or message and ask for the manager');
    expect(en.text).not.toMatch(/sorry your visit|apologi[sz]e/i);

    const ru = draft('Спасибо за ужин, но ночью у всей семьи началось пищевое отравление, вызывали скорую.', 'Ирина');
    expect(ru.lang).toBe('ru');
    expect(ru.text).toContain('свяжитесь с нами напрямую');
    const zh = draft('菜还可以，但是吃完以后全家食物中毒，去了医院。', '王先生');
    expect(zh.lang).toBe('zh');
    expect(zh.text).toContain('直接联系我们的负责人');
    const de = draft('Mein Anwalt wird sich bei Ihnen melden, die Rechnung war gefälscht.', 'Jonas K.');
    expect(de.lang).toBe('de');
    expect(de.text).toContain('Geschäftsleitung');
  });
  it('leaves an ordinary negative review’s draft as it was', () => {
    expect(draft('Cold soup and a rude waiter, we waited an hour.').urgent).toBeUndefined();
  });
});
