import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { draftReply, greetingName, replyLanguage, replyTopics } from '@/utils/replies/drafts';
import { REPLY_LANGUAGES, REPLY_TEMPLATES } from '@/utils/replies/templates';
import { THEME_IDS } from '@/utils/analysis/types';

function draft(text: string, author = 'Derek W.', rating = 1, lang?: string) {
  return draftReply({ author, lang, analysis: analyzeReview({ text, rating, langHint: lang }), businessName: ' Café  Uno ', fallback: 'en' });
}

describe('reply drafts', () => {
  it('answers in the language the review is written in, whatever the page says', () => {
    expect(draft('Ждали заказ больше часа, официант нагрубил.').lang).toBe('ru');
    expect(draft('等了一个小时，服务员态度很差。').lang).toBe('zh');
    expect(draft('Esperamos más de una hora y el camarero fue grosero.').lang).toBe('es');
    expect(draft('Wir haben über eine Stunde gewartet, der Kellner war unhöflich.').lang).toBe('de');
    expect(draft('Nous avons attendu plus d’une heure, le serveur était impoli.').lang).toBe('fr');
    // Nothing to detect: the page's hint, then the owner's language.
    expect(replyLanguage({ lang: 'de-AT', analysis: { lang: 'und', themes: [] }, fallback: 'en' })).toBe('de');
    expect(replyLanguage({ lang: 'pt-BR', analysis: { lang: 'und', themes: [] }, fallback: 'ru' })).toBe('ru');
  });

  it('apologises for what the review complains of, at most two things, and otherwise in general terms', () => {
    const wait = draft('We waited over an hour and the room was dirty and the waiter rude.');
    expect(wait.topics.length).toBeLessThanOrEqual(2);
    expect(wait.topics).toContain('waiting');
    expect(wait.text).toContain(REPLY_TEMPLATES.en.topics.waiting.sorry);
    expect(draft('Meh.').topics).toEqual(['general']);
    expect(replyTopics([{ theme: 'price', polarity: 1 }])).toEqual(['general']);
  });

  it('greets the reviewer by first name, never by a username or an anonymous label, and signs with the business', () => {
    expect(greetingName('Derek W.')).toBe('Derek');
    expect(greetingName('Анна Смирнова')).toBe('Анна');
    expect(greetingName('王小明')).toBe('王小明');
    expect(greetingName('foodie_88')).toBeUndefined();
    expect(greetingName('A Google user')).toBeUndefined();
    expect(greetingName('Reviewer 12')).toBeUndefined();
    const text = draft('Cold food.').text;
    expect(text.startsWith('Hello Derek, thank you')).toBe(true);
    expect(text.endsWith('The Café Uno team')).toBe(true);
    expect(draft('Cold food.', 'A Google user').text.startsWith('Hello, thank you')).toBe(true);
  });

  it('has every sentence in every language, with no placeholders left to fill in', () => {
    for (const lang of REPLY_LANGUAGES) {
      const template = REPLY_TEMPLATES[lang];
      for (const topic of [...THEME_IDS, 'general'] as const) {
        expect(template.topics[topic].sorry.length, `${lang} ${topic}`).toBeGreaterThan(5);
        expect(template.topics[topic].step.length, `${lang} ${topic}`).toBeGreaterThan(5);
      }
      const text = draftReply({ author: 'Kim', analysis: { lang, themes: [{ theme: 'price', polarity: -1 }] }, businessName: 'X', fallback: 'en' }).text;
      expect(text).not.toMatch(/[[\]{}<>]|undefined/);
    }
  });
});
