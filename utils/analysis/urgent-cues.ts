/** Cues several claims share (`urgent-claims.ts`, `urgent-discrimination.ts`), in the claims' own notation. */
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from './types';

/** Said in jest ("the movers joked…", "en rigolant", "开玩笑"): a story told as a joke is no claim. */
const JOKING: Record<AnalysisLanguage, string> = {
  en: 'jok~|kidding|banter',
  de: 'gewitzelt|witz~|scherz~',
  fr: 'blague~|plaisant~|en riant|rigol~',
  es: 'brome~|broma~|bromista',
  ru: 'пошутил~|шутк~|шутя|засмеял~',
  zh: '开玩笑|开个玩笑',
};

/** A claim's `unless`: the joking words of each language, then that language's own `more`. */
export function jokingOr(more: Partial<Record<AnalysisLanguage, string>>): Record<AnalysisLanguage, string> {
  return Object.fromEntries(ANALYSIS_LANGUAGES.map((lang) => [lang, more[lang] ? `${JOKING[lang]}|${more[lang]}` : JOKING[lang]])) as Record<
    AnalysisLanguage,
    string
  >;
}
