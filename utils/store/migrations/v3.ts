import type { IDBPTransaction, StoreNames } from 'idb';
import type { V2ReviewRecord } from './schema-v2';
import type { SchemaV3, V3ReviewRecord } from './schema-v3';

/**
 * The fingerprint as version 3 defined it: the author and the first 32 letters and digits of the
 * text (a site's trailing "…"/"Ещё" cut removed), lowercased, "ё" as "е", NFKC. Written out here,
 * not imported, so this step keeps doing what it did; today's `second-match.ts` must agree with it
 * until a later version refills the field (the upgrade tests compare the two on every fixture review).
 */
function fingerprintV3(author: string, text: string): string {
  const clean = (s: string): string =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const body = text.replace(/(?:…|\.\.\.)\s*(?:ещё|еще|читать целиком|more|read more|diğer|devamı)?\s*$/i, '');
  return `${clean(author).slice(0, 60)}|${clean(body).slice(0, 32)}`;
}

/**
 * Version 3: every review gets its `fingerprint`, and the index `byFingerprint` ([business,
 * fingerprint]) lets a capture find a review it already holds under its other key (the site's id
 * or the card's hash). Reviews already stored twice by version 2 are left as they are.
 */
export async function migrateToV3(tx: IDBPTransaction<SchemaV3, StoreNames<SchemaV3>[], 'versionchange'>): Promise<void> {
  const reviews = tx.objectStore('reviews');
  reviews.createIndex('byFingerprint', ['businessKey', 'fingerprint']);
  let cursor = await reviews.openCursor();
  while (cursor) {
    const old: V2ReviewRecord = cursor.value;
    const next: V3ReviewRecord = { ...old, fingerprint: fingerprintV3(old.author, old.text) };
    await cursor.update(next);
    cursor = await cursor.continue();
  }
}
