import { describe, expect, it } from 'vitest';
import { exportJson } from '@/utils/store/export';
import { setSamePlace } from '@/utils/store/groups';
import { importFile, MAX_IMPORT_MB } from '@/utils/store/import';
import { ingestCapture } from '@/utils/store/ingest';
import { countStored } from '@/utils/store/read-models';
import { freshDb } from '../../support/db';
import { business, ingestInput, review } from '../../support/factories';

async function threePlaces() {
  const db = await freshDb();
  const places = [
    { site: 'yelp' as const, id: 'luce', url: 'https://www.yelp.com/biz/luce' },
    { site: 'google-maps' as const, id: '0x1:0x2', url: 'https://www.google.com/maps/place/Luce' },
    { site: 'tripadvisor' as const, id: '123', url: 'https://www.tripadvisor.com/Restaurant_Review-g1-d123-Reviews-Luce.html' },
  ];
  for (const p of places) {
    await ingestCapture(
      db,
      ingestInput([review(`${p.id}-r`)], { site: p.site, visitId: `v-${p.site}`, business: business({ siteBusinessId: p.id, name: 'Luce', url: p.url }) }),
    );
  }
  const groupOf = async (key: string) => (await db.get('businesses', key))?.group;
  return { db, groupOf };
}

describe('same place on several sites', () => {
  it('joins two businesses in a new group, and a third joins that group', async () => {
    const { db, groupOf } = await threePlaces();
    let n = 0;
    expect(await setSamePlace(db, 'yelp:luce', 'google-maps:0x1:0x2', () => `g-${++n}`)).toBe(true);
    expect([await groupOf('yelp:luce'), await groupOf('google-maps:0x1:0x2')]).toEqual(['g-1', 'g-1']);
    expect(await setSamePlace(db, 'tripadvisor:123', 'yelp:luce', () => `g-${++n}`)).toBe(true);
    expect(await groupOf('tripadvisor:123')).toBe('g-1');
  });

  it('dissolves a group left with one member when a business leaves it', async () => {
    const { db, groupOf } = await threePlaces();
    await setSamePlace(db, 'yelp:luce', 'google-maps:0x1:0x2', () => 'g-1');
    expect(await setSamePlace(db, 'yelp:luce', null)).toBe(true);
    expect([await groupOf('yelp:luce'), await groupOf('google-maps:0x1:0x2')]).toEqual([undefined, undefined]);
  });

  it('keeps a group of three as a group of two when one leaves', async () => {
    const { db, groupOf } = await threePlaces();
    await setSamePlace(db, 'yelp:luce', 'google-maps:0x1:0x2', () => 'g-1');
    await setSamePlace(db, 'tripadvisor:123', 'yelp:luce');
    await setSamePlace(db, 'tripadvisor:123', null);
    expect([await groupOf('yelp:luce'), await groupOf('google-maps:0x1:0x2'), await groupOf('tripadvisor:123')]).toEqual(['g-1', 'g-1', undefined]);
  });

  it('changes nothing for unknown businesses or a business joined with itself', async () => {
    const { db, groupOf } = await threePlaces();
    expect(await setSamePlace(db, 'yelp:nope', 'yelp:luce')).toBe(false);
    expect(await setSamePlace(db, 'yelp:luce', 'yelp:luce')).toBe(false);
    expect(await setSamePlace(db, 'yelp:luce', null)).toBe(false);
    expect(await groupOf('yelp:luce')).toBeUndefined();
  });
});

describe('the import pipeline', () => {
  const fileOf = (text: string, size = text.length) => ({ size, text: async () => text });

  it('refuses a file too large, one that is not JSON and one that is not an export, changing nothing', async () => {
    const db = await freshDb();
    expect(await importFile(db, fileOf('{}', MAX_IMPORT_MB * 1024 * 1024 + 1), Date.now())).toEqual({
      ok: false,
      failure: { kind: 'too-large', maxMb: MAX_IMPORT_MB },
    });
    expect(await importFile(db, fileOf('{"format": '), Date.now())).toEqual({ ok: false, failure: { kind: 'not-json' } });
    expect(await importFile(db, fileOf('{"format": "something-else"}'), Date.now())).toEqual({
      ok: false,
      failure: { kind: 'invalid', reason: 'this is not a Review Sentinel export', code: 'not-ours' },
    });
    expect(await countStored(db)).toEqual({ businesses: 0, reviews: 0 });
  });

  it('imports an export of another store, with its progress', async () => {
    const { db: source } = await threePlaces();
    const exported = await exportJson(source, { now: Date.now(), version: '1.0.0', hideNames: false });
    const text = (await Promise.all(exported.parts.map((p) => (typeof p === 'string' ? p : new Blob([p]).text())))).join('');
    const target = await freshDb();
    const progress: Array<[number, number]> = [];
    const result = await importFile(target, fileOf(text), Date.now(), (done, total) => progress.push([done, total]));
    expect(result.ok && result.report.reasons).toEqual([]);
    expect(result.ok && result.report.reviews).toEqual({ added: 3, known: 0 });
    expect(progress).toEqual([[0, 3]]);
    expect(await countStored(target)).toEqual({ businesses: 3, reviews: 3 });
  });

  it('keeps an urgent review unread and done across a round trip, whatever its stars', async () => {
    const source = await freshDb();
    const now = Date.UTC(2026, 10, 20, 12);
    await ingestCapture(source, ingestInput([review('old')], { now: now - 86_400_000 }));
    const allergic = review('ER', { rating: 4, text: 'Lovely pasta, but my son had an allergic reaction to the dessert and we ended up in the ER.' });
    const other = review('ER2', {
      rating: 4,
      text: 'The waiter forgot the nut allergy we mentioned and my daughter had a reaction; we went to the emergency room.',
    });
    await ingestCapture(source, ingestInput([review('old'), allergic, other], { visitId: 'visit-2', now }));
    const stored = await source.get('reviews', 'yelp:ER');
    expect(stored).toMatchObject({ negative: 0, unread: 1, alertState: 'alerted' });
    expect(stored?.analysis.urgent?.category).toBe('health');
    await source.put('reviews', { ...(await source.get('reviews', 'yelp:ER2'))!, done: 1, doneAt: now + 5 });

    const exported = await exportJson(source, { now, version: '1.0.0', hideNames: false });
    const text = (await Promise.all(exported.parts.map((p) => (typeof p === 'string' ? p : new Blob([p]).text())))).join('');
    const target = await freshDb();
    expect((await importFile(target, fileOf(text), now)).ok).toBe(true);
    expect(await target.get('reviews', 'yelp:ER')).toMatchObject({ unread: 1, negative: 0 });
    expect(await target.get('reviews', 'yelp:ER2')).toMatchObject({ done: 1, doneAt: now + 5 });
  });
});
