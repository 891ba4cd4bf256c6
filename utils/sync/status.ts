/** What the last sync did, as the options page shows it, and what the next one has to send. */
import type { SyncProblem } from './config';

export interface SyncStatus {
  /** When it ended. */
  at: number;
  ok: boolean;
  /** What moved: documents received from the server and sent to it, and what changed here. */
  moved?: { received: number; sent: number; reviews: number; businesses: number };
  problem?: SyncProblem;
  /** The error's own words, for `other`. */
  detail?: string;
}

export interface SyncOutbox {
  /** Reviews written by captures, read or marked done since the last sync. */
  keys: string[];
  /** Send everything next time (after an import or when sync is turned on). */
  full?: boolean;
}

/** At most this many keys wait; past that, the next sync sends everything instead. */
export const OUTBOX_LIMIT = 20_000;

/** The outbox with keys added (deduplicated); an overflow asks for a full send. */
export function addToOutbox(outbox: SyncOutbox, keys: readonly string[]): SyncOutbox {
  if (outbox.full) return { keys: [], full: true };
  const next = [...new Set([...outbox.keys, ...keys])];
  return next.length > OUTBOX_LIMIT ? { keys: [], full: true } : { keys: next };
}

/** The outbox after a sync that sent `sent` (and everything, when `full`): keys added meanwhile stay. */
export function afterSync(outbox: SyncOutbox, sent: readonly string[], full: boolean): SyncOutbox {
  const done = new Set(sent);
  const keys = outbox.keys.filter((key) => !done.has(key));
  return outbox.full && !full ? { keys, full: true } : { keys };
}
