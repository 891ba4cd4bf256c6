import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { OptionsApp } from '@/components/OptionsApp';
import { loadUiTranslator } from '@/utils/i18n/load';
import '@/components/styles.css';

void loadUiTranslator().then((translator) => {
  document.documentElement.lang = translator.locale;
  document.title = translator.t('options.title');
  render(
    <I18nProvider translator={translator}>
      <OptionsApp />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
