/**
 * The owner's own words for reply drafts: a signature that replaces "The … team", and templates
 * per complaint theme and language that replace the built-in apology and step for that theme.
 * Kept in `local:replyOwn` (utils/storage-items.ts), shape checked on every read.
 */
import { THEME_IDS } from '../analysis/types';
import { replyOwnItem } from '../storage-items';
import { REPLY_LANGUAGES, type ReplyLanguage, type ReplyTopic } from './templates';

export interface OwnTemplate {
  topic: ReplyTopic;
  lang: ReplyLanguage;
  text: string;
}

export interface OwnReplies {
  /** Empty: drafts sign with the business's name ("The Trattoria Lucia team"). */
  signature: string;
  templates: OwnTemplate[];
}

export const OWN_LIMITS = { signature: 200, template: 1_000, templates: 200 } as const;
export const REPLY_TOPICS: readonly ReplyTopic[] = ['general', ...THEME_IDS];
export const NO_OWN_REPLIES: OwnReplies = { signature: '', templates: [] };

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim().slice(0, max) : '');

/** Whatever was stored, as a valid value: unknown topics and languages, empty texts and repeats dropped (the newest kept). */
export function normalizeOwnReplies(value: unknown): OwnReplies {
  if (!value || typeof value !== 'object') return NO_OWN_REPLIES;
  const v = value as { signature?: unknown; templates?: unknown };
  const templates: OwnTemplate[] = [];
  for (const item of Array.isArray(v.templates) ? v.templates : []) {
    if (!item || typeof item !== 'object') continue;
    const { topic, lang, text: body } = item as Record<string, unknown>;
    const written = text(body, OWN_LIMITS.template);
    if (!REPLY_TOPICS.includes(topic as ReplyTopic) || !(REPLY_LANGUAGES as readonly unknown[]).includes(lang) || !written) continue;
    const at = templates.findIndex((x) => x.topic === topic && x.lang === lang);
    if (at >= 0) templates.splice(at, 1);
    templates.push({ topic: topic as ReplyTopic, lang: lang as ReplyLanguage, text: written });
  }
  return { signature: text(v.signature, OWN_LIMITS.signature), templates: templates.slice(-OWN_LIMITS.templates) };
}

export async function loadOwnReplies(): Promise<OwnReplies> {
  return normalizeOwnReplies(await replyOwnItem.getValue());
}

let saving: Promise<unknown> = Promise.resolve();

/** Saves a change (changes in quick succession one after the other) and gives back what is stored. */
export function saveOwnReplies(change: (current: OwnReplies) => OwnReplies): Promise<OwnReplies> {
  const run = saving.then(async () => {
    const next = normalizeOwnReplies(change(await loadOwnReplies()));
    await replyOwnItem.setValue(next);
    return next;
  });
  saving = run.catch(() => undefined);
  return run;
}
