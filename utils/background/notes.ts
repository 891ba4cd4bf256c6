/**
 * On-page notes: which reviews get one (tracked businesses, when the owner wants them), the
 * `capture:notes` request, and telling the tabs of a business when its notes changed.
 */
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { Translator } from '../i18n';
import { loadUiTranslator } from '../i18n/load';
import type { CaptureNotesResponse, NotesChangedMessage, ReviewNote } from '../messages';
import { buildNote } from '../notes/build';
import { loadSettings } from '../settings';
import type { SiteId } from '../sites/types';
import type { SentinelDatabase } from '../store/db';
import { getDb } from '../store/db';
import { getBusiness, getReviews } from '../store/queries';
import { businessKeyOf, reviewKeyOf } from '../store/schema';
import { validateNotesRequest } from '../validate';
import { isOwnContentScript } from './senders';
import { tabsShowing } from './tab-state';

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
  return reviews.filter((r) => r.businessKey === businessKey).map((r) => buildNote(r, t, now, settings.unansweredDays));
}

export async function handleNotesRequest(
  raw: unknown,
  sender: Runtime.MessageSender,
  ctx: { extensionId: string; now: () => number; log: (message: string) => void },
): Promise<CaptureNotesResponse> {
  const validated = validateNotesRequest(raw);
  if (!validated.ok) {
    ctx.log(`notes request rejected: ${validated.reason}`);
    return { ok: false, notes: [] };
  }
  const request = validated.value;
  if (!isOwnContentScript(sender, ctx.extensionId, request.site)) {
    ctx.log(`notes request rejected: sender ${sender.url ?? '(no url)'} is not a ${request.site} content script`);
    return { ok: false, notes: [] };
  }
  return { ok: true, notes: await notesFor(await getDb(), request.site, request.siteBusinessId, request.siteReviewIds, ctx.now()) };
}

/** Tells the content scripts showing this business to ask for their notes again. */
export async function announceNotesChanged(businessKey: string): Promise<void> {
  const message: NotesChangedMessage = { type: 'notes:changed' };
  for (const tabId of await tabsShowing(businessKey)) {
    try {
      await browser.tabs.sendMessage(tabId, message);
    } catch {
      // The tab closed or navigated away since: nothing to tell.
    }
  }
}
