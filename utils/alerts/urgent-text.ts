/** An urgent review's category in the UI language's words ("health & safety", "кража или мошенничество"). Pure. */
import type { UrgentCategory } from '../analysis/types';
import type { Translator } from '../i18n';

export function urgentCategoryText(t: Translator, category: UrgentCategory): string {
  return t.t(`urgent.category.${category}`);
}

/** Several categories as one phrase, each once, in the locale's list style ("health & safety and theft or fraud"). */
export function urgentCategoriesText(t: Translator, categories: readonly UrgentCategory[]): string {
  const words = [...new Set(categories)].map((c) => urgentCategoryText(t, c));
  return new Intl.ListFormat(t.locale, { style: 'long', type: 'conjunction' }).format(words);
}
