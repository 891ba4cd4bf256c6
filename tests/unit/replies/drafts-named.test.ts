/** Issue 13.5: drafts name back what the review names, say each sentence once, and carry the owner's own words. */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { THEME_IDS } from '@/utils/analysis/types';
import { draftReply, sentencesOf, type DraftInput } from '@/utils/replies/drafts';
import { findMentions } from '@/utils/replies/mentions';
import { normalizeOwnReplies, type OwnReplies } from '@/utils/replies/own';
import { REPLY_LANGUAGES, type ReplyLanguage } from '@/utils/replies/templates';

function input(text: string, author = 'Derek W.'): DraftInput {
  return { author, text, analysis: analyzeReview({ text, rating: 1 }), businessName: 'Café Uno', fallback: 'en' };
}

/** The body's sentences, normalised as a reader compares them. */
function repeated(text: string): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const s of text.split('\n').flatMap(sentencesOf)) {
    const key = s.toLowerCase().replace(/[\s\p{P}]+/gu, '');
    if (seen.has(key)) twice.push(s);
    seen.add(key);
  }
  return twice;
}

// One review per language that names a staff member, a dish and a wait, and what its draft must say back.
const NAMED: Record<ReplyLanguage, { text: string; staff: string; dish: string; wait: string; says: string[] }> = {
  en: {
    text: 'We waited over an hour for our food, the soup was cold and our waiter Tom was rude when we asked.',
    staff: 'Tom',
    dish: 'the soup',
    wait: 'over an hour',
    says: ['We are sorry you waited over an hour.', 'what you wrote about the soup', 'Tom has read your feedback'],
  },
  ru: {
    text: 'Ждали заказ больше часа, суп принесли холодным, а официант Игорь нагрубил нам. Обслуживание ужасное.',
    staff: 'Игорь',
    dish: 'суп',
    wait: 'больше часа',
    says: ['пришлось ждать больше часа', 'про суп', 'Игорь уже знает о вашем отзыве'],
  },
  zh: {
    text: '等了一个多小时才上菜，汤是凉的，服务员小王态度很差，服务太差了。',
    staff: '小王',
    dish: '汤',
    wait: '一个多小时',
    says: ['让您等了一个多小时，非常抱歉。', '您提到的汤问题', '小王也看到了您的评价'],
  },
  es: {
    text: 'Esperamos más de una hora, la sopa llegó fría y el camarero Luis fue muy grosero. Un servicio pésimo.',
    staff: 'Luis',
    dish: 'la sopa',
    wait: 'más de una hora',
    says: ['Lamentamos que tuviera que esperar más de una hora.', 'sobre la sopa', 'Luis también ha leído'],
  },
  de: {
    text: 'Wir haben über eine Stunde gewartet, die Suppe war kalt und der Kellner Markus war unfreundlich. Schlechter Service.',
    staff: 'Markus',
    dish: 'die Suppe',
    wait: 'über eine Stunde',
    says: ['dass Sie über eine Stunde warten mussten', 'über die Suppe', 'Auch Markus hat Ihre Bewertung gelesen'],
  },
  fr: {
    text: 'Nous avons attendu plus d’une heure, la soupe était froide et la serveuse Julie a été désagréable. Service lamentable.',
    staff: 'Julie',
    dish: 'la soupe',
    wait: 'plus d’une heure',
    says: ['attendre plus d’une heure', 'sur la soupe', 'Julie a pris connaissance de votre avis'],
  },
};

