/**
 * The one message contract between content scripts, the background and the extension's
 * pages. Names say who sends them: `capture:*` come from content scripts (untrusted: the
 * background validates every field), `page:*` from the popup and options pages, and
 * `background:*` from the background to content scripts. `MessageProtocol` is the table.
 */
import type { LayoutHealth, PageCapture, SiteId } from './sites/types';
import type { BusinessRole } from './store/schema';
import type { ConnectionResult, SyncConfig } from './sync/config';
import type { SyncStatus } from './sync/status';

/** Content script → background: what the page shows now. */
export interface CapturePageMessage {
  type: 'capture:page';
  /** Random id of one page visit (a load or an in-page navigation to another business). */
  visitId: string;
  /** When that visit began (the page's clock). Visits that began before a business's first capture share its silent baseline. */
  visitStartedAt?: number;
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
  /** Notes to show on the cards of this capture (tracked businesses, when the owner wants them). */
  notes?: ReviewNote[];
  /** The tab is a scheduled check: the content script opens the newest reviews (Google Maps' Reviews tab and sort). */
  scheduledCheck?: boolean;
}

/**
 * What the small note on a review card says, already in the owner's language: the content
 * script only puts these strings on the page (as text, never HTML).
 */
export interface ReviewNote {
  siteReviewId: string;
  tone: 'negative' | 'neutral' | 'positive' | 'none';
  /** "Negative", "Позитивный"… */
  sentiment: string;
  /** Complaint and praise themes, e.g. "waiting time". */
  themes: string[];
  /** "No reply for 9 days", when a negative review is unanswered. */
  unanswered?: string;
  /** The button that hides the note, for screen readers. */
  hideLabel: string;
  /** A positive review's quiet mark: its tone only, small and grey. */
  quiet?: boolean;
}

/** Content script → background: the notes for reviews already stored (after the owner changed a setting or a role). */
export interface CaptureNotesMessage {
  type: 'capture:notes';
  site: SiteId;
  siteBusinessId: string;
  siteReviewIds: string[];
}

export interface CaptureNotesResponse {
  ok: boolean;
  notes: ReviewNote[];
}

/** Background → content scripts: the notes to show changed (role or setting); ask again. */
export interface NotesChangedMessage {
  type: 'background:notes-changed';
}

/** Content script of a scheduled check's tab → background: the owner clicked or typed in the tab; it is theirs now and stays open. */
export interface CaptureOwnerActiveMessage {
  type: 'capture:owner-active';
  site: SiteId;
}

/** How the clicks toward the newest reviews went in a scheduled check's tab: under way, done, or not possible. */
export type CheckSortState = 'sorting' | 'newest' | 'not-sorted';

/** Content script of a scheduled check's tab → background: where its sorting by newest stands. */
export interface CaptureCheckSortMessage {
  type: 'capture:check-sort';
  site: SiteId;
  state: CheckSortState;
}

export type SetRoleMessage = { type: 'page:set-role'; businessKey: string; role: BusinessRole | null };
/** Reads unread negatives: a business's (or all, null), or only the reviews the popup displayed (`reviewKeys`). */
export type MarkReadMessage = { type: 'page:mark-read'; businessKey: string | null; reviewKeys?: string[] };
/** The owner handled a negative review ("done"; it leaves "Needs a look"), or undid that. */
export type MarkDoneMessage = { type: 'page:mark-done'; reviewKey: string; done: boolean };
/** Stored data changed on a page (import, delete, rename, grouping): badge and remembered views follow. `imported`: sync sends everything next time. */
export type DataChangedMessage = { type: 'page:data-changed'; imported?: true };
/** Options → Sync: "Sync now". */
export type SyncNowMessage = { type: 'page:sync-now' };
/** Options → Sync: "Test connection" with the settings as typed (not yet saved). */
export type SyncTestMessage = { type: 'page:sync-test'; config: SyncConfig };
export interface SyncNowResponse extends PageResponse {
  status?: SyncStatus;
}
export interface SyncTestResponse extends PageResponse {
  result?: ConnectionResult;
}
/** "Check now" in options: a scheduled check of one site's pages (or of every due page) at once. */
export type CheckNowMessage = { type: 'page:check-now'; site?: SiteId };

export interface PageResponse {
  ok: boolean;
  error?: string;
}

/** Who sends a message: a content script (untrusted), one of the extension's pages, or the background. */
export type Audience = 'content-script' | 'extension-page' | 'background';

/**
 * The protocol: every message, who may send it, what it carries and what it is answered with.
 * The background's router has one row per `content-script` and `extension-page` message; the
 * content script listens for the `background` ones.
 */
export interface MessageProtocol {
  'capture:page': { from: 'content-script'; request: CapturePageMessage; response: CapturePageResponse };
  'capture:notes': { from: 'content-script'; request: CaptureNotesMessage; response: CaptureNotesResponse };
  'capture:owner-active': { from: 'content-script'; request: CaptureOwnerActiveMessage; response: PageResponse };
  'capture:check-sort': { from: 'content-script'; request: CaptureCheckSortMessage; response: PageResponse };
  'page:set-role': { from: 'extension-page'; request: SetRoleMessage; response: PageResponse };
  'page:mark-read': { from: 'extension-page'; request: MarkReadMessage; response: PageResponse };
  'page:mark-done': { from: 'extension-page'; request: MarkDoneMessage; response: PageResponse };
  'page:data-changed': { from: 'extension-page'; request: DataChangedMessage; response: PageResponse };
  'page:check-now': { from: 'extension-page'; request: CheckNowMessage; response: PageResponse };
  'page:sync-now': { from: 'extension-page'; request: SyncNowMessage; response: SyncNowResponse };
  'page:sync-test': { from: 'extension-page'; request: SyncTestMessage; response: SyncTestResponse };
  'background:notes-changed': { from: 'background'; request: NotesChangedMessage; response: void };
}

export type MessageType = keyof MessageProtocol;
/** The messages the given audience may send. */
export type MessagesFrom<A extends Audience> = { [K in MessageType]: MessageProtocol[K]['from'] extends A ? K : never }[MessageType];
export type RequestOf<K extends MessageType> = MessageProtocol[K]['request'];
export type ResponseOf<K extends MessageType> = MessageProtocol[K]['response'];

/** What the extension's pages send. */
export type PageMessage = RequestOf<MessagesFrom<'extension-page'>>;

/** The characters a site's review id may hold (ids are keys and go into URLs of exports). */
export const REVIEW_ID_PATTERN = /^[\w\-.:~=+/]+$/;

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
  /** A score word ("Superb"), a sub-score label ("Value for money"). */
  scoreWordLength: 60,
  /** The reviewer's country, traveller type, room, stay date. */
  siteFieldLength: 200,
  /** Review ids in one notes request (a long page holds a few thousand cards at most). */
  notesPerRequest: 5_000,
  /** Review keys in one mark-read request from a page (what one popup can display). */
  keysPerMarkRead: 5_000,
} as const;
