/**
 * Read models for the extension's pages, assembled from stored records with indexed reads
 * only: the aggregate, the daily buckets, the last 90 days of reviews, unread negatives and
 * header snapshots. Nothing here reads every review of a business.
 */
import { RECENT_WINDOW } from '../reputation/score';
import { summarize, type BusinessSummary, type SummaryOptions, type SummaryParts } from '../reputation/summary';
import { dayOf } from '../reputation/buckets';
import { applyToAggregate, applyToDay, emptyAggregate } from './contributions';
import type { SentinelDatabase } from './db';
import { businessesInGroup, getBusiness, listBusinesses } from './queries';
import type { AggregateRecord, BusinessRecord, DayRecord, ReviewRecord, SnapshotRecord } from './schema';

function range(key: string, from = -Infinity, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([key, from], [key, to]);
}

/** What one business contributes to the summary parts. */
interface BusinessParts {
  aggregate: AggregateRecord;
  days: DayRecord[];
  recent: ReviewRecord[];
  unread: ReviewRecord[];
  snapshots: SnapshotRecord[];
}

function joinParts(businesses: BusinessRecord[], perBusiness: readonly BusinessParts[]): SummaryParts {
  return {
    businesses,
    aggregates: perBusiness.map((p) => p.aggregate),
    buckets: perBusiness.map((p) => p.days),
    recent: perBusiness.flatMap((p) => p.recent),
    unread: perBusiness.flatMap((p) => p.unread),
    snapshots: perBusiness.flatMap((p) => p.snapshots),
  };
}

export async function loadSummaryParts(db: SentinelDatabase, businesses: BusinessRecord[], now: number): Promise<SummaryParts> {
  const tx = db.transaction(['aggregates', 'days', 'reviews', 'snapshots']);
  const reviews = tx.objectStore('reviews');
  const perBusiness = await Promise.all(
    businesses.map(async (b): Promise<BusinessParts> => {
      const [aggregate, days, recent, unread, snapshots] = await Promise.all([
        tx.objectStore('aggregates').get(b.key),
        tx.objectStore('days').getAll(range(b.key)),
        reviews.index('byBusinessAt').getAll(range(b.key, now - RECENT_WINDOW)),
        reviews.index('byUnread').getAll(IDBKeyRange.only([b.key, 1])),
        tx.objectStore('snapshots').index('byBusiness').getAll(range(b.key)),
      ]);
      return { aggregate: aggregate ?? emptyAggregate(b.key), days, recent, unread, snapshots };
    }),
  );
  await tx.done;
  return joinParts(businesses, perBusiness);
}

/**
 * The same parts computed from every stored review of the businesses, without the maintained
 * aggregates and daily buckets: what a store without them would do. It is the naive side of the
 * benchmark, and a check that the maintained figures give the same summary.
 */
export async function loadSummaryPartsByScan(db: SentinelDatabase, businesses: BusinessRecord[], now: number): Promise<SummaryParts> {
  const tx = db.transaction(['reviews', 'snapshots']);
  const perBusiness = await Promise.all(
    businesses.map(async (b): Promise<BusinessParts> => {
      const [reviews, snapshots] = await Promise.all([
        tx.objectStore('reviews').index('byBusiness').getAll(b.key),
        tx.objectStore('snapshots').index('byBusiness').getAll(range(b.key)),
      ]);
      const aggregate = reviews.reduce((a, r) => applyToAggregate(a, r, 1), emptyAggregate(b.key));
      const days = new Map<number, DayRecord>();
      for (const r of reviews) days.set(dayOf(r.at), applyToDay(days.get(dayOf(r.at)), r, 1));
      return {
        aggregate,
        days: [...days.values()].sort((x, y) => x.day - y.day),
        recent: reviews.filter((r) => r.at >= now - RECENT_WINDOW).sort((x, y) => x.at - y.at),
        unread: reviews.filter((r) => r.unread === 1),
        snapshots,
      };
    }),
  );
  await tx.done;
  return joinParts(businesses, perBusiness);
}

export async function loadBusinessSummary(
  db: SentinelDatabase,
  businessKey: string,
  now: number,
  options: SummaryOptions = {},
): Promise<BusinessSummary | null> {
  const business = await getBusiness(db, businessKey);
  if (!business) return null;
  return summarize(await loadSummaryParts(db, [business], now), now, options);
}

/** The combined view of a group: its businesses on every site, led by `leadKey` (or the owner's own). */
export async function loadGroupSummary(
  db: SentinelDatabase,
  group: string,
  now: number,
  leadKey?: string,
  options: SummaryOptions = {},
): Promise<BusinessSummary | null> {
  const members = await businessesInGroup(db, group);
  if (members.length === 0) return null;
  const rank = (b: BusinessRecord): number => (b.key === leadKey ? 0 : b.role === 'mine' ? 1 : 2);
  members.sort((a, b) => rank(a) - rank(b) || (b.reviewCount ?? 0) - (a.reviewCount ?? 0));
  return summarize(await loadSummaryParts(db, members, now), now, options);
}

/** Businesses for the switcher: the owner's first, then competitors, then the rest; most recently checked first. */
export async function listBusinessesForSwitcher(db: SentinelDatabase): Promise<BusinessRecord[]> {
  const rank = (b: BusinessRecord): number => (b.role === 'mine' ? 0 : b.role === 'competitor' ? 1 : 2);
  return (await listBusinesses(db)).sort((a, b) => rank(a) - rank(b) || b.lastCheckedAt - a.lastCheckedAt);
}

export async function countStored(db: SentinelDatabase): Promise<{ businesses: number; reviews: number }> {
  const [businesses, reviews] = await Promise.all([db.count('businesses'), db.count('reviews')]);
  return { businesses, reviews };
}

/** Everything stored, by kind (the options page says what an export or a deletion covers). */
export async function countStoredByKind(db: SentinelDatabase): Promise<{ businesses: number; reviews: number; snapshots: number; alerts: number }> {
  const [businesses, reviews, snapshots, alerts] = await Promise.all([db.count('businesses'), db.count('reviews'), db.count('snapshots'), db.count('alerts')]);
  return { businesses, reviews, snapshots, alerts };
}

/** Every business with its number of stored reviews (options page). */
export async function listBusinessesWithCounts(db: SentinelDatabase): Promise<Array<{ business: BusinessRecord; reviews: number }>> {
  const tx = db.transaction(['businesses', 'aggregates']);
  const [businesses, aggregates] = await Promise.all([tx.objectStore('businesses').getAll(), tx.objectStore('aggregates').getAll()]);
  await tx.done;
  const counts = new Map(aggregates.map((a) => [a.businessKey, a.total]));
  const rank = (b: BusinessRecord): number => (b.role === 'mine' ? 0 : b.role === 'competitor' ? 1 : 2);
  return businesses.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name)).map((business) => ({ business, reviews: counts.get(business.key) ?? 0 }));
}
