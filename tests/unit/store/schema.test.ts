import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '@/utils/store/schema';
import { freshDb } from '../../support/db';

// Upgrades of databases of earlier versions: upgrade.test.ts, on frozen fixtures.

describe('database schema', () => {
  it('creates every store with the indexes the popup and background query', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['aggregates', 'alerts', 'businesses', 'days', 'reviews', 'snapshots', 'starLearning']);
    const tx = db.transaction(['businesses', 'reviews', 'snapshots', 'alerts']);
    expect([...tx.objectStore('reviews').indexNames].sort()).toEqual(['byBusiness', 'byBusinessAt', 'byBusinessSeen', 'byFingerprint', 'byUnread']);
    expect([...tx.objectStore('snapshots').indexNames]).toEqual(['byBusiness']);
    expect([...tx.objectStore('businesses').indexNames].sort()).toEqual(['byGroup', 'byLastChecked', 'byRole']);
    expect([...tx.objectStore('alerts').indexNames].sort()).toEqual(['byBusiness', 'byCreated']);
    await tx.done;
  });
});
