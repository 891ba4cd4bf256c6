/**
 * "Export JSON": every stored record in a versioned file. The format is documented field by
 * field in the README and only ever grows: fields are added, never renamed or removed.
 */
import type { SentinelDatabase } from './db';
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
  const names = new Map<string, string>();
  const hide = (review: ReviewRecord): ReviewRecord => {
    if (!options.hideNames) return review;
    let alias = names.get(review.author);
    if (!alias) {
      alias = `Reviewer ${names.size + 1}`;
      names.set(review.author, alias);
    }
    return { ...review, author: alias };
  };
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

export function exportFileName(now: number): string {
  return `review-sentinel-export-${new Date(now).toISOString().slice(0, 10)}.json`;
}
