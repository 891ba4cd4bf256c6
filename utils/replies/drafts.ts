/**
 * A reply draft for a negative review, in the review's language and about what the review
 * complains of. The owner edits and posts it; nothing is ever posted or sent from here. Pure.
 */
import { ANALYSIS_LANGUAGES, type ReviewAnalysis, type ThemeId, type UrgentCategory } from '../analysis/types';
import { oneLine } from './business-name';
import { findMentions, type ReviewMentions } from './mentions';
import { NO_OWN_REPLIES, type OwnReplies } from './own';
import { REPLY_LANGUAGES, REPLY_TEMPLATES, type ReplyLanguage, type ReplyTopic } from './templates';
import { urgentReplyText } from './urgent';

export interface DraftInput {
  author: string;
  /** Language hint from the page, e.g. "ru-RU". */
  lang?: string;
  analysis: Pick<ReviewAnalysis, 'lang' | 'themes' | 'urgent'>;
  businessName: string;
  /** Used when the review's language is unknown: the owner's UI language. */
  fallback: ReplyLanguage;
  /** The review's own words (title and text), for what it names: the dish, the wait, the staff member. */
  text?: string;
}

export interface ReplyDraft {
  lang: ReplyLanguage;
  topics: ReplyTopic[];
  /** What the review named that the draft names back. */
  mentions: ReviewMentions;
  text: string;
  /** An urgent review's draft (`urgent.ts`): take it offline, offer contact; no topics then. */
  urgent?: UrgentCategory;
}

/**
 * Kinds of draft: each review gets the kind that fits it, each kind its own drafting function
 * built from the same parts (greeting, body, the owner's signature). `standard` answers the
 * complaint in public; other kinds (an "offline" reply for urgent reviews) join this table.
 */
export type Drafter = (input: DraftInput, language: ReplyLanguage, own: OwnReplies) => ReplyDraft;

/** At most this many complaint themes are answered; a reply that lists everything reads as a form letter. */
const MAX_TOPICS = 2;

function isReplyLanguage(value: string): value is ReplyLanguage {
  return (REPLY_LANGUAGES as readonly string[]).includes(value);
}

/** The language to answer in: the detected language of the text, else the page's hint, else the fallback. */
export function replyLanguage(input: Pick<DraftInput, 'lang' | 'analysis' | 'fallback'>): ReplyLanguage {
  if (input.analysis.lang !== 'und' && (ANALYSIS_LANGUAGES as readonly string[]).includes(input.analysis.lang) && isReplyLanguage(input.analysis.lang))
    return input.analysis.lang;
  const hint = input.lang?.toLowerCase().split(/[-_]/)[0] ?? '';
  return isReplyLanguage(hint) ? hint : input.fallback;
}

/** Names a site shows for anonymous reviewers, which a reply should not repeat. */
const ANONYMOUS = /^(a google user|google user|anonymous|anonym|anonyme|anónimo|guest|gast|invité|пользователь|аноним|гость|匿名|匿名用户|游客|reviewer \d+)$/i;

/** How to greet the reviewer: a first name ("Derek W." → "Derek"), a short CJK name as is, else nobody. */
export function greetingName(author: string): string | undefined {
  const name = author.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name || ANONYMOUS.test(name) || /[\d_@#]/.test(name)) return undefined;
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·]{1,6}$/u.test(name)) return name;
  const first = name.split(' ')[0]!.replace(/[.,]+$/, '');
  return /^\p{L}[\p{L}'’-]+$/u.test(first) ? first : undefined;
}

/** The complaint themes to answer, in the order the analysis found them; `general` when none. */
export function replyTopics(themes: ReviewAnalysis['themes']): ReplyTopic[] {
  const complaints: ThemeId[] = [];
  for (const hit of themes) if (hit.polarity < 0 && !complaints.includes(hit.theme)) complaints.push(hit.theme);
  return complaints.length > 0 ? complaints.slice(0, MAX_TOPICS) : ['general'];
}

