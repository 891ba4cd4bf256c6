import { describe, expect, it } from 'vitest';
import type { BusinessSummary } from '@/utils/reputation/summary';
import type { ReviewRecord } from '@/utils/store/schema';
import { lastLookOf, nowCounts, nowKind, stateLine, viewSections } from '@/utils/views/morning';
import type { PopupModel } from '@/utils/views/popup-model';
import { DAY } from '../../support/factories';
import { SEED_NOW, seededStore } from '../../support/seeded';

const viewOf = (summary: BusinessSummary): PopupModel => ({ kind: 'business', summary, businesses: summary.businesses });

describe('the state line: band, score and what changed since the owner last looked', () => {
  it('finds the newest remembered view that showed the business, alone or in its group', async () => {
    const { summary } = await seededStore();
    const grouped: BusinessSummary = { ...summary, business: { ...summary.business, key: 'google-maps:x' }, businesses: [summary.business] };
    const list: PopupModel = { kind: 'list', businesses: [summary.business], places: [] };
    const other: BusinessSummary = {
      ...summary,
      business: { ...summary.business, key: 'yelp:other' },
      businesses: [{ ...summary.business, key: 'yelp:other' }],
    };
    const look = lastLookOf(
      [
        { model: viewOf(summary), savedAt: SEED_NOW - 3 * DAY },
        { model: viewOf({ ...grouped, score: { ...summary.score, score: 71 } }), savedAt: SEED_NOW - 2 * DAY },
        { model: list, savedAt: SEED_NOW - DAY },
        { model: viewOf(other), savedAt: SEED_NOW - 1000 },
        null,
      ],
      summary.business.key,
    );
    expect(look).toEqual({ at: SEED_NOW - 2 * DAY, score: 71 });
    // A view that showed no score (every site blind) remembers none.
    expect(lastLookOf([{ model: viewOf({ ...summary, trust: 'unknown' }), savedAt: SEED_NOW - DAY }], summary.business.key)).toEqual({ at: SEED_NOW - DAY });
    expect(lastLookOf([undefined, { model: list, savedAt: SEED_NOW }], summary.business.key)).toBeUndefined();
  });

  it('says nothing changed on a first look, and what did since an earlier one', async () => {
    const { summary } = await seededStore();
    // Derek, Anna, Priya (unread; Priya answered), then Sam's older unanswered 2★.
    expect(summary.attention.map((r) => r.author)).toEqual(['Derek W.', 'Анна С.', 'Priya N.', 'Sam P.']);
    const first = stateLine(summary, undefined);
    expect(first).toEqual({ band: summary.score.band, score: summary.score.score, unread: 3, urgent: 0, change: { kind: 'first' } });

    // Looked before the last visit brought three new negatives, when the score stood 9 higher.
    const before = stateLine(summary, { at: SEED_NOW - 3 * DAY, score: summary.score.score + 9 });
    expect(before.change).toEqual({ kind: 'changed', since: SEED_NOW - 3 * DAY, delta: -9, newNegatives: 3 });

    // Looked after it, the score one point off (recency weights): nothing new.
    expect(stateLine(summary, { at: SEED_NOW - 3_600_000, score: summary.score.score - 1 }).change).toEqual({ kind: 'same', since: SEED_NOW - 3_600_000 });
    // Only the score moved.
    expect(stateLine(summary, { at: SEED_NOW - 3_600_000, score: summary.score.score - 5 }).change).toEqual({
      kind: 'changed',
      since: SEED_NOW - 3_600_000,
      delta: 5,
      newNegatives: 0,
    });
  });

  it('never shows green while a site is stale or blind, and no score when every site is blind', async () => {
    const { summary } = await seededStore();
    const green = { ...summary, score: { ...summary.score, band: 'green' as const } };
    expect(stateLine(green, undefined).band).toBe('green');
    expect(stateLine({ ...green, trust: 'partial' }, undefined)).toMatchObject({ band: 'partial', score: summary.score.score });
    const blind = stateLine({ ...green, trust: 'unknown' }, { at: SEED_NOW - DAY, score: 80 });
    expect(blind.band).toBe('unknown');
    expect(blind.score).toBeUndefined();
    // The score that was shown is gone: that is a change, with no number to subtract.
    expect(blind.change).toEqual({ kind: 'changed', since: SEED_NOW - DAY, newNegatives: 0 });
  });
});

describe('what needs doing now', () => {
  it('calls a review urgent whatever else, then new, else unanswered, and counts each', async () => {
    const { summary } = await seededStore();
    const [derek, anna, , sam] = summary.attention as [ReviewRecord, ReviewRecord, ReviewRecord, ReviewRecord];
    const poisoned: ReviewRecord = { ...sam, analysis: { ...sam.analysis, urgent: { category: 'health', evidence: 'food poisoning' } } };
    expect([nowKind(derek), nowKind(anna), nowKind(sam), nowKind(poisoned)]).toEqual(['new', 'new', 'unanswered', 'urgent']);
    expect(nowCounts(summary.attention)).toEqual({ urgent: 0, new: 3, unanswered: 1 });
    expect(nowCounts([...summary.attention.slice(0, 3), poisoned])).toEqual({ urgent: 1, new: 3, unanswered: 0 });
    expect(stateLine({ ...summary, attention: [...summary.attention.slice(0, 3), poisoned] }, undefined).urgent).toBe(1);
  });

  it('puts the claim first on a business nobody marked, stale or blind sites before the reviews, and the late-loading part last', async () => {
    const { summary } = await seededStore();
    expect(viewSections(summary)).toEqual(['needs', 'score', 'risk', 'sites', 'stats', 'roles', 'below']);
    const unmarked = { ...summary, business: { ...summary.business, role: undefined } };
    expect(viewSections(unmarked)).toEqual(['claim', 'needs', 'score', 'risk', 'sites', 'stats', 'below']);
    expect(viewSections({ ...summary, trust: 'partial' })).toEqual(['sites', 'needs', 'score', 'risk', 'stats', 'roles', 'below']);
    expect(viewSections({ ...unmarked, trust: 'unknown' })).toEqual(['claim', 'sites', 'needs', 'score', 'risk', 'stats', 'below']);
  });
});
