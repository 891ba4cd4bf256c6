/**
 * Property test: for many seeded random stores, the figures of every view agree with each other
 * and with the stored reviews — however the view is reached (fresh, prepared by the background
 * for the tab, remembered by the popup, led by another site of the same place).
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeTabView } from '@/utils/background/tab-views';
import type { BusinessSummary } from '@/utils/reputation/summary';
import { PROVISIONAL_BELOW, RECENT_DAYS, TREND_MIN_HISTORY_DAYS } from '@/utils/reputation/windows';
import { tabStateItem, tabViewItem } from '@/utils/storage-items';
import { closeDb, getDb } from '@/utils/store/db';
import { getBusiness } from '@/utils/store/queries';
import type { ReviewRecord } from '@/utils/store/schema';
import { loadComparison, loadPopupModel, type ComparisonRow } from '@/utils/views/popup-model';
import { usablePreparedView } from '@/utils/views/prepared-view';
import { readCachedView, writeCachedView } from '@/utils/views/view-cache';
import { DAY } from '../../support/factories';
import { randomStore } from '../../support/random-store';

const NOW = Date.UTC(2026, 10, 20, 12);
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
/** What the random stores covered, so the properties are known to have been tried on each case. */
const seen = new Map<string, number>();
const saw = (what: string, yes: boolean) => yes && seen.set(what, (seen.get(what) ?? 0) + 1);

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

