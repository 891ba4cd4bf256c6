import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { OptionsApp } from '@/components/OptionsApp';
import { loadUiTranslator } from '@/utils/i18n/load';
import { onSettingsChanged } from '@/utils/settings';
import '@/components/styles.css';

let locale = '';

/** Renders the page in the owner's language, and again when they pick another one. */
async function show(): Promise<void> {
  const translator = await loadUiTranslator();
  if (translator.locale === locale) return;
  locale = translator.locale;
  document.documentElement.lang = translator.locale;
  document.title = translator.t('options.title');
  render(
    <I18nProvider translator={translator}>
      <OptionsApp />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void show();
onSettingsChanged(() => void show());
