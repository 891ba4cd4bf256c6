import type { Translator } from './index';

/** A word list's entry as a label starts with a capital ("время ожидания" → "Время ожидания"); Chinese is left as it is. */
export function capitalized(t: Pick<Translator, 'locale'>, text: string): string {
  return text.charAt(0).toLocaleUpperCase(t.locale) + text.slice(1);
}
