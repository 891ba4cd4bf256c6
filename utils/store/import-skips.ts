/**
 * What an import left out, counted by kind of record and by cause, so the options page can say
 * it in the owner's words ("3 reviews skipped: their links do not lead to Google Maps") rather
 * than as a list of developer reasons. Pure.
 */
import type { SiteId } from '../sites/types';

export type SkipKind = 'businesses' | 'snapshots' | 'reviews' | 'alerts';
/** `off-site`: a link that does not lead to the record's site; `no-business`: its business is not in the file; `damaged`: anything else. */
export type SkipCause = 'off-site' | 'no-business' | 'damaged';

export interface SkipTally {
  kind: SkipKind;
  cause: SkipCause;
  /** The site the links should have led to (`off-site`). */
  site?: SiteId;
  count: number;
}

/** Adds one skipped record to the tallies (in place), one line per kind, cause and site. */
export function tallySkip(tallies: SkipTally[], kind: SkipKind, cause: SkipCause, site?: SiteId): void {
  const found = tallies.find((t) => t.kind === kind && t.cause === cause && t.site === site);
  if (found) found.count++;
  else tallies.push(site === undefined ? { kind, cause, count: 1 } : { kind, cause, site, count: 1 });
}
