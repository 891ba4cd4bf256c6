import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { PopupApp } from '@/components/PopupApp';
import { loadUiTranslator } from '@/utils/i18n/load';
import { targetTabId } from '@/utils/views/popup-model';
import '@/components/styles.css';

void Promise.all([loadUiTranslator(), targetTabId(location.search)]).then(([translator, tabId]) => {
  document.documentElement.lang = translator.locale;
  render(
    <I18nProvider translator={translator}>
      <PopupApp tabId={tabId} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
