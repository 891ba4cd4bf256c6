/**
 * A capture the store could not save (the disk or the browser's quota is full, the database
 * is broken) is said to the owner in the popup and the options page until a later capture is
 * saved. The transaction that failed changed nothing: IndexedDB rolls it back whole.
 */
import { storeProblemItem, type StoreProblem } from './storage-items';

export type { StoreProblem };

/** Quota errors arrive as `QuotaExceededError`, or as an abort whose cause says so. */
export function classifyStoreError(error: unknown): StoreProblem['kind'] {
  const name = (error as { name?: unknown } | null)?.name;
  const text = `${String(name ?? '')} ${String((error as { message?: unknown } | null)?.message ?? error)}`;
  return name === 'QuotaExceededError' || /quota|disk is full|no space/i.test(text) ? 'quota' : 'other';
}

export async function reportStoreProblem(error: unknown, now: number): Promise<void> {
  const problem: StoreProblem = {
    kind: classifyStoreError(error),
    detail: String((error as { message?: unknown } | null)?.message ?? error).slice(0, 300),
    at: now,
  };
  await storeProblemItem.setValue(problem);
}

export async function clearStoreProblem(): Promise<void> {
  if ((await storeProblemItem.getValue()) !== null) await storeProblemItem.removeValue();
}

export async function loadStoreProblem(): Promise<StoreProblem | undefined> {
  const value = (await storeProblemItem.getValue()) as Partial<StoreProblem> | null;
  if (!value || (value.kind !== 'quota' && value.kind !== 'other') || typeof value.at !== 'number') return undefined;
  return { kind: value.kind, detail: typeof value.detail === 'string' ? value.detail : '', at: value.at };
}
