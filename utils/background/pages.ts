/** Handles requests from the extension's own pages (popup, options); the router has checked the sender. */
import type { DataChangedMessage, MarkReadMessage, PageResponse, SetRoleMessage } from '../messages';
import { getDb } from '../store/db';
import { markRead, setBusinessRole } from '../store/queries';
import type { Validated } from '../validate';
import { refreshBadge } from './badge';
import { announceNotesChanged } from './notes';
import { forgetTabViews } from './tab-views';

const fields = (raw: unknown): Record<string, unknown> => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {});
const malformed = { ok: false, reason: 'malformed message' } as const;

export function parseSetRole(raw: unknown): Validated<SetRoleMessage> {
  const { businessKey, role } = fields(raw);
  if (typeof businessKey !== 'string' || !(role === 'mine' || role === 'competitor' || role === null)) return malformed;
  return { ok: true, value: { type: 'page:set-role', businessKey, role } };
}

export function parseMarkRead(raw: unknown): Validated<MarkReadMessage> {
  const { businessKey } = fields(raw);
  if (!(typeof businessKey === 'string' || businessKey === null)) return malformed;
  return { ok: true, value: { type: 'page:mark-read', businessKey } };
}

export function parseDataChanged(): Validated<DataChangedMessage> {
  return { ok: true, value: { type: 'page:data-changed' } };
}

export async function handleSetRole(message: SetRoleMessage): Promise<PageResponse> {
  if (!(await setBusinessRole(await getDb(), message.businessKey, message.role))) return { ok: false, error: 'unknown business' };
  await forgetTabViews();
  // Notes are shown on tracked businesses only: the tabs showing this one ask again.
  await announceNotesChanged(message.businessKey);
  return { ok: true };
}

export async function handleMarkRead(message: MarkReadMessage): Promise<PageResponse> {
  await markRead(await getDb(), message.businessKey);
  await refreshBadge();
  return { ok: true };
}

export async function handleDataChanged(): Promise<PageResponse> {
  await forgetTabViews();
  await refreshBadge();
  return { ok: true };
}
