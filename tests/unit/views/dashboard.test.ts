import { describe, expect, it } from 'vitest';
import type { BusinessSummary } from '@/utils/reputation/summary';
import { setBusinessRole } from '@/utils/store/queries';
import { setSamePlace } from '@/utils/store/groups';
import { ingestCapture } from '@/utils/store/ingest';
import { listBusinessesForSwitcher } from '@/utils/store/read-models';
import type { ReviewRecord } from '@/utils/store/schema';
import { compareRows, dashboardRow, needsMinePrompt, nothingWaiting, sortRows, type DashboardRow } from '@/utils/views/dashboard';
import { initialSelection, loadPlaces } from '@/utils/views/popup-model';
import { business, DAY, ingestInput, review } from '../../support/factories';
import { SEED_NOW, seededStore } from '../../support/seeded';

const row = (name: string, over: Partial<DashboardRow> = {}): DashboardRow => ({
  key: `yelp:${name}`,
  name,
  sites: [{ kind: 'ok', businessKey: `yelp:${name}`, site: 'yelp', checkedAt: SEED_NOW }],
  trust: 'current',
  band: 'yellow',
  score: 60,
  newNegatives: 0,
  urgent: 0,
  unanswered: 0,
  ...over,
});

describe('the morning check: one row per place, what needs attention first', () => {
  it('takes its figures from the summary the place’s own view shows', async () => {
    const { summary } = await seededStore();
    const r = dashboardRow(summary);
    expect(r).toEqual({
      key: 'yelp:biz-1',
      name: 'Trattoria Lucia',
      role: 'mine',
      sites: summary.sites,
      trust: 'current',
      band: summary.score.band,
      score: summary.score.score,
      newNegatives: 3,
      urgent: 0,
      unanswered: 1,
    });
    const sam = summary.attention.at(-1)!;
    const urgent: ReviewRecord = { ...sam, analysis: { ...sam.analysis, urgent: { category: 'legal', evidence: 'my lawyer' } } };
    expect(dashboardRow({ ...summary, attention: [...summary.attention, urgent] }).urgent).toBe(1);
  });

  it('says nothing is waiting only when its own “Needs a look” is empty', async () => {
    const { summary } = await seededStore();
    // The Golden Spoon case: every negative read, two still without a reply — the view lists them, so must the row.
    const read = summary.attention.map(({ unread: _unread, reply: _reply, ...r }) => r);
    const waiting = dashboardRow({ ...summary, unread: 0, attention: read });
    expect(waiting).toMatchObject({ newNegatives: 0, urgent: 0, unanswered: read.length });
    expect(read.length).toBeGreaterThan(0);
    expect(nothingWaiting(waiting)).toBe(false);
    // Urgent, new and to-answer together are the view's list, each review counted once.
    const r = dashboardRow(summary);
    expect(r.urgent + r.newNegatives + r.unanswered).toBe(summary.attention.length);
    expect(nothingWaiting(r)).toBe(false);
    // Answered or marked done: nothing is waiting, and the row may say so.
    const empty = dashboardRow({ ...summary, unread: 0, attention: [] });
    expect(nothingWaiting(empty)).toBe(true);
  });

  it('is never green while a site is stale or blind, and has no score when every site is blind', async () => {
    const { summary } = await seededStore();
    const green: BusinessSummary = { ...summary, score: { ...summary.score, band: 'green' } };
    expect(dashboardRow(green).band).toBe('green');
    expect(dashboardRow({ ...green, trust: 'partial' })).toMatchObject({ band: 'partial', score: summary.score.score });
    const blind = dashboardRow({ ...green, trust: 'unknown' });
    expect(blind.band).toBe('unknown');
    expect(blind.score).toBeUndefined();
  });

  it('sorts urgent first, then new negatives, then blind or stale sites, then reviews to answer, then the lowest score', () => {
    const stale = {
      kind: 'stale' as const,
      businessKey: 'yelp:stale',
      site: 'yelp' as const,
      checkedAt: SEED_NOW - 9 * DAY,
      days: 9,
      action: 'open-reviews' as const,
    };
    const blind = {
      kind: 'blind' as const,
      businessKey: 'yelp:blind',
      site: 'yelp' as const,
      checkedAt: SEED_NOW,
      reason: 'layout-changed' as const,
      action: 'check-yourself' as const,
    };
    const rows = [
      row('healthy', { score: 90, band: 'green' }),
      row('low', { score: 40, band: 'red' }),
      row('stale', { sites: [stale], trust: 'partial', band: 'partial', score: 95 }),
      row('blind', { sites: [blind], trust: 'unknown', band: 'unknown', score: undefined }),
      row('new2', { newNegatives: 2, score: 99 }),
      row('new5', { newNegatives: 5, score: 99 }),
      row('urgent', { urgent: 1, score: 99 }),
      row('mid', { score: 60 }),
      row('to-answer', { unanswered: 2, score: 99 }),
    ];
    expect(sortRows(rows).map((r) => r.name)).toEqual(['urgent', 'new5', 'new2', 'blind', 'stale', 'to-answer', 'low', 'mid', 'healthy']);
    // An urgent review outranks any number of new negatives; ties go by name.
    expect(compareRows(row('a', { urgent: 1 }), row('b', { newNegatives: 9 }))).toBeLessThan(0);
    expect(compareRows(row('a'), row('b'))).toBeLessThan(0);
    expect(sortRows(rows)).not.toBe(rows);
  });

  it('opens on the list with ?view=list (the morning check as a link)', () => {
    expect(initialSelection('?view=list')).toBe('list');
    expect(initialSelection('?business=yelp%3Abiz-1')).toEqual({ businessKey: 'yelp:biz-1' });
    expect(initialSelection('')).toBe('auto');
  });

  it('asks which place is the owner’s only while none is', () => {
    expect(needsMinePrompt([row('a'), row('b', { role: 'competitor' })])).toBe(true);
    expect(needsMinePrompt([row('a', { role: 'mine' }), row('b')])).toBe(false);
    expect(needsMinePrompt([])).toBe(false);
  });

  it('loads a group of the same place on two sites as one row, led by the owner’s business', async () => {
    const { db } = await seededStore();
    await ingestCapture(
      db,
      ingestInput([review('g1', { rating: 1, text: 'Rude staff, cold food, never again.', publishedAt: SEED_NOW - DAY, datePrecision: 'day' })], {
        site: 'google-maps',
        visitId: 'g1',
        now: SEED_NOW - 40 * DAY,
        business: business({ siteBusinessId: '0x1:0x2', name: 'Trattoria Lucia', url: 'https://www.google.com/maps/place/Trattoria+Lucia' }),
      }),
    );
    await ingestCapture(
      db,
      ingestInput([review('c1', { rating: 5, text: 'Lovely.' })], {
        visitId: 'c1',
        now: SEED_NOW - DAY,
        business: business({ siteBusinessId: 'rival', name: 'Pizzeria Roma', url: 'https://www.yelp.com/biz/rival' }),
      }),
    );
    await setBusinessRole(db, 'yelp:rival', 'competitor');
    await setSamePlace(db, 'google-maps:0x1:0x2', 'yelp:biz-1', () => 'g-lucia');
    const rows = await loadPlaces(db, await listBusinessesForSwitcher(db), SEED_NOW, { staleAfterDays: 7 });
    expect(rows.map((r) => [r.key, r.name, r.sites.map((s) => `${s.site}:${s.kind}`)])).toEqual([
      // Three new negatives on Yelp; Google Maps not visited for 40 days is stale.
      ['yelp:biz-1', 'Trattoria Lucia', ['yelp:ok', 'google-maps:stale']],
      ['yelp:rival', 'Pizzeria Roma', ['yelp:ok']],
    ]);
    expect(rows[0]).toMatchObject({ role: 'mine', newNegatives: 3, trust: 'partial', band: expect.not.stringMatching(/^green$/) });
  });
});
