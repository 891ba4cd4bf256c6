/**
 * Housekeeping the background runs at start and after captures, at most once a day:
 * retention of businesses the owner never marked.
 */
import { browser } from 'wxt/browser';
import type { SentinelDatabase } from '../store/db';
import { pruneUnmarked } from '../store/queries';
import { loadSettings } from '../settings';

const KEY = 'lastPrunedAt';
const DAY = 86_400_000;

export async function maybePrune(db: SentinelDatabase, now: number): Promise<{ businesses: number; reviews: number } | null> {
  const stored = await browser.storage.local.get(KEY);
  const last = typeof stored[KEY] === 'number' ? stored[KEY] : 0;
  if (now - last < DAY) return null;
  await browser.storage.local.set({ [KEY]: now });
  const settings = await loadSettings();
  return pruneUnmarked(db, now, settings.retentionDays);
}
