/**
 * The one message contract between content scripts, the background and the extension's
 * pages. Names say the direction: `capture:*` come from content scripts (untrusted: the
 * background validates every field), `page:*` come from the popup and options pages.
 */
import type { LayoutHealth, PageCapture, SiteId } from './sites/types';
import type { BusinessRole } from './store/schema';

/** Content script → background: what the page shows now. */
export interface CapturePageMessage {
  type: 'capture:page';
  /** Random id of one page visit (a load or an in-page navigation to another business). */
  visitId: string;
  site: SiteId;
  pageUrl: string;
  /** The capture; null when the page holds no readable business (health says why). */
  capture: PageCapture | null;
  health: LayoutHealth;
}

export interface CapturePageResponse {
  ok: boolean;
  /** Reviews stored as new or changed. */
  stored: number;
  /** Reviews dropped by validation. */
  rejected: number;
  error?: string;
}

/** Popup/options → background. */
export type PageMessage =
  | { type: 'page:set-role'; businessKey: string; role: BusinessRole | null }
  | { type: 'page:mark-read'; businessKey: string | null }
  | { type: 'page:refresh-badge' };

export interface PageResponse {
  ok: boolean;
  error?: string;
}

export type ExtensionMessage = CapturePageMessage | PageMessage;

/** Limits the background enforces on anything a content script sends. */
export const LIMITS = {
  reviewsPerMessage: 500,
  textLength: 20_000,
  titleLength: 500,
  authorLength: 200,
  nameLength: 300,
  dateTextLength: 200,
  idLength: 200,
  urlLength: 2_048,
  langLength: 35,
} as const;