describe('reply drafts that name what the review names', () => {
  it.each(REPLY_LANGUAGES)('finds the staff member, the dish and the wait in a %s review', (lang) => {
    const { text, staff, dish, wait } = NAMED[lang];
    expect(findMentions(text, lang)).toEqual({ staff, dish, wait });
  });

  it.each(REPLY_LANGUAGES)('answers a %s review in its language, naming them back, each sentence once', (lang) => {
    const draft = draftReply(input(NAMED[lang].text));
    expect(draft.lang).toBe(lang);
    expect(draft.topics).toContain('waiting');
    for (const phrase of NAMED[lang].says) expect(draft.text).toContain(phrase);
    expect(repeated(draft.text)).toEqual([]);
  });

  it('names nobody when no one is named, and takes no sentence start for a name', () => {
    expect(findMentions('The waiter was rude. Then we left.', 'en').staff).toBeUndefined();
    expect(findMentions('Our server, Then, …', 'en').staff).toBeUndefined();
    expect(findMentions('Официант был груб.', 'ru').staff).toBeUndefined();
    expect(findMentions('服务员态度很差。', 'zh').staff).toBeUndefined();
    expect(findMentions('Sarah, our server, ignored us for 40 minutes.', 'en')).toMatchObject({ staff: 'Sarah' });
    expect(findMentions('It was a 45 minute wait for a table.', 'en').wait).toBe('45 minutes');
  });

  it('says no sentence twice, in any language, for any two complaints at once', () => {
    for (const lang of REPLY_LANGUAGES) {
      for (const a of THEME_IDS) {
        for (const b of THEME_IDS) {
          const text = draftReply(
            {
              author: 'Kim',
              analysis: {
                lang,
                themes: [
                  { theme: a, polarity: -1 },
                  { theme: b, polarity: -1 },
                ],
              },
              businessName: 'X',
              fallback: 'en',
            },
            lang,
          ).text;
          expect(repeated(text), `${lang} ${a}+${b}`).toEqual([]);
        }
      }
    }
  });
});

describe('the owner’s own words in drafts', () => {
  const own: OwnReplies = normalizeOwnReplies({
    signature: 'Marco Rossi, owner',
    templates: [
      {
        topic: 'waiting',
        lang: 'en',
        text: 'Saturday nights are our busiest: we now have two more people on the floor. We are sorry you waited over an hour.',
      },
      { topic: 'waiting', lang: 'ru', text: 'По субботам у нас теперь на два официанта больше.' },
    ],
  });

  it('signs with the owner’s signature instead of the business’s team', () => {
    const text = draftReply(input(NAMED.en.text), 'en', own).text;
    expect(text.endsWith('please get in touch with us directly.\nMarco Rossi, owner')).toBe(true);
    expect(text).not.toContain('The Café Uno team');
  });

  it('uses the owner’s template for its theme and language, once, and the built-in words elsewhere', () => {
    const en = draftReply(input(NAMED.en.text), 'en', own).text;
    expect(en).toContain('we now have two more people on the floor.');
    // The owner's template says the wait sentence too: it is said once.
    expect(en.split('We are sorry you waited over an hour.')).toHaveLength(2);
    expect(repeated(en)).toEqual([]);
    expect(en).not.toContain('reviewing our staffing');
    // In German the owner wrote nothing: the built-in apology.
    expect(draftReply(input(NAMED.de.text), 'de', own).text).toContain('dass Sie über eine Stunde warten mussten');
    expect(draftReply(input(NAMED.ru.text), 'ru', own).text).toContain('По субботам у нас теперь на два официанта больше.');
  });

  it('keeps only valid templates, the newest per theme and language', () => {
    const stored = normalizeOwnReplies({
      signature: '  Anna  ',
      templates: [
        { topic: 'waiting', lang: 'en', text: 'old' },
        { topic: 'waiting', lang: 'en', text: 'new' },
        { topic: 'parking', lang: 'en', text: 'no such theme' },
        { topic: 'price', lang: 'pt', text: 'no such language' },
        { topic: 'price', lang: 'en', text: '   ' },
      ],
    });
    expect(stored).toEqual({ signature: 'Anna', templates: [{ topic: 'waiting', lang: 'en', text: 'new' }] });
    expect(normalizeOwnReplies('junk')).toEqual({ signature: '', templates: [] });
  });
});
