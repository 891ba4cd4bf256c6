/**
 * Housekeeping the background runs at start and after captures, at most once a day:
 * retention of businesses the owner never marked.
 */
import type { SentinelDatabase } from '../store/db';
import { pruneUnmarked } from '../store/queries';
import { loadSettings } from '../settings';
import { lastPrunedAtItem } from '../storage-items';
import { DAY } from '../time';

export async function maybePrune(db: SentinelDatabase, now: number): Promise<{ businesses: number; reviews: number } | null> {
  const last = await lastPrunedAtItem.getValue();
  if (typeof last === 'number' && now - last < DAY) return null;
  await lastPrunedAtItem.setValue(now);
  const settings = await loadSettings();
  return pruneUnmarked(db, now, settings.retentionDays);
}
