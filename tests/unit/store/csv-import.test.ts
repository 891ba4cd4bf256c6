import { describe, expect, it } from 'vitest';
import { csvCell, CSV_BOM, CSV_COLUMNS } from '@/utils/store/csv';
import { EXPORT_FORMAT_VERSION, exportCsv, exportJson, withoutName } from '@/utils/store/export';
import { importData } from '@/utils/store/import';
import { ingestCapture } from '@/utils/store/ingest';
import { loadBusinessSummary } from '@/utils/store/read-models';
import { validateExportFile } from '@/utils/store/import-file';
import { freshDb } from '../../support/db';
import { business, ingestInput, review } from '../../support/factories';
import { SEED_NOW, seededStore } from '../../support/seeded';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('Export CSV', () => {
  it('writes one review per row, UTF-8 with a BOM, that a spreadsheet reads back cell for cell', async () => {
    const { db } = await seededStore();
    const text = (await exportCsv(db, { now: SEED_NOW, version: '1' })).parts.join('');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(8);
    const col = (name: (typeof CSV_COLUMNS)[number]) => header!.indexOf(name);
    const anna = rows.find((r) => r[col('author')] === 'Анна С.')!;
    expect(anna[col('text')]).toBe('Ждали заказ больше часа, официант был груб. Больше не придём.');
    expect(anna[col('rating')]).toBe('1');
    expect(anna[col('language')]).toBe('ru');
    expect(anna[col('negative')]).toBe('yes');
    expect(anna[col('published')]).toBe('2026-11-16');
    expect(anna[col('themes')]).toContain('waiting (complaint)');
    expect(rows.find((r) => r[col('author')] === 'Priya N.')![col('reply')]).toBe('Priya, we are sorry: we were short-staffed that night.');
    // Newest first.
    expect(rows[0]![col('author')]).toBe('Derek W.');
  });

  it('neutralises cells a spreadsheet would run as formulas, but keeps numbers numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe('"\'=HYPERLINK(""http://evil"",""click"")"');
    expect(csvCell('+1 great')).toBe("'+1 great");
    expect(csvCell('-rude staff')).toBe("'-rude staff");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(-0.45)).toBe('-0.45');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell(undefined)).toBe('');
  });

  it('leaves reviewer names out when asked, in both exports, the owner’s replies included', async () => {
    const { db } = await seededStore();
    const stored = await db.getAll('reviews');
    const authors = [...new Set(stored.map((r) => r.author))];
    expect(stored.some((r) => r.reply && authors.some((a) => r.reply!.text.includes(a.split(' ')[0]!)))).toBe(true);
    const csv = (await exportCsv(db, { now: SEED_NOW, version: '1', hideNames: true })).parts.join('');
    const json = (await exportJson(db, { now: SEED_NOW, version: '1', hideNames: true })).parts.join('');
    for (const text of [csv, json]) {
      for (const author of authors) expect(text).not.toContain(author.split(' ')[0]!);
      expect(text).toContain('Reviewer 1');
    }
    // The same reviewer is the same pseudonym everywhere in the file.
    const file = JSON.parse(json) as { reviews: Array<{ author: string }> };
    expect(new Set(file.reviews.map((r) => r.author)).size).toBe(authors.length);
  });

  it('takes a name out of the texts only as a whole word', () => {
    const review = { author: 'Tom H.', text: 'Tom yum soup was great, Tom H. says.', reply: { text: 'Thanks Tom! Tomatoes are local.' } } as Parameters<
      typeof withoutName
    >[0];
    const out = withoutName(review, 'Reviewer 3');
    expect(out.author).toBe('Reviewer 3');
    expect(out.text).toBe('Tom yum soup was great, Reviewer 3 says.');
    expect(out.reply?.text).toBe('Thanks Reviewer 3! Tomatoes are local.');
  });
});

