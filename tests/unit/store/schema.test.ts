import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '@/utils/store/schema';
import { freshDb } from '../../support/db';

describe('database schema', () => {
  it('creates every store with the indexes the popup and background query', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['alerts', 'businesses', 'reviews', 'snapshots']);
    const tx = db.transaction(['businesses', 'reviews', 'snapshots', 'alerts']);
    expect([...tx.objectStore('reviews').indexNames].sort()).toEqual(['byBusiness', 'byUnread']);
    expect([...tx.objectStore('snapshots').indexNames]).toEqual(['byBusiness']);
    expect([...tx.objectStore('businesses').indexNames]).toEqual(['byRole']);
    expect([...tx.objectStore('alerts').indexNames]).toEqual(['byCreated']);
    await tx.done;
  });
});
