/** Whether a business's last check was a scheduled one or the owner's own visit (the popup's freshness line). Pure. */
import type { CheckRun } from './types';

/** Captures of a check arrive a moment after the business record is written. */
const SLACK = 1_000;

export function checkedBy(lastCheckedAt: number, run: CheckRun | undefined): 'schedule' | 'owner' | 'unknown' {
  if (!run) return 'unknown';
  if (run.capturedAt === undefined) return 'owner';
  return lastCheckedAt >= run.startedAt && lastCheckedAt <= run.capturedAt + SLACK ? 'schedule' : 'owner';
}
