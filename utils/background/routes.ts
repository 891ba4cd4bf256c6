/** The router's table: every message the background accepts, who may send it, how it is parsed and handled. */
import type { CaptureNotesResponse, CapturePageResponse, PageResponse } from '../messages';
import { validateCaptureMessage, validateNotesRequest, type ValidatedCapture } from '../validate';
import { handleCapture } from './capture';
import { handleNotesRequest } from './notes';
import { handleDataChanged, handleMarkDone, handleMarkRead, handleSetRole, parseDataChanged, parseMarkDone, parseMarkRead, parseSetRole } from './pages';
import { defineRoute, type Route, type RoutedMessage } from './router';
import { handleCheckNow, handleCheckSort, handleOwnerActive, parseCheckNow, parseCheckSort, parseOwnerActive } from './schedule';
import { handleSyncNow, handleSyncTest, parseSyncNow, parseSyncTest } from './sync';

const refuseCapture = (error: string): CapturePageResponse => ({ ok: false, stored: 0, rejected: 0, error });
const refuseNotes = (): CaptureNotesResponse => ({ ok: false, notes: [] });
const refusePage = (error: string): PageResponse => ({ ok: false, error });

export const ROUTES: Readonly<Record<RoutedMessage, Route>> = {
  'capture:page': defineRoute<'capture:page', ValidatedCapture>({
    from: 'content-script',
    parse: validateCaptureMessage,
    siteOf: (validated) => validated.message.site,
    handle: handleCapture,
    refuse: refuseCapture,
  }),
  'capture:notes': defineRoute({
    from: 'content-script',
    parse: validateNotesRequest,
    siteOf: (request) => request.site,
    handle: handleNotesRequest,
    refuse: refuseNotes,
  }),
  'capture:owner-active': defineRoute({
    from: 'content-script',
    parse: parseOwnerActive,
    siteOf: (message) => message.site,
    handle: handleOwnerActive,
    refuse: refusePage,
  }),
  'capture:check-sort': defineRoute({
    from: 'content-script',
    parse: parseCheckSort,
    siteOf: (message) => message.site,
    handle: handleCheckSort,
    refuse: refusePage,
  }),
  'page:set-role': defineRoute({ from: 'extension-page', parse: parseSetRole, handle: handleSetRole, refuse: refusePage }),
  'page:mark-read': defineRoute({ from: 'extension-page', parse: parseMarkRead, handle: handleMarkRead, refuse: refusePage }),
  'page:mark-done': defineRoute({ from: 'extension-page', parse: parseMarkDone, handle: handleMarkDone, refuse: refusePage }),
  'page:data-changed': defineRoute({ from: 'extension-page', parse: parseDataChanged, handle: handleDataChanged, refuse: refusePage }),
  'page:check-now': defineRoute({ from: 'extension-page', parse: parseCheckNow, handle: handleCheckNow, refuse: refusePage }),
  'page:sync-now': defineRoute({ from: 'extension-page', parse: parseSyncNow, handle: handleSyncNow, refuse: refusePage }),
  'page:sync-test': defineRoute({ from: 'extension-page', parse: parseSyncTest, handle: handleSyncTest, refuse: refusePage }),
};
