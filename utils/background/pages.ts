/** Handles requests from the extension's own pages (popup, options). */
import type { Runtime } from 'webextension-polyfill';
import type { PageMessage, PageResponse } from '../messages';
import { getDb } from '../store/db';
import { markRead, setBusinessRole } from '../store/queries';
import { refreshBadge } from './badge';
import { announceNotesChanged } from './notes';
import { isOwnPage } from './senders';
import { forgetTabViews } from './tab-views';

function parsePageMessage(raw: unknown): PageMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'page:set-role':
      if (typeof m.businessKey !== 'string' || !(m.role === 'mine' || m.role === 'competitor' || m.role === null)) return null;
      return { type: 'page:set-role', businessKey: m.businessKey, role: m.role };
    case 'page:mark-read':
      if (!(typeof m.businessKey === 'string' || m.businessKey === null)) return null;
      return { type: 'page:mark-read', businessKey: m.businessKey };
    case 'page:data-changed':
      return { type: 'page:data-changed' };
    default:
      return null;
  }
}

export function isPageMessage(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' && (raw as { type: string }).type.startsWith('page:');
}

export async function handlePageMessage(
  raw: unknown,
  sender: Runtime.MessageSender,
  ids: { extensionId: string; extensionOrigin: string },
): Promise<PageResponse> {
  if (!isOwnPage(sender, ids.extensionId, ids.extensionOrigin)) return { ok: false, error: 'sender not allowed' };
  const message = parsePageMessage(raw);
  if (!message) return { ok: false, error: 'malformed message' };
  const db = await getDb();
  switch (message.type) {
    case 'page:set-role':
      if (!(await setBusinessRole(db, message.businessKey, message.role))) return { ok: false, error: 'unknown business' };
      await forgetTabViews();
      // Notes are shown on tracked businesses only: the tabs showing this one ask again.
      await announceNotesChanged(message.businessKey);
      return { ok: true };
    case 'page:mark-read':
      await markRead(db, message.businessKey);
      await refreshBadge();
      return { ok: true };
    case 'page:data-changed':
      await forgetTabViews();
      await refreshBadge();
      return { ok: true };
  }
}
