import { describe, expect, it } from 'vitest';
import { englishTeam, frenchOf, germanOf, holdsQuotes, quotedWhole, russianSigned } from '@/utils/replies/business-name';
import { draftReply } from '@/utils/replies/drafts';
import { REPLY_LANGUAGES, type ReplyLanguage } from '@/utils/replies/templates';

const draft = (lang: ReplyLanguage, businessName: string, urgent = false) =>
  draftReply({
    author: 'Игорь Смирнов',
    analysis: { lang, themes: [{ theme: 'service', polarity: -1 }], ...(urgent ? { urgent: { category: 'health' as const, evidence: 'x' } } : {}) },
    businessName,
    fallback: 'en',
  }).text;

describe('the sign-off writes the business’s name as it stands', () => {
  it('does not put a second “The” before a name that starts with one', () => {
    expect(englishTeam('The Golden Spoon Bistro')).toBe('The Golden Spoon Bistro team');
    expect(englishTeam('the  Ivy')).toBe('the Ivy team');
    expect(englishTeam('Café Uno')).toBe('The Café Uno team');
    expect(englishTeam('Theo’s Diner')).toBe('The Theo’s Diner team');
    expect(draft('en', 'The Golden Spoon Bistro')).toMatch(/directly\. The Golden Spoon Bistro team$/);
    expect(draft('en', 'The Golden Spoon Bistro')).not.toMatch(/The The/i);
  });

  it('does not quote again a name that already holds quotation marks, nor decline it (Russian)', () => {
    expect(holdsQuotes('Кофейня «Зёрна»')).toBe(true);
    expect(holdsQuotes('Joe’s Diner')).toBe(false);
    expect(quotedWhole('«Зёрна»')).toBe(true);
    expect(quotedWhole('Кофейня «Зёрна»')).toBe(false);
    expect(russianSigned('команда', 'Trattoria Lucia')).toBe('команда «Trattoria Lucia»');
    expect(russianSigned('команда', '«Зёрна»')).toBe('команда «Зёрна»');
    expect(russianSigned('руководство', 'Кофейня «Зёрна»')).toBe('руководство — Кофейня «Зёрна»');
    expect(russianSigned('команда', 'ООО "Ромашка"')).toBe('команда — ООО "Ромашка"');
    expect(draft('ru', 'Кофейня «Зёрна»')).toMatch(/С уважением, команда — Кофейня «Зёрна»$/);
    expect(draft('ru', 'Кофейня «Зёрна»', true)).toMatch(/С уважением, руководство — Кофейня «Зёрна»$/);
  });

  it('neither declines nor contracts a name against its own article (German, French)', () => {
    expect(germanOf('Ihr Team', 'Café Anna')).toBe('Ihr Team von Café Anna');
    expect(germanOf('Ihr Team', 'Der Goldene Hirsch')).toBe('Ihr Team – Der Goldene Hirsch');
    expect(germanOf('Die Geschäftsleitung', 'Zum Löwen')).toBe('Die Geschäftsleitung – Zum Löwen');
    expect(frenchOf('L’équipe', 'Le Petit Zinc')).toBe('L’équipe du Petit Zinc');
    expect(frenchOf('La direction', 'Les Deux Moulins')).toBe('La direction des Deux Moulins');
    expect(frenchOf('L’équipe', 'La Coupole')).toBe('L’équipe de La Coupole');
    expect(frenchOf('L’équipe', 'Boulangerie Les Deux Moulins')).toBe('L’équipe de Boulangerie Les Deux Moulins');
    expect(draft('fr', 'Le Petit Zinc')).toMatch(/L’équipe du Petit Zinc$/);
    expect(draft('de', 'Das Kranzler', true)).toMatch(/Die Geschäftsleitung – Das Kranzler$/);
  });

  it('in no language doubles an article or a quotation around the name', () => {
    const names = ['The Golden Spoon Bistro', 'Кофейня «Зёрна»', '«Зёрна»', 'Le Petit Zinc', 'Der Goldene Hirsch', 'El Rincón', '“金勺子”'];
    for (const lang of REPLY_LANGUAGES)
      for (const name of names)
        for (const urgent of [false, true]) {
          const text = draft(lang, name, urgent);
          const where = `${lang} ${urgent ? 'urgent' : 'standard'} ${name}`;
          // Each language's own article against the template's words ("de Le" is fine in Spanish, not in French).
          const doubled = { en: /\bthe the\b/i, fr: /\bde (le|les) /i, de: /\bvon (der|die|das) /i, es: /\bel el\b/i, ru: /«[^»]*«/, zh: /$^/ }[lang];
          expect(text, where).not.toMatch(doubled);
          expect(text, where).not.toMatch(/[«„“"][^«»„“”"\n]*[«„“"][^«»„“”"\n]*[»“”"][^«»„“”"\n]*[»“”"]/);
          // The name as written (French contracts only its leading article: "du Petit Zinc").
          expect(text, where).toContain(lang === 'fr' ? name.replace(/^(Le|Les) /, '') : name);
        }
  });
});
