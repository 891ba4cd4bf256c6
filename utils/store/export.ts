/**
 * "Export JSON": every stored record in a versioned file. The format is documented field by
 * field in the README and only ever grows: fields are added, never renamed or removed.
 */
import type { SentinelDatabase } from './db';
import { csvHeader, reviewCsvRow } from './csv';
import type { AlertRecord, BusinessRecord, ReviewRecord, SnapshotRecord } from './schema';

export const EXPORT_FORMAT = 'review-sentinel-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  generator: { name: string; version: string };
}

export interface ExportFile extends ExportHeader {
  businesses: BusinessRecord[];
  snapshots: SnapshotRecord[];
  reviews: ReviewRecord[];
  alerts: AlertRecord[];
}

export interface ExportOptions {
  now: number;
  version: string;
  /** Replace reviewer names with "Reviewer N" (owner replies and texts are kept). */
  hideNames?: boolean;
}

export interface ExportResult {
  /** JSON text in pieces, ready for `new Blob(parts)`; a large store never becomes one huge string. */
  parts: string[];
  counts: { businesses: number; snapshots: number; reviews: number; alerts: number };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `name` as a whole word in `text` (letters of any script count as word characters). */
function replaceName(text: string, name: string, alias: string): string {
  if (!name) return text;
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'), alias);
}

/**
 * A review with its reviewer's name left out: the author becomes `alias`, and the name is taken
 * out of the texts too — the full name anywhere, the first name in the owner's reply, which
 * usually greets the reviewer by it ("Derek, I'm so sorry…").
 */
export function withoutName(review: ReviewRecord, alias: string): ReviewRecord {
  const full = review.author.trim();
  const first = full.split(/\s+/)[0]!.replace(/[.,]+$/, '');
  const scrub = (text: string, firstName: boolean): string => {
    const once = replaceName(text, full, alias);
    return firstName && first.length >= 3 && first !== full ? replaceName(once, first, alias) : once;
  };
  const out: ReviewRecord = { ...review, author: alias, text: scrub(review.text, false) };
  if (review.title !== undefined) out.title = scrub(review.title, false);
  if (review.reply) out.reply = { ...review.reply, text: scrub(review.reply.text, true) };
  if (review.history) out.history = review.history.map((h) => ({ ...h, text: scrub(h.text, false) }));
  return out;
}

/** Reviews as exported: as stored, or without reviewer names under consistent pseudonyms ("Reviewer 1", …). */
function exportedReviews(hideNames: boolean | undefined): (review: ReviewRecord) => ReviewRecord {
  const names = new Map<string, string>();
  return (review) => {
    if (!hideNames) return review;
    let alias = names.get(review.author);
    if (!alias) {
      alias = `Reviewer ${names.size + 1}`;
      names.set(review.author, alias);
    }
    return withoutName(review, alias);
  };
}

export async function exportJson(db: SentinelDatabase, options: ExportOptions): Promise<ExportResult> {
  const tx = db.transaction(['businesses', 'snapshots', 'reviews', 'alerts']);
  const [businesses, snapshots, reviews, alerts] = await Promise.all([
    tx.objectStore('businesses').getAll(),
    tx.objectStore('snapshots').getAll(),
    tx.objectStore('reviews').getAll(),
    tx.objectStore('alerts').getAll(),
  ]);
  await tx.done;
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date(options.now).toISOString(),
    generator: { name: 'Review Sentinel', version: options.version },
  };
  const hide = exportedReviews(options.hideNames);
  const parts: string[] = [JSON.stringify(header).slice(0, -1)];
  const section = (name: string, records: readonly unknown[]): void => {
    parts.push(`,\n${JSON.stringify(name)}:[`);
    records.forEach((record, i) => parts.push(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`));
    parts.push('\n]');
  };
  section('businesses', businesses);
  section('snapshots', snapshots);
  section('reviews', reviews.map(hide));
  section('alerts', alerts);
  parts.push('\n}\n');
  return { parts, counts: { businesses: businesses.length, snapshots: snapshots.length, reviews: reviews.length, alerts: alerts.length } };
}

/** "Export CSV": one row per review, newest first within each business. */
export async function exportCsv(db: SentinelDatabase, options: ExportOptions): Promise<ExportResult> {
  const tx = db.transaction(['businesses', 'reviews']);
  const [businesses, reviews] = await Promise.all([tx.objectStore('businesses').getAll(), tx.objectStore('reviews').index('byBusinessAt').getAll()]);
  await tx.done;
  const byKey = new Map(businesses.map((b) => [b.key, b]));
  const hide = exportedReviews(options.hideNames);
  const parts = [csvHeader()];
  // The index orders by business, then date: reverse each business's run for newest first.
  for (let end = reviews.length; end > 0;) {
    let start = end - 1;
    while (start > 0 && reviews[start - 1]!.businessKey === reviews[end - 1]!.businessKey) start--;
    for (let i = end - 1; i >= start; i--) {
      const review = hide(reviews[i]!);
      parts.push(reviewCsvRow(review, byKey.get(review.businessKey), review.author));
    }
    end = start;
  }
  return { parts, counts: { businesses: businesses.length, snapshots: 0, reviews: reviews.length, alerts: 0 } };
}

export function exportFileName(now: number, extension: 'json' | 'csv' = 'json'): string {
  return `review-sentinel-export-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
