/**
 * The first visit of a business in the pure ingest plan: old reviews stay a silent baseline,
 * negatives of the week before are "recent, not yet seen by you" with at most one summary, and
 * a new listing (no review at all on its first visit) alerts on its first review ever.
 */
import { describe, expect, it } from 'vitest';
import { planCapture, recentAlertId, visitAlertId, type CapturePlan, type IngestInput } from '@/utils/store/ingest-plan';
import { businessKeyOf, reviewKeyOf, type AlertRecord, type BusinessRecord, type ReviewRecord } from '@/utils/store/schema';
import type { CapturedReview } from '@/utils/sites/types';
import { DAY, HOUR } from '@/utils/time';
import { ingestInput, review } from '../../support/factories';

const T0 = Date.UTC(2026, 10, 20, 12);
const KEY = 'yelp:biz-1';
const NO_REVIEWS = { looksLikeReviewPage: true, cardsFound: 0, cardsRead: 0, selectors: {}, status: 'no-reviews' as const };

/** What ingest.ts reads and writes, in memory. */
class Store {
  businesses = new Map<string, BusinessRecord>();
  reviews = new Map<string, ReviewRecord>();
  alerts = new Map<string, AlertRecord>();

  capture(input: IngestInput): CapturePlan {
    const businessKey = businessKeyOf(input.site, input.business.siteBusinessId);
    const plan = planCapture(input, {
      business: this.businesses.get(businessKey),
      anyMine: [...this.businesses.values()].some((b) => b.role === 'mine'),
      reviews: input.reviews.map((item) => this.reviews.get(reviewKeyOf(input.site, item.review.siteReviewId))),
      visitAlert: this.alerts.get(visitAlertId(businessKey, input.visitId)),
      recentAlert: this.alerts.get(recentAlertId(businessKey)),
    });
    for (const r of plan.reviewPuts) this.reviews.set(r.key, r);
    if (plan.alert) this.alerts.set(plan.alert.id, plan.alert);
    this.businesses.set(plan.businessKey, plan.business);
    return plan;
  }
}

const negative = (id: string, publishedAt: number, precision: CapturedReview['datePrecision'] = 'day', rating = 1): CapturedReview =>
  review(id, { rating, text: 'Cold food, rude staff, waited an hour. Never again.', publishedAt, datePrecision: precision });

describe('the first visit of a business', () => {
  it('shows the negatives of the week before it as recent and unread, in one summary; older ones stay silent', () => {
    const store = new Store();
    const plan = store.capture(
      ingestInput([
        negative('fresh-1', T0 - 3 * DAY),
        negative('fresh-2', T0 - 3 * DAY - 2 * HOUR, 'day', 2),
        review('fresh-good', { rating: 5, publishedAt: T0 - 2 * DAY, datePrecision: 'day' }),
        negative('old-1', T0 - 40 * DAY),
        negative('old-2', T0 - 400 * DAY),
        // "a week ago" cannot tell whether it is in the week.
        negative('vague', T0 - 7 * DAY, 'week'),
        review('undated', { rating: 1, text: 'Awful, dirty, rude.' }),
        // Answered on the site: the owner has seen it.
        { ...negative('answered', T0 - DAY), reply: { text: 'We are so sorry, please call us.' } },
      ]),
    );
    expect(plan.baseline).toBe(true);
    const state = Object.fromEntries(plan.reviewPuts.map((r) => [r.siteReviewId, [r.alertState, r.unread]]));
    expect(state).toEqual({
      'fresh-1': ['recent', 1],
      'fresh-2': ['recent', 1],
      'fresh-good': ['baseline', undefined],
      'old-1': ['baseline', undefined],
      'old-2': ['baseline', undefined],
      vague: ['baseline', undefined],
      undated: ['baseline', undefined],
      answered: ['baseline', undefined],
    });
    expect(plan.alert).toEqual({
      id: recentAlertId(KEY),
      kind: 'recent',
      businessKey: KEY,
      reviewKeys: ['yelp:fresh-1', 'yelp:fresh-2'],
      url: 'https://www.yelp.com/biz/cafe-uno',
      createdAt: T0,
    });
    // The badge counts them.
    expect(plan.counts?.aggregate).toMatchObject({ negatives: 7, unread: 2 });
  });

  it('keeps to one summary for the whole first visit: later messages and a second tab opened at once join it', () => {
    const store = new Store();
    store.capture(ingestInput([negative('a', T0 - DAY)]));
    const scrolled = store.capture(ingestInput([negative('b', T0 - 2 * DAY)], { now: T0 + 5_000 }));
    expect(scrolled.alert).toMatchObject({ id: recentAlertId(KEY), reviewKeys: ['yelp:a', 'yelp:b'], createdAt: T0 });
    expect(scrolled.alert?.shownAt).toBeUndefined();
    const otherTab = store.capture(ingestInput([negative('c', T0 - 4 * DAY)], { visitId: 'visit-tab-2', visitStartedAt: T0 - 1_000, now: T0 + 9_000 }));
    expect(otherTab.baseline).toBe(true);
    expect(otherTab.alert).toMatchObject({ id: recentAlertId(KEY), reviewKeys: ['yelp:a', 'yelp:b', 'yelp:c'] });
    expect([...store.alerts.keys()]).toEqual([recentAlertId(KEY)]);
    // The next visit alerts as usual, in its own notification.
    const next = store.capture(ingestInput([negative('d', T0 + DAY)], { visitId: 'visit-2', now: T0 + 2 * DAY }));
    expect(next.alert).toMatchObject({ id: visitAlertId(KEY, 'visit-2'), reviewKeys: ['yelp:d'] });
    expect(next.alert?.kind).toBeUndefined();
  });

  it('shows nothing as recent for a business that does not alert (another one is mine), nor below the severity setting', () => {
    const store = new Store();
    store.businesses.set('yelp:mine', {
      ...store.capture(ingestInput([], { business: { siteBusinessId: 'mine', name: 'Mine', url: 'https://www.yelp.com/biz/mine' } })).business,
      role: 'mine',
    });
    const competitor = store.capture(ingestInput([negative('x', T0 - DAY)]));
    expect(competitor.alert).toBeUndefined();
    expect(competitor.reviewPuts[0]).toMatchObject({ alertState: 'baseline' });
    expect(competitor.reviewPuts[0]!.unread).toBeUndefined();

    const strict = new Store().capture(
      ingestInput([negative('y', T0 - DAY, 'day', 2)], { alertSettings: { alertCompetitors: false, minSeverity: 'critical' } }),
    );
    expect(strict.alert).toBeUndefined();
    expect(strict.reviewPuts[0]).toMatchObject({ alertState: 'baseline' });
  });
});

