import { describe, expect, it } from 'vitest';
import { exportFileName, exportJson } from '@/utils/store/export';
import { ingestCapture } from '@/utils/store/ingest';
import { freshDb } from '../../support/db';
import { DAY, ingestInput, review } from '../../support/factories';

const NOW = Date.UTC(2026, 10, 20, 12);

describe('Export JSON', () => {
  it('writes every record in a versioned, parseable file', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput([review('a', { author: 'Ann' }), review('b', { author: 'Bob', rating: 1, text: 'Awful.' })]));
    await ingestCapture(db, ingestInput([review('c', { author: 'Ann', rating: 1, text: 'Worse.' })], { visitId: 'v2', now: NOW + DAY }));
    const result = await exportJson(db, { now: NOW, version: '1.2.3' });
    expect(result.counts).toEqual({ businesses: 1, snapshots: 2, reviews: 3, alerts: 1 });
    const file = JSON.parse(result.parts.join(''));
    expect(file).toMatchObject({
      format: 'review-sentinel-export',
      formatVersion: 1,
      exportedAt: '2026-11-20T12:00:00.000Z',
      generator: { name: 'Review Sentinel', version: '1.2.3' },
    });
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'exportedAt', 'generator', 'businesses', 'snapshots', 'reviews', 'alerts']);
    expect(file.reviews.map((r: { author: string }) => r.author)).toEqual(['Ann', 'Bob', 'Ann']);
    expect(file.reviews[2]).toMatchObject({ key: 'yelp:c', negative: 1, alertState: 'alerted', analysis: { label: expect.any(String) } });
  });

  it('can leave reviewer names out, keeping one alias per person', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput([review('a', { author: 'Ann' }), review('b', { author: 'Bob' }), review('c', { author: 'Ann' })]));
    const file = JSON.parse((await exportJson(db, { now: NOW, version: '1', hideNames: true })).parts.join(''));
    expect(file.reviews.map((r: { author: string }) => r.author)).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 1']);
    expect(JSON.stringify(file)).not.toMatch(/Ann|Bob/);
  });

  it('exports an empty store as valid JSON', async () => {
    const file = JSON.parse((await exportJson(await freshDb(), { now: NOW, version: '1' })).parts.join(''));
    expect(file.reviews).toEqual([]);
    expect(exportFileName(NOW)).toBe('review-sentinel-export-2026-11-20.json');
  });
});
