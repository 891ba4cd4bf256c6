/**
 * A reply draft for a negative review, in the review's language and about what the review
 * complains of. The owner edits and posts it; nothing is ever posted or sent from here. Pure.
 */
import { ANALYSIS_LANGUAGES, type ReviewAnalysis, type ThemeId, type UrgentCategory } from '../analysis/types';
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
}

export interface ReplyDraft {
  lang: ReplyLanguage;
  topics: ReplyTopic[];
  text: string;
  /** An urgent review's draft (`urgent.ts`): take it offline, offer contact; no topics then. */
  urgent?: UrgentCategory;
}

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

export function draftReply(input: DraftInput, language: ReplyLanguage = replyLanguage(input)): ReplyDraft {
  const urgent = input.analysis.urgent?.category;
  if (urgent)
    return {
      lang: language,
      topics: [],
      urgent,
      text: urgentReplyText(language, urgent, greetingName(input.author), input.businessName.replace(/\s+/g, ' ').trim()),
    };
  const template = REPLY_TEMPLATES[language];
  const topics = replyTopics(input.analysis.themes);
  const body = [...topics.map((topic) => template.topics[topic].sorry), ...topics.map((topic) => template.topics[topic].step)].join(template.separator);
  const business = input.businessName.replace(/\s+/g, ' ').trim();
  return { lang: language, topics, text: [template.greeting(greetingName(input.author)), body, template.closing(business)].join('\n\n') };
}