describe('a new listing', () => {
  it('records its first visit with no review as the business and a snapshot of zero reviews', () => {
    const plan = new Store().capture(
      ingestInput([], {
        business: { siteBusinessId: 'biz-1', name: 'Cafe Uno', url: 'https://www.yelp.com/biz/cafe-uno', reviewCount: 0 },
        health: NO_REVIEWS,
      }),
    );
    expect(plan).toMatchObject({ baseline: true, added: 0, reviewPuts: [] });
    expect(plan.business).toMatchObject({ key: KEY, name: 'Cafe Uno', emptyBaseline: 1, reviewCount: 0, health: NO_REVIEWS });
    expect(plan.snapshot).toEqual({ kind: 'add', record: { businessKey: KEY, visitId: 'visit-1', capturedAt: T0, reviewCount: 0 } });
    expect(plan.alert).toBeUndefined();
  });

  it('alerts on its first review ever, even one dated long before the first visit', () => {
    const store = new Store();
    const empty = { business: { siteBusinessId: 'biz-1', name: 'Cafe Uno', url: 'https://www.yelp.com/biz/cafe-uno', reviewCount: 0 }, health: NO_REVIEWS };
    store.capture(ingestInput([], empty));
    const first = store.capture(ingestInput([negative('first', T0 - 60 * DAY, 'month')], { visitId: 'visit-2', now: T0 + 3 * DAY }));
    expect(first.baseline).toBe(false);
    expect(first.reviewPuts[0]).toMatchObject({ alertState: 'alerted', unread: 1 });
    expect(first.alert).toMatchObject({ id: visitAlertId(KEY, 'visit-2'), reviewKeys: ['yelp:first'] });
    expect(first.alert?.kind).toBeUndefined();

    // A business whose first visit had reviews treats the same old-dated review as history.
    const ordinary = new Store();
    ordinary.capture(ingestInput([review('a')]));
    const old = ordinary.capture(ingestInput([review('a'), negative('first', T0 - 60 * DAY, 'month')], { visitId: 'visit-2', now: T0 + 3 * DAY }));
    expect(old.alert).toBeUndefined();
    expect(old.reviewPuts.find((r) => r.siteReviewId === 'first')).toMatchObject({ alertState: 'quiet' });
  });

  it('is no new listing when its first visit was blind (layout changed) or reviews arrived later in that visit', () => {
    const blind = new Store().capture(ingestInput([], { health: { ...NO_REVIEWS, status: 'layout-changed', cardsFound: 4 } }));
    expect(blind.business.emptyBaseline).toBeUndefined();
    const store = new Store();
    store.capture(ingestInput([], { health: NO_REVIEWS }));
    const loaded = store.capture(ingestInput([review('late')], { now: T0 + 4_000 }));
    expect(loaded.baseline).toBe(true);
    expect(loaded.business.emptyBaseline).toBeUndefined();
    expect(loaded.reviewPuts[0]).toMatchObject({ alertState: 'baseline' });
  });
});
