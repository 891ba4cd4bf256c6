import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translator } from '@/utils/i18n';

const I18nContext = createContext<Translator>(createTranslator('en'));

export function I18nProvider({ translator, children }: { translator: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}
