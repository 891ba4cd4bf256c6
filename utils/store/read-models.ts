/** Read models for the extension's pages, assembled from stored records. */
import { summarizeBusiness, type BusinessSummary } from '../reputation/summary';
import type { SentinelDatabase } from './db';
import { getBusiness, listBusinesses, reviewsOfBusiness, snapshotsOfBusiness } from './queries';
import type { BusinessRecord } from './schema';

export async function loadBusinessSummary(db: SentinelDatabase, businessKey: string, now: number): Promise<BusinessSummary | null> {
  const business = await getBusiness(db, businessKey);
  if (!business) return null;
  const [reviews, snapshots] = await Promise.all([reviewsOfBusiness(db, businessKey), snapshotsOfBusiness(db, businessKey)]);
  return summarizeBusiness(business, reviews, snapshots, now);
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
