/**
 * Handles a `capture:page` message: check the sender, validate, analyse, store, alert.
 */
import type { Runtime } from 'webextension-polyfill';
import { analyzeReview } from '../analysis';
import type { CapturePageResponse } from '../messages';
import { loadSettings } from '../settings';
import { getDb } from '../store/db';
import { ingestCapture, type IngestResult } from '../store/ingest';
import { businessKeyOf } from '../store/schema';
import { validateCaptureMessage } from '../validate';
import { refreshBadge } from './badge';
import { loadUiTranslator } from '../i18n/load';
import { showAlert } from './notifier';
import { maybePrune } from './maintenance';
import { notesFor } from './notes';
import { clearStoreProblem, reportStoreProblem } from '../store-problems';
import { isOwnContentScript } from './senders';
import { setTabState } from './tab-state';
import { scheduleTabView } from './tab-views';

export interface CaptureContext {
  extensionId: string;
  now: () => number;
  log: (message: string) => void;
}

export async function handleCaptureMessage(raw: unknown, sender: Runtime.MessageSender, ctx: CaptureContext): Promise<CapturePageResponse> {
  const now = ctx.now();
  const validated = validateCaptureMessage(raw, now);
  if (!validated.ok) {
    ctx.log(`capture rejected: ${validated.reason}`);
    return { ok: false, stored: 0, rejected: 0, error: validated.reason };
  }
  const { message, rejected } = validated.value;
  if (!isOwnContentScript(sender, ctx.extensionId, message.site)) {
    ctx.log(`capture rejected: sender ${sender.url ?? '(no url)'} is not a ${message.site} content script`);
    return { ok: false, stored: 0, rejected: 0, error: 'sender not allowed' };
  }
  for (const r of rejected) ctx.log(`review ${r.index} dropped: ${r.reason}`);

  const capture = message.capture;
  const businessKey = capture ? businessKeyOf(capture.site, capture.business.siteBusinessId) : undefined;
  if (sender.tab?.id !== undefined) {
    // What the popup shows about the tab; never a reason to lose the capture itself.
    await setTabState(sender.tab.id, { site: message.site, pageUrl: message.pageUrl, businessKey, health: message.health, at: now }).catch((error: unknown) =>
      ctx.log(`tab state not saved: ${String(error)}`),
    );
  }
  if (!capture) return { ok: true, stored: 0, rejected: rejected.length };

  const settings = await loadSettings();
  const reviews = capture.reviews.map((review) => ({
    review,
    analysis: analyzeReview({
      text: review.text,
      title: review.title,
      rating: review.rating,
      langHint: review.lang ?? capture.pageLang,
      disliked: review.disliked,
    }),
  }));
  const db = await getDb();
  let result: IngestResult;
  try {
    result = await ingestCapture(db, {
      site: capture.site,
      visitId: message.visitId,
      visitStartedAt: message.visitStartedAt,
      business: capture.business,
      health: message.health,
      reviews,
      now,
      alertSettings: { alertCompetitors: settings.alertCompetitors, minSeverity: settings.minSeverity },
    });
  } catch (error) {
    // Nothing of this capture was stored (the transaction rolled back); the owner is told why.
    await reportStoreProblem(error, now);
    throw error;
  }
  await clearStoreProblem();
  const translator = await loadUiTranslator();
  if (result.alert) await showAlert(db, result.alert, translator, now);
  await refreshBadge();
  await maybePrune(db, now);
  // The popup opened on this tab paints this business at once, even the first time.
  if (sender.tab?.id !== undefined) scheduleTabView(sender.tab.id, result.businessKey, ctx.now);
  const notes = await notesFor(
    db,
    capture.site,
    capture.business.siteBusinessId,
    capture.reviews.map((r) => r.siteReviewId),
    now,
    translator,
  );
  return { ok: true, stored: result.added + result.updated, rejected: rejected.length, ...(notes.length > 0 ? { notes } : {}) };
}
