/**
 * The message boundary: what content scripts send. A content script runs inside a web page we
 * do not control, so its messages are untrusted input: every field is checked for type, size
 * and range (`utils/checks.ts`), and anything else is dropped with a reason. Files the owner
 * imports are checked beside the import, in `utils/store/import-file.ts`.
 */
import { business, date, fail, health, Invalid, lang, record, review, reviewId, siteUrl, text, type Validated } from './checks';
import { LIMITS, type CaptureNotesMessage, type CapturePageMessage } from './messages';
import { SITE_IDS, type CapturedReview, type PageCapture, type SiteId } from './sites/types';

export type { Validated };

export interface ValidatedCapture {
  message: CapturePageMessage;
  /** Reviews dropped, with the reason for each. */
  rejected: Array<{ index: number; reason: string }>;
}

/**
 * Checks a `capture:page` message. The envelope must be valid as a whole; a single bad
 * review is dropped (and reported) while the valid ones are kept.
 */
export function validateCaptureMessage(raw: unknown, now: number): Validated<ValidatedCapture> {
  try {
    const m = record(raw, 'message');
    if (m.type !== 'capture:page') fail('unknown message type');
    const site = m.site;
    if (!SITE_IDS.includes(site as SiteId)) fail('unknown site');
    const visitId = text(m.visitId, 'visit id', 64, true);
    if (!/^[\w-]+$/.test(visitId)) fail('visit id has unexpected characters');
    const pageUrl = siteUrl(m.pageUrl, 'page url', site as SiteId, true)!;
    const visitStartedAt = date(m.visitStartedAt, 'visit start', now);
    const h = health(m.health);
    const rejected: ValidatedCapture['rejected'] = [];
    let capture: PageCapture | null = null;
    if (m.capture !== null && m.capture !== undefined) {
      const c = record(m.capture, 'capture');
      if (c.site !== site) fail('capture site does not match');
      if (!Array.isArray(c.reviews)) fail('reviews is not a list');
      if (c.reviews.length > LIMITS.reviewsPerMessage) fail(`more than ${LIMITS.reviewsPerMessage} reviews in one message`);
      const reviews: CapturedReview[] = [];
      c.reviews.forEach((item: unknown, index: number) => {
        try {
          reviews.push(review(item, now, site as SiteId));
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          rejected.push({ index, reason: error.message });
        }
      });
      capture = { site: site as SiteId, business: business(c.business, site as SiteId), reviews, health: h, pageLang: lang(c.pageLang, 'page language') };
    }
    const message: CapturePageMessage = { type: 'capture:page', visitId, site: site as SiteId, pageUrl, capture, health: h };
    if (visitStartedAt !== undefined) message.visitStartedAt = visitStartedAt;
    return { ok: true, value: { message, rejected } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: 'malformed message' };
  }
}

/** Checks a `capture:notes` request from a content script. */
export function validateNotesRequest(raw: unknown): Validated<CaptureNotesMessage> {
  try {
    const m = record(raw, 'message');
    if (m.type !== 'capture:notes') fail('unknown message type');
    if (!SITE_IDS.includes(m.site as SiteId)) fail('unknown site');
    const id = text(m.siteBusinessId, 'business id', LIMITS.idLength, true);
    if (!/^[\w\-.:~%+]+$/.test(id)) fail('business id has unexpected characters');
    const ids = Array.isArray(m.siteReviewIds) ? m.siteReviewIds : fail('review ids is not a list');
    if (ids.length > LIMITS.notesPerRequest) fail(`more than ${LIMITS.notesPerRequest} review ids`);
    return { ok: true, value: { type: 'capture:notes', site: m.site as SiteId, siteBusinessId: id, siteReviewIds: ids.map(reviewId) } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: 'malformed message' };
  }
}
