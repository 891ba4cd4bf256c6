/** Handles requests from the extension's own pages (popup, options); the router has checked the sender. */
import { LIMITS, type DataChangedMessage, type MarkDoneMessage, type MarkReadMessage, type PageResponse, type SetRoleMessage } from '../messages';
import { getDb } from '../store/db';
import { markRead, setBusinessRole, setReviewDone, unreadReviewKeys } from '../store/queries';
import type { Validated } from '../validate';
import { refreshBadge } from './badge';
import { announceNotesChanged } from './notes';
import { noteSyncWrites } from './sync';
import { forgetTabViews } from './tab-views';

const fields = (raw: unknown): Record<string, unknown> => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {});
const malformed = { ok: false, reason: 'malformed message' } as const;

export function parseSetRole(raw: unknown): Validated<SetRoleMessage> {
  const { businessKey, role } = fields(raw);
  if (typeof businessKey !== 'string' || !(role === 'mine' || role === 'competitor' || role === null)) return malformed;
  return { ok: true, value: { type: 'page:set-role', businessKey, role } };
}

const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 500;

export function parseMarkRead(raw: unknown): Validated<MarkReadMessage> {
  const { businessKey, reviewKeys } = fields(raw);
  if (!(typeof businessKey === 'string' || businessKey === null)) return malformed;
  if (reviewKeys === undefined) return { ok: true, value: { type: 'page:mark-read', businessKey } };
  if (!Array.isArray(reviewKeys) || reviewKeys.length > LIMITS.keysPerMarkRead || !reviewKeys.every(isKey)) return malformed;
  return { ok: true, value: { type: 'page:mark-read', businessKey, reviewKeys: [...reviewKeys] } };
}

export function parseMarkDone(raw: unknown): Validated<MarkDoneMessage> {
  const { reviewKey, done } = fields(raw);
  if (!isKey(reviewKey) || typeof done !== 'boolean') return malformed;
  return { ok: true, value: { type: 'page:mark-done', reviewKey, done } };
}

export function parseDataChanged(raw: unknown): Validated<DataChangedMessage> {
  return { ok: true, value: fields(raw).imported === true ? { type: 'page:data-changed', imported: true } : { type: 'page:data-changed' } };
}

export async function handleSetRole(message: SetRoleMessage): Promise<PageResponse> {
  if (!(await setBusinessRole(await getDb(), message.businessKey, message.role))) return { ok: false, error: 'unknown business' };
  await noteSyncWrites([]);
  await forgetTabViews();
  // Notes are shown on tracked businesses only: the tabs showing this one ask again.
  await announceNotesChanged(message.businessKey);
  // The tooltip names the owner's sites that are blind or stale: a new "mine" may be one.
  await refreshBadge();
  return { ok: true };
}

export async function handleMarkRead(message: MarkReadMessage): Promise<PageResponse> {
  // An empty list reads nothing (a popup that displayed no unread review), never everything.
  if (message.reviewKeys?.length !== 0) {
    const db = await getDb();
    // Written to sync's outbox first: a worker stopped after the write still sends it.
    await noteSyncWrites(message.reviewKeys ?? (await unreadReviewKeys(db, message.businessKey)));
    await markRead(db, message.businessKey, message.reviewKeys);
  }
  await refreshBadge();
  return { ok: true };
}

export async function handleMarkDone(message: MarkDoneMessage): Promise<PageResponse> {
  await noteSyncWrites([message.reviewKey]);
  if (!(await setReviewDone(await getDb(), message.reviewKey, message.done))) return { ok: false, error: 'unknown review' };
  await forgetTabViews();
  await refreshBadge();
  return { ok: true };
}

export async function handleDataChanged(message: DataChangedMessage): Promise<PageResponse> {
  // Renames and groups travel with the businesses, which every sync sends; an import's reviews are older than the last sync.
  await noteSyncWrites([], message.imported === true);
  await forgetTabViews();
  await refreshBadge();
  return { ok: true };
}
