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

/** Consistent pseudonyms for reviewer names ("Reviewer 1", "Reviewer 2", …) when names are hidden. */
function authorAliases(hideNames: boolean | undefined): (author: string) => string {
  const names = new Map<string, string>();
  return (author) => {
    if (!hideNames) return author;
    let alias = names.get(author);
    if (!alias) {
      alias = `Reviewer ${names.size + 1}`;
      names.set(author, alias);
    }
    return alias;
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
  const alias = authorAliases(options.hideNames);
  const hide = (review: ReviewRecord): ReviewRecord => (options.hideNames ? { ...review, author: alias(review.author) } : review);
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
  const alias = authorAliases(options.hideNames);
  const parts = [csvHeader()];
  // The index orders by business, then date: reverse each business's run for newest first.
  for (let end = reviews.length; end > 0; ) {
    let start = end - 1;
    while (start > 0 && reviews[start - 1]!.businessKey === reviews[end - 1]!.businessKey) start--;
    for (let i = end - 1; i >= start; i--) parts.push(reviewCsvRow(reviews[i]!, byKey.get(reviews[i]!.businessKey), alias(reviews[i]!.author)));
    end = start;
  }
  return { parts, counts: { businesses: businesses.length, snapshots: 0, reviews: reviews.length, alerts: 0 } };
}

export function exportFileName(now: number, extension: 'json' | 'csv' = 'json'): string {
  return `review-sentinel-export-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
