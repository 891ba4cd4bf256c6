/**
 * A check page (captcha, connection check) holds no business, so the store would never learn that
 * the owner's site went blind. The page is tied to a business (`utils/sites/blocked-page.ts`) and,
 * when that business is followed, recorded as its blind visit: its site shows "blind — confirm you
 * are not a robot" until a visit reads the reviews again.
 */
import type { CapturePageMessage } from '../messages';
import type { TabState } from '../session/tab-state';
import { blockedPageBusinessKey } from '../sites/blocked-page';
import { loadSettings } from '../settings';
import { getDb } from '../store/db';
import { ingestCapture } from '../store/ingest';
import { getBusiness } from '../store/queries';
import { businessKeyOf } from '../store/schema';

/** The business a capture message without a capture stands for, if it is a check page that can be tied to one. */
export function blockedBusinessKey(message: Pick<CapturePageMessage, 'site' | 'pageUrl' | 'health'>, previous: TabState | undefined): string | undefined {
  return blockedPageBusinessKey(message, previous, businessKeyOf);
}

/**
 * Records the check page as the latest visit of a followed business (its header as stored, no
 * review). True when something was stored; a business never seen is not created from a check page.
 */
export async function recordBlockedVisit(message: CapturePageMessage, businessKey: string, now: number): Promise<boolean> {
  const [db, settings] = await Promise.all([getDb(), loadSettings()]);
  const business = await getBusiness(db, businessKey);
  if (!business || business.site !== message.site) return false;
  await ingestCapture(db, {
    site: business.site,
    visitId: message.visitId,
    visitStartedAt: message.visitStartedAt,
    business: { siteBusinessId: business.siteBusinessId, name: business.name, url: business.url },
    health: message.health,
    reviews: [],
    now,
    alertSettings: { alertCompetitors: settings.alertCompetitors, minSeverity: settings.minSeverity },
  });
  return true;
}