describe('Import JSON', () => {
  it('restores an export into an empty store, with the same figures, and adds nothing the second time', async () => {
    const { db, summary } = await seededStore();
    const file = JSON.parse((await exportJson(db, { now: SEED_NOW, version: '1' })).parts.join(''));
    const target = await freshDb();
    const validated = validateExportFile(file, SEED_NOW, EXPORT_FORMAT_VERSION);
    if (!validated.ok) throw new Error(validated.reason);
    const first = await importData(target, validated.value);
    expect(first).toMatchObject({ businesses: { added: 1, known: 0 }, reviews: { added: 8, known: 0 }, snapshots: { added: 2 }, skipped: 0 });
    const restored = (await loadBusinessSummary(target, 'yelp:biz-1', SEED_NOW))!;
    expect(restored.score).toEqual(summary.score);
    expect(restored.risk).toEqual(summary.risk);
    expect({ total: restored.total, negatives: restored.negatives, unread: restored.unread }).toEqual({ total: 8, negatives: 4, unread: 3 });
    expect(restored.business.role).toBe('mine');
    // Imported alerts were shown where they came from: never shown again here.
    expect((await target.getAll('alerts')).every((a) => a.shownAt !== undefined)).toBe(true);

    const second = await importData(target, validated.value);
    expect(second).toMatchObject({
      businesses: { added: 0, known: 1 },
      reviews: { added: 0, known: 8 },
      snapshots: { added: 0, known: 2 },
      alerts: { added: 0 },
    });
    expect(await target.count('reviews')).toBe(8);
    expect((await loadBusinessSummary(target, 'yelp:biz-1', SEED_NOW))!.total).toBe(8);
  });

  it('merges into a store that already knows some of it, keeping what is stored', async () => {
    const { db } = await seededStore();
    const file = JSON.parse((await exportJson(db, { now: SEED_NOW, version: '1' })).parts.join(''));
    const target = await freshDb();
    await ingestCapture(
      target,
      ingestInput([review('r1', { author: 'Maria G.', rating: 5, text: 'Edited here.' }), review('zz', { rating: 4 })], {
        now: SEED_NOW,
        business: business({ name: 'Trattoria Lucia' }),
      }),
    );
    const validated = validateExportFile(file, SEED_NOW, EXPORT_FORMAT_VERSION);
    if (!validated.ok) throw new Error(validated.reason);
    const report = await importData(target, validated.value);
    expect(report.reviews).toEqual({ added: 7, known: 1 });
    expect((await target.get('reviews', 'yelp:r1'))!.text).toBe('Edited here.');
    expect((await target.get('businesses', 'yelp:biz-1'))!.role).toBe('mine');
    expect((await loadBusinessSummary(target, 'yelp:biz-1', SEED_NOW))!.total).toBe(9);
  });

  it('refuses a file that is not an export, and skips bad records with their reasons', async () => {
    expect(validateExportFile({ hello: 1 }, SEED_NOW, 1)).toEqual({ ok: false, reason: 'this is not a Review Sentinel export', code: 'not-ours' });
    expect(validateExportFile({ format: 'review-sentinel-export', formatVersion: 9 }, SEED_NOW, 1)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('newer'),
      code: 'too-new',
    });
    expect(validateExportFile([], SEED_NOW, 1)).toMatchObject({ ok: false });

    const { db } = await seededStore();
    const file = JSON.parse((await exportJson(db, { now: SEED_NOW, version: '1' })).parts.join(''));
    file.reviews[0].analysis.label = '<script>';
    file.reviews[1].url = 'javascript:alert(1)';
    file.reviews[2].businessKey = 'evil:1';
    file.reviews[3].rating = 11;
    file.reviews[4].url = 'https://yelp.com.evil.example/biz/x?hrid=1';
    file.businesses.push({ ...file.businesses[0], key: 'yelp:other', siteBusinessId: 'different' });
    const validated = validateExportFile(file, SEED_NOW, EXPORT_FORMAT_VERSION);
    if (!validated.ok) throw new Error(validated.reason);
    expect(validated.value.skipped).toBe(6);
    expect(validated.value.reasons).toEqual([
      'businesses[1]: business key does not match its site and id',
      'reviews[0]: analysis label is not one of negative, neutral, positive, none',
      'reviews[1]: review url is not an https URL',
      'reviews[2]: review business does not name a known site',
      'reviews[3]: rating is out of range',
      'reviews[4]: review url is not an address on yelp',
    ]);
    // The same, counted for the owner: by kind and cause, links by the site they should lead to.
    expect(validated.value.skips).toEqual([
      { kind: 'businesses', cause: 'damaged', count: 1 },
      { kind: 'reviews', cause: 'damaged', count: 3 },
      { kind: 'reviews', cause: 'off-site', site: 'yelp', count: 2 },
    ]);
    const report = await importData(await freshDb(), validated.value);
    expect(report.reviews.added).toBe(3);
    expect(report.skipped).toBe(6);
  });
});