/** Sentences of a text, ends kept ("Sorry. We…" → ["Sorry.", "We…"]); Chinese sentences end in 。！？ without a space. */
export function sentencesOf(text: string): string[] {
  // A full stop ends a sentence only before a space ("4.5★" stays whole); Chinese marks end one anywhere.
  return text
    .split(/(?<=[.!?…])\s+|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const sameSentence = (s: string): string => s.toLocaleLowerCase().replace(/[\s\p{P}]+/gu, '');

/** Joins sentences, each said once: a template the owner wrote may repeat one of ours, or itself. */
export function joinOnce(sentences: readonly string[], separator: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const sentence of sentences.flatMap(sentencesOf)) {
    const key = sameSentence(sentence);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(sentence);
  }
  return out.join(separator);
}

/** The last paragraph: the invitation, signed with the owner's signature or the business's name. */
export function signOff(language: ReplyLanguage, businessName: string, own: OwnReplies): string {
  const template = REPLY_TEMPLATES[language];
  const business = oneLine(businessName);
  return own.signature ? `${template.invite}\n${own.signature}` : template.closing(business);
}

/** A public answer to the complaint: sorry for what it names (the wait as long as it was, the dish, the staff member), then what is done. */
export const draftStandard: Drafter = (input, language, own) => {
  const template = REPLY_TEMPLATES[language];
  const topics = replyTopics(input.analysis.themes);
  const mentions = input.text ? findMentions(input.text, language) : {};
  const dishTopic = topics.includes('quality') || topics.includes('general');
  const mine = (topic: ReplyTopic): string | undefined => own.templates.find((x) => x.topic === topic && x.lang === language)?.text;
  const sorry: string[] = [];
  const steps: string[] = [];
  for (const topic of topics) {
    const written = mine(topic);
    if (written) {
      sorry.push(written);
      continue;
    }
    sorry.push(topic === 'waiting' && mentions.wait ? template.waited(mentions.wait) : template.topics[topic].sorry);
    // What the review named replaces the step it would repeat: the dish the quality's, the staff member the service's.
    if (topic === 'quality' && mentions.dish) continue;
    if (topic === 'service' && mentions.staff) continue;
    steps.push(template.topics[topic].step);
  }
  if (mentions.dish && dishTopic) steps.unshift(template.dish(mentions.dish));
  else delete mentions.dish;
  if (mentions.staff) steps.push(template.staff(mentions.staff));
  if (!topics.includes('waiting')) delete mentions.wait;
  const body = joinOnce([...sorry, ...steps], template.separator);
  return {
    lang: language,
    topics,
    mentions,
    text: [template.greeting(greetingName(input.author)), body, signOff(language, input.businessName, own)].join('\n\n'),
  };
};

/** An urgent review's reply (`urgent.ts`): no public apology for a theme; take it offline and offer contact. */
export const draftOffline: Drafter = (input, language) => {
  const urgent = input.analysis.urgent?.category ?? 'health';
  return {
    lang: language,
    topics: [],
    mentions: {},
    urgent,
    text: urgentReplyText(language, urgent, greetingName(input.author), oneLine(input.businessName)),
  };
};

export const DRAFTERS = { standard: draftStandard, offline: draftOffline } satisfies Record<string, Drafter>;
export type DraftKind = keyof typeof DRAFTERS;

/** The kind of draft a review calls for: an urgent review is answered offline. */
export function draftKindOf(input: Pick<DraftInput, 'analysis'>): DraftKind {
  return input.analysis.urgent ? 'offline' : 'standard';
}

export function draftReply(
  input: DraftInput,
  language: ReplyLanguage = replyLanguage(input),
  own: OwnReplies = NO_OWN_REPLIES,
  kind: DraftKind = draftKindOf(input),
): ReplyDraft {
  return DRAFTERS[kind](input, language, own);
}
