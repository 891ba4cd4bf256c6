/**
 * The background's one entry for messages. Each row of the table names who may send a message
 * type, how its payload is parsed, and what handles it; the sender is checked once per audience
 * before the payload is even parsed. A message no row accepts is refused with a logged reason.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Audience, MessageProtocol, MessagesFrom, ResponseOf } from '../messages';
import type { SiteId } from '../sites/types';
import type { Validated } from '../validate';
import { senderAudience, type ExtensionIds, type SenderAudience } from './senders';

export type RoutedMessage = MessagesFrom<'content-script'> | MessagesFrom<'extension-page'>;

export interface BackgroundContext extends ExtensionIds {
  now(): number;
  log(message: string): void;
}

export interface RouteContext extends BackgroundContext {
  audience: SenderAudience;
  /** The sender's tab, for content scripts. */
  tabId?: number;
}

export interface RouteSpec<K extends RoutedMessage, P> {
  from: MessageProtocol[K]['from'] & Audience;
  parse(raw: unknown, now: number): Validated<P>;
  /** Content-script messages: the site the payload speaks for, which must be the sender's own. */
  siteOf?: (payload: P) => SiteId;
  handle(payload: P, ctx: RouteContext): Promise<ResponseOf<K>>;
  /** The answer when the message is refused or its handler fails. */
  refuse(reason: string): ResponseOf<K>;
}

export interface Route {
  from: Audience;
  refuse(reason: string): unknown;
  accept(raw: unknown, ctx: RouteContext): Promise<unknown>;
}

/** One row of the table: parsing, the site check and the handler, with the payload's type kept inside. */
export function defineRoute<K extends RoutedMessage, P>(spec: RouteSpec<K, P>): Route {
  return {
    from: spec.from,
    refuse: spec.refuse,
    async accept(raw, ctx) {
      const parsed = spec.parse(raw, ctx.now());
      if (!parsed.ok) return refused(ctx, raw, parsed.reason, spec.refuse);
      if (spec.siteOf && (ctx.audience.kind !== 'content-script' || spec.siteOf(parsed.value) !== ctx.audience.site)) {
        return refused(ctx, raw, 'sender not allowed', spec.refuse);
      }
      return spec.handle(parsed.value, ctx);
    },
  };
}

function refused<R>(ctx: BackgroundContext, raw: unknown, reason: string, refuse: (reason: string) => R): R {
  ctx.log(`${describeType(raw)} refused: ${reason}`);
  return refuse(reason);
}

function typeOf(raw: unknown): string | undefined {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
}

function describeType(raw: unknown): string {
  const type = typeOf(raw);
  return type === undefined ? 'message without a type' : JSON.stringify(type.slice(0, 60));
}

export type MessageListener = (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown>;

export function createRouter(routes: Readonly<Record<RoutedMessage, Route>>, base: BackgroundContext): MessageListener {
  return async (raw, sender) => {
    const type = typeOf(raw);
    const route = type !== undefined && Object.hasOwn(routes, type) ? routes[type as RoutedMessage] : undefined;
    if (!route) return refused(base, raw, 'no such message', (reason) => ({ ok: false, error: reason }));
    const audience = senderAudience(sender, base);
    if (audience?.kind !== route.from) {
      return refused(base, raw, `sender ${sender.url?.slice(0, 200) ?? '(no url)'} may not send it`, () => route.refuse('sender not allowed'));
    }
    const ctx: RouteContext = { ...base, audience, ...(audience.kind === 'content-script' ? { tabId: audience.tabId } : {}) };
    try {
      return await route.accept(raw, ctx);
    } catch (error) {
      base.log(`${describeType(raw)} failed: ${String(error)}`);
      return route.refuse('storage error');
    }
  };
}
