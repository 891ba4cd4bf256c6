/**
 * The router's table decides who may send what: the sender is checked per audience before the
 * payload is parsed, and a message no row accepts is refused with a logged reason.
 */
import { describe, expect, it, vi } from 'vitest';
import { createRouter, defineRoute, type Route, type RoutedMessage } from '@/utils/background/router';
import type { Validated } from '@/utils/validate';

const ids = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const yelpTab = { id: 'ext-id', url: 'https://www.yelp.com/biz/cafe-uno', tab: { id: 3 } as never, frameId: 0 };

function setup() {
  const log = vi.fn<(message: string) => void>();
  const handled: Array<{ type: string; payload: unknown; tabId?: number }> = [];
  const ok = <P>(raw: unknown): Validated<P> => ({ ok: true, value: raw as P });
  const contentRoute = (type: string): Route =>
    defineRoute<'capture:notes', { site: 'yelp' | 'google-maps' }>({
      from: 'content-script',
      parse: ok,
      siteOf: (p) => p.site,
      handle: async (payload, ctx) => {
        handled.push({ type, payload, tabId: ctx.tabId });
        return { ok: true, notes: [] };
      },
      refuse: () => ({ ok: false, notes: [] }),
    });
  const pageRoute = (type: string): Route =>
    defineRoute<'page:data-changed', unknown>({
      from: 'extension-page',
      parse: (raw) => ((raw as { bad?: boolean }).bad ? { ok: false, reason: 'malformed message' } : ok(raw)),
      handle: async (payload) => {
        handled.push({ type, payload });
        return { ok: true };
      },
      refuse: (error) => ({ ok: false, error }),
    });
  const routes = {
    'capture:page': contentRoute('capture:page'),
    'capture:notes': contentRoute('capture:notes'),
    'page:set-role': pageRoute('page:set-role'),
    'page:mark-read': pageRoute('page:mark-read'),
    'page:mark-done': pageRoute('page:mark-done'),
    'page:data-changed': pageRoute('page:data-changed'),
    'page:check-now': pageRoute('page:check-now'),
    'page:sync-now': pageRoute('page:sync-now'),
    'page:sync-test': pageRoute('page:sync-test'),
    'capture:owner-active': contentRoute('capture:owner-active'),
    'capture:check-sort': contentRoute('capture:check-sort'),
  } satisfies Record<RoutedMessage, Route>;
  const route = createRouter(routes, { ...ids, now: () => 1_000, log });
  return { route, log, handled };
}

describe('the background’s message router', () => {
  it('hands a content script’s message for its own site to the handler, with its tab', async () => {
    const { route, handled } = setup();
    expect(await route({ type: 'capture:notes', site: 'yelp' }, yelpTab)).toEqual({ ok: true, notes: [] });
    expect(handled).toEqual([{ type: 'capture:notes', payload: { type: 'capture:notes', site: 'yelp' }, tabId: 3 }]);
  });

  it('refuses a content script speaking for another site', async () => {
    const { route, handled, log } = setup();
    expect(await route({ type: 'capture:notes', site: 'google-maps' }, yelpTab)).toEqual({ ok: false, notes: [] });
    expect(handled).toEqual([]);
    expect(log).toHaveBeenCalledWith('"capture:notes" refused: sender not allowed');
  });

  it('refuses page messages from content scripts and content messages from pages, before parsing', async () => {
    const { route, handled, log } = setup();
    expect(await route({ type: 'page:set-role', bad: true }, yelpTab)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await route({ type: 'capture:page', site: 'yelp' }, page)).toEqual({ ok: false, notes: [] });
    expect(handled).toEqual([]);
    expect(log.mock.calls.map(([m]) => m)).toEqual([
      '"page:set-role" refused: sender https://www.yelp.com/biz/cafe-uno may not send it',
      '"capture:page" refused: sender chrome-extension://ext-id/popup.html may not send it',
    ]);
  });

  it('refuses senders that are not this extension, frames, and pages no adapter covers', async () => {
    const { route, handled } = setup();
    await route({ type: 'capture:notes', site: 'yelp' }, { ...yelpTab, id: 'other-extension' });
    await route({ type: 'capture:notes', site: 'yelp' }, { ...yelpTab, frameId: 2 });
    await route({ type: 'capture:notes', site: 'yelp' }, { ...yelpTab, url: 'https://evil.example/biz/x' });
    await route({ type: 'page:data-changed' }, { id: 'ext-id', url: 'https://www.yelp.com/' });
    expect(handled).toEqual([]);
  });

  it('refuses, with a logged reason, messages no row accepts: unknown, inherited or missing types', async () => {
    const { route, handled, log } = setup();
    expect(await route({ type: 'capture:everything' }, yelpTab)).toEqual({ ok: false, error: 'no such message' });
    expect(await route({ type: 'toString' }, page)).toEqual({ ok: false, error: 'no such message' });
    expect(await route('capture:page', yelpTab)).toEqual({ ok: false, error: 'no such message' });
    expect(handled).toEqual([]);
    expect(log.mock.calls.map(([m]) => m)).toEqual([
      '"capture:everything" refused: no such message',
      '"toString" refused: no such message',
      'message without a type refused: no such message',
    ]);
  });

  it('answers a malformed payload with its route’s refusal', async () => {
    const { route, log } = setup();
    expect(await route({ type: 'page:mark-read', bad: true }, page)).toEqual({ ok: false, error: 'malformed message' });
    expect(log).toHaveBeenCalledWith('"page:mark-read" refused: malformed message');
  });
});
