/** The last sync and what went wrong, in the owner's words (options and popup). */
import type { Translator } from '../i18n';
import type { SyncProblem } from './config';
import type { SyncStatus } from './status';

export function problemText(t: Translator, problem: SyncProblem, detail?: string): string {
  return t.t(`sync.problem.${problem}`, { detail: detail ?? '' });
}

export function lastSyncText(t: Translator, status: SyncStatus | null | undefined, now: number): string {
  if (!status) return t.t('sync.never');
  const ago = t.ago(status.at, now);
  if (status.ok && status.moved) return t.t('sync.last.ok', { ago, received: status.moved.received, sent: status.moved.sent, reviews: status.moved.reviews });
  return t.t('sync.last.failed', { ago, problem: problemText(t, status.problem ?? 'other', status.detail) });
}
