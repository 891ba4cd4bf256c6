/**
 * Handles a `capture:page` message (the router has checked the sender and validated it):
 * analyse, store, alert.
 */
import { analyzeReview } from '../analysis';
import type { CapturePageResponse } from '../messages';
import { loadSettings } from '../settings';
import { getDb } from '../store/db';
import { ingestCapture, type IngestResult } from '../store/ingest';
import { businessKeyOf } from '../store/schema';
import { learnFromStoredStars, loadStarLearner } from '../store/star-learning';
import type { ValidatedCapture } from '../validate';
import { refreshBadge } from './badge';
import { loadUiTranslator } from '../i18n/load';
import { showAlert } from './notifier';
import { maybePrune } from './maintenance';
import { notesFor } from './notes';
import { clearStoreProblem, reportStoreProblem } from '../store-problems';
import type { RouteContext } from './router';
import { getTabState, setTabState } from '../session/tab-state';
import { blockedBusinessKey, recordBlockedVisit } from './blocked-visit';
import { scheduleTabView } from './tab-views';
import { noteCheckCapture } from './schedule';
import { noteSyncWrites } from './sync';

export async function handleCapture({ message, rejected }: ValidatedCapture, ctx: RouteContext): Promise<CapturePageResponse> {
  const now = ctx.now();
  for (const r of rejected) ctx.log(`review ${r.index} dropped: ${r.reason}`);

  const capture = message.capture;
  // A check page names no business: it stands for the one in its address or the one this tab showed last on the site.
  const previous = !capture && ctx.tabId !== undefined && message.health.status === 'blocked' ? await getTabState(ctx.tabId).catch(() => undefined) : undefined;
  const businessKey = capture ? businessKeyOf(capture.site, capture.business.siteBusinessId) : blockedBusinessKey(message, previous);
  if (ctx.tabId !== undefined) {
    // What the popup shows about the tab; never a reason to lose the capture itself.
    await setTabState(ctx.tabId, { site: message.site, pageUrl: message.pageUrl, businessKey, health: message.health, at: now }).catch((error: unknown) =>
      ctx.log(`tab state not saved: ${String(error)}`),
    );
  }
  if (!capture) {
    if (businessKey !== undefined && (await recordBlockedVisit(message, businessKey, now).catch((error: unknown) => reportBlocked(error, ctx)))) {
      await refreshBadge();
      if (ctx.tabId !== undefined) scheduleTabView(ctx.tabId, businessKey, ctx.now);
    }
    const scheduledCheck = ctx.tabId !== undefined && (await noteCheckCapture(ctx.tabId, message.health, 0));
    return { ok: true, stored: 0, rejected: rejected.length, ...(scheduledCheck ? { scheduledCheck } : {}) };
  }

  const settings = await loadSettings();
  const db = await getDb();
  // What this business's own stars taught so far: it reads its star-less and 3★ reviews.
  const learner = businessKey ? await loadStarLearner(db, businessKey) : undefined;
  const reviews = capture.reviews.map((review) => ({
    review,
    analysis: analyzeReview(
      {
        text: review.text,
        title: review.title,
        rating: review.rating,
        langHint: review.lang ?? capture.pageLang,
        disliked: review.disliked,
      },
      learner,
    ),
  }));
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
  // Learns from the stars just stored; the next capture is read with what they taught.
  await learnFromStoredStars(db, result.businessKey, now).catch((error: unknown) => ctx.log(`star learning not saved: ${String(error)}`));
  if (result.written.length > 0) await noteSyncWrites(result.written).catch((error: unknown) => ctx.log(`sync outbox not updated: ${String(error)}`));
  const translator = await loadUiTranslator();
  if (result.alert) await showAlert(db, result.alert, translator, now);
  await refreshBadge();
  await maybePrune(db, now);
  // The popup opened on this tab paints this business at once, even the first time.
  if (ctx.tabId !== undefined) scheduleTabView(ctx.tabId, result.businessKey, ctx.now);
  const notes = await notesFor(
    db,
    capture.site,
    capture.business.siteBusinessId,
    capture.reviews.map((r) => r.siteReviewId),
    now,
    translator,
  );
  // A scheduled check's tab: the run learns what it captured (and when it has settled).
  const scheduledCheck = ctx.tabId !== undefined && (await noteCheckCapture(ctx.tabId, message.health, result.added + result.updated));
  return {
    ok: true,
    stored: result.added + result.updated,
    rejected: rejected.length,
    ...(notes.length > 0 ? { notes } : {}),
    ...(scheduledCheck ? { scheduledCheck } : {}),
  };
}

function reportBlocked(error: unknown, ctx: RouteContext): false {
  ctx.log(`check page not recorded: ${String(error)}`);
  return false;
}
