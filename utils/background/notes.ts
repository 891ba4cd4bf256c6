/**
 * On-page notes: which reviews get one (tracked businesses, when the owner wants them), the
 * `capture:notes` request, and telling the tabs of a business when its notes changed.
 */
import type { Translator } from '../i18n';
import { loadUiTranslator } from '../i18n/load';
import type { CaptureNotesMessage, CaptureNotesResponse, ReviewNote } from '../messages';
import { sendToTab } from '../messaging';
import { buildNote } from '../notes/build';
import { loadSettings } from '../settings';
import type { SiteId } from '../sites/types';
import type { SentinelDatabase } from '../store/db';
import { getDb } from '../store/db';
import { getBusiness, getReviews } from '../store/queries';
import { businessKeyOf, reviewKeyOf } from '../store/schema';
import type { RouteContext } from './router';
import { tabsShowing } from '../session/tab-state';

export async function notesFor(
  db: SentinelDatabase,
  site: SiteId,
  siteBusinessId: string,
  siteReviewIds: readonly string[],
  now: number,
  translator?: Translator,
): Promise<ReviewNote[]> {
  const settings = await loadSettings();
  if (!settings.onPageNotes || siteReviewIds.length === 0) return [];
  const businessKey = businessKeyOf(site, siteBusinessId);
  const business = await getBusiness(db, businessKey);
  if (!business?.role) return [];
  const reviews = await getReviews(
    db,
    siteReviewIds.map((id) => reviewKeyOf(site, id)),
  );
  const t = translator ?? (await loadUiTranslator());
  return reviews
    .filter((r) => r.businessKey === businessKey)
    .map((r) => buildNote(r, t, now, settings.unansweredDays, settings.positiveNotes))
    .filter((note) => note !== undefined);
}

export async function handleNotesRequest(request: CaptureNotesMessage, ctx: RouteContext): Promise<CaptureNotesResponse> {
  return { ok: true, notes: await notesFor(await getDb(), request.site, request.siteBusinessId, request.siteReviewIds, ctx.now()) };
}

/** Tells the content scripts showing this business to ask for their notes again. */
export async function announceNotesChanged(businessKey: string): Promise<void> {
  // A tab that closed or navigated away since answers nothing: nothing to tell.
  for (const tabId of await tabsShowing(businessKey)) await sendToTab(tabId, { type: 'background:notes-changed' });
}