/** The figures a view shows, without what only says which site leads it. */
function figures(summary: BusinessSummary) {
  return {
    score: summary.score,
    previousScore: summary.previousScore,
    risk: summary.risk,
    total: summary.total,
    negatives: summary.negatives,
    positives: summary.positives,
    unread: summary.unread,
    unanswered: summary.unanswered,
    negativeShare: summary.negativeShare,
    confidence: summary.confidence,
    attention: summary.attention.map((r) => r.key),
    math: summary.ratingMath.map((m) => ({ key: m.business.key, ...m.math })).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

async function freshSummary(businessKey: string): Promise<BusinessSummary> {
  const model = await loadPopupModel({ selection: { businessKey }, now: NOW });
  if (model.kind !== 'business') throw new Error(`no view of ${businessKey}`);
  return model.summary;
}

function memoryStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('one set of figures, for random stores', () => {
  it.each(SEEDS)('store %i: counts, headline, comparison, windows, confidence and every way of opening agree', async (seed) => {
    const db = await getDb();
    const { businessKeys } = await randomStore(db, seed, NOW);
    const stored = await db.getAll('reviews');
    for (const [index, key] of businessKeys.entries()) {
      const summary = await freshSummary(key);
      const members = new Set(summary.businesses.map((b) => b.key));
      const own = stored.filter((r: ReviewRecord) => members.has(r.businessKey));

      // Counts: the buckets, the aggregates, the score's basis and the stored reviews say the same.
      expect(summary.total).toBe(own.length);
      expect(summary.buckets.reduce((n, b) => n + b.count, 0)).toBe(own.length);
      expect(summary.score.basis).toBe(own.length);
      expect(summary.confidence.read).toBe(own.length);
      const byStars = [1, 2, 3, 4, 5].map((s) => own.filter((r) => r.rating !== undefined && Math.round(r.rating) === s).length);
      const unrated = own.filter((r) => r.rating === undefined).length;
      expect(byStars.reduce((a, b) => a + b, 0) + unrated).toBe(summary.total);
      expect(summary.buckets.reduce((n, b) => n + b.ratingCount, 0)).toBe(own.length - unrated);
      expect(summary.negatives).toBe(own.filter((r) => r.negative === 1).length);
      expect(summary.buckets.reduce((n, b) => n + b.negatives, 0)).toBe(summary.negatives);

      // Negatives listed = negatives to act on: every unread one, every unanswered one of the last 90 days.
      const toAct = own.filter((r) => r.negative === 1 && r.done !== 1 && (r.unread === 1 || (!r.reply && r.at >= NOW - RECENT_DAYS * DAY)));
      expect(summary.attention.map((r) => r.key).sort()).toEqual(toAct.map((r) => r.key).sort());
      expect(summary.attention.filter((r) => r.unread === 1)).toHaveLength(summary.unread);

      // Confidence: provisional exactly below ten reviews read; no trend before two weeks of history.
      expect(summary.confidence.provisional).toBe(own.length < PROVISIONAL_BELOW);
      const firstSeen = Math.min(...summary.businesses.map((b) => b.firstSeenAt));
      expect(summary.confidence.trends).toBe(NOW - firstSeen >= TREND_MIN_HISTORY_DAYS * DAY);
      if (!summary.confidence.trends) expect(summary.previousScore).toBeUndefined();

      saw('provisional', summary.confidence.provisional);
      saw('not provisional', !summary.confidence.provisional);
      saw('no trend yet', !summary.confidence.trends);
      saw('score arrow', summary.previousScore !== undefined);
      saw('group', summary.businesses.length > 1);

      // Windows: each signal names one window, the same in the score's reasons and the risk.
      const reason = (code: string) => summary.score.reasons.find((r) => r.code === code);
      const signal = <C extends string>(code: C) => summary.risk.signals.find((s) => s.code === code);
      const fell = signal('rating-falling');
      if (fell && fell.code === 'rating-falling') {
        expect(fell.days).toBeGreaterThanOrEqual(TREND_MIN_HISTORY_DAYS);
        if (reason('trend')) expect(reason('trend')!.figures.days).toBe(fell.days);
      }
      if (reason('trend')) expect(reason('trend')!.figures.days).toBeGreaterThanOrEqual(TREND_MIN_HISTORY_DAYS);
      saw('rating fell', fell !== undefined);
      saw('trend points', reason('trend') !== undefined);
      const burst = signal('burst');
      const velocity = reason('velocity');
      if (burst && burst.code === 'burst') {
        expect(velocity?.figures.week).toBe(burst.count);
        expect(velocity?.figures.weekDays).toBe(burst.days);
      }
      const unanswered = signal('unanswered');
      if (unanswered && unanswered.code === 'unanswered') expect(reason('unanswered')?.figures).toEqual({ count: unanswered.count, days: unanswered.days });
      else expect(reason('unanswered')).toBeUndefined();
      for (const r of summary.score.reasons) expect(r.points).toBeLessThanOrEqual(r.max);

      // The same place led by another of its sites shows the same figures.
      for (const other of members) if (other !== key) expect(figures(await freshSummary(other))).toEqual(figures(summary));

      // Opened from the page: the view the background prepared for the tab, and the tab's own fresh view.
      const business = (await getBusiness(db, key))!;
      const tabId = 100 + index;
      await tabStateItem(tabId).setValue({ site: business.site, pageUrl: business.url, businessKey: key, health: business.health!, at: NOW });
      await writeTabView(tabId, key, NOW);
      const prepared = usablePreparedView((await tabStateItem(tabId).getValue()) ?? undefined, await tabViewItem(tabId).getValue(), NOW);
      expect(prepared?.model.kind).toBe('business');
      if (prepared?.model.kind === 'business') expect(figures(prepared.model.summary)).toEqual(figures(summary));
      const fromTab = await loadPopupModel({ tabId, selection: 'auto', now: NOW });
      expect(fromTab.kind === 'business' && figures(fromTab.summary)).toEqual(figures(summary));
      // Remembered by the popup for its next first frame.
      const cache = memoryStore();
      writeCachedView(cache, `b:${key}`, 'en', { kind: 'business', summary, businesses: [] }, NOW);
      const remembered = readCachedView(cache, `b:${key}`, 'en', NOW);
      expect(remembered?.kind === 'business' && figures(remembered.summary)).toEqual(figures(summary));

      // The headline is a row of the comparison, and every other place's row is that place's own headline.
      const rows: ComparisonRow[] = await loadComparison(summary, db);
      const marked = summary.businesses.some((b) => b.role);
      if (rows.length > 0) {
        expect(rows[0]!.score).toBe(summary.score.score);
        expect(rows[0]!.provisional).toBe(summary.confidence.provisional);
        expect(rows[0]!.total).toBe(summary.total);
        for (const row of rows.slice(1)) {
          const theirs = await freshSummary(row.business.key);
          expect({ score: row.score, total: row.total, provisional: row.provisional }).toEqual({
            score: theirs.score.score,
            total: theirs.total,
            provisional: theirs.confidence.provisional,
          });
        }
        saw('comparison', rows.length > 1);
        // One row per place: a group is never split into its sites.
        const places = rows.map((r) => r.business.group ?? r.business.key);
        expect(new Set(places).size).toBe(rows.length);
      } else if (marked) {
        const all = await db.getAll('businesses');
        expect(all.some((b) => b.role === 'mine') && all.some((b) => b.role === 'competitor')).toBe(false);
      }
    }
  });

  it('tried every case: provisional or not, with and without trends, groups, comparisons, falling ratings', () => {
    for (const what of ['provisional', 'not provisional', 'no trend yet', 'score arrow', 'group', 'rating fell', 'trend points', 'comparison']) {
      expect(seen.get(what) ?? 0, what).toBeGreaterThan(0);
    }
  });
});
