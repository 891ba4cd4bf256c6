/**
 * Which of the six supported languages a review is in: by script first, then the page's hint,
 * then a small detector restricted to English, Spanish, German and French (function words and
 * the letters each language has alone).
 */
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from './types';

const STOPWORDS: Record<'en' | 'es' | 'de' | 'fr', string[]> = {
  en: [
    'the',
    'and',
    'was',
    'is',
    'it',
    'to',
    'of',
    'we',
    'i',
    'for',
    'with',
    'but',
    'not',
    'very',
    'this',
    'they',
    'our',
    'were',
    'my',
    'you',
    'at',
    'had',
    'so',
    'food',
    'great',
    'good',
    'place',
    'be',
    'are',
    'have',
    'in',
    'on',
    'there',
    'would',
    'again',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'que',
    'de',
    'en',
    'un',
    'una',
    'es',
    'muy',
    'pero',
    'no',
    'con',
    'por',
    'para',
    'lo',
    'fue',
    'nos',
    'del',
    'al',
    'se',
    'más',
    'todo',
    'comida',
    'estaba',
    'buena',
    'bueno',
    'sitio',
    'hay',
    'mi',
    'su',
    'son',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'sehr',
    'wir',
    'ich',
    'es',
    'war',
    'mit',
    'aber',
    'ein',
    'eine',
    'zu',
    'auf',
    'für',
    'den',
    'dem',
    'auch',
    'noch',
    'hat',
    'haben',
    'sind',
    'essen',
    'gut',
    'lecker',
    'wieder',
    'man',
    'im',
    'uns',
    'kein',
    'keine',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'est',
    'un',
    'une',
    'des',
    'du',
    'de',
    'très',
    'pas',
    'mais',
    'nous',
    'je',
    'on',
    'pour',
    'avec',
    'que',
    'qui',
    'il',
    'était',
    'sont',
    'au',
    'aux',
    'ce',
    'cette',
    'tout',
    'bien',
    'bon',
    'bonne',
    'plus',
    'trop',
    'vous',
    'ne',
  ],
};

/** Stopword → the languages it belongs to. */
const STOPWORD_LANGS = new Map<string, Array<keyof typeof STOPWORDS>>();
for (const [lang, words] of Object.entries(STOPWORDS) as Array<[keyof typeof STOPWORDS, string[]]>) {
  for (const word of words) STOPWORD_LANGS.set(word, [...(STOPWORD_LANGS.get(word) ?? []), lang]);
}

const LETTERS: Array<[keyof typeof STOPWORDS, RegExp]> = [
  ['es', /[ñ¿¡]/g],
  ['de', /[äöüß]/g],
  ['fr', /[çœèêëîïôûùâ]/g],
];

function isSupported(lang: string): lang is AnalysisLanguage {
  return (ANALYSIS_LANGUAGES as readonly string[]).includes(lang);
}

function latinLanguage(text: string, hint: AnalysisLanguage | undefined): AnalysisLanguage {
  const lower = text.toLowerCase();
  const scores: Record<keyof typeof STOPWORDS, number> = { en: 0, es: 0, de: 0, fr: 0 };
  for (const word of lower.match(/\p{L}+/gu) ?? []) {
    const langs = STOPWORD_LANGS.get(word);
    if (langs) for (const lang of langs) scores[lang]++;
  }
  for (const [lang, re] of LETTERS) scores[lang] += 2 * (lower.match(re)?.length ?? 0);
  // é and á/í/ó/ú: French or Spanish.
  scores.es += lower.match(/[áíóú]/g)?.length ?? 0;
  scores.fr += 0.5 * (lower.match(/é/g)?.length ?? 0);
  const ranked = (Object.entries(scores) as Array<[keyof typeof STOPWORDS, number]>).sort((a, b) => b[1] - a[1]);
  const [top, topScore] = ranked[0]!;
  if (hint === 'en' || hint === 'es' || hint === 'de' || hint === 'fr') {
    const hinted = scores[hint];
    // The page's hint stands unless the text clearly says otherwise.
    if (top === hint || topScore < 3 || topScore < 2 * hinted + 1) return hint;
    return top;
  }
  return topScore > 0 ? top : 'en';
}

export function detectLanguage(text: string, hint?: string): AnalysisLanguage | 'und' {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  const hinted = base && isSupported(base) ? base : undefined;
  let han = 0;
  let kana = 0;
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    } else if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) kana++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  if (kana > 0) return 'und';
  if (han > 0 && han >= latin + cyrillic) return 'zh';
  if (cyrillic > latin) return /[іїєґў]/i.test(text) ? 'und' : 'ru';
  if (latin > 0 && latin >= other) return latinLanguage(text, hinted === 'ru' || hinted === 'zh' ? undefined : hinted);
  return other > 0 ? 'und' : (hinted ?? 'und');
}
