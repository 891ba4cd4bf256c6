import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { PopupApp } from '@/components/PopupApp';
import { loadUiTranslator } from '@/utils/i18n/load';
import { getDb } from '@/utils/store/db';
import { initialSelection, loadPopupModel, loadTabState, targetTabId } from '@/utils/views/popup-model';
import { readCachedView, viewCacheKey } from '@/utils/views/view-cache';
import '@/components/styles.css';

// Everything the first view needs starts loading at once, in parallel.
void getDb();
const selection = initialSelection(location.search);
// Opened on a given business, the popup does not need to know the tab first.
const tabId = selection === 'auto' ? targetTabId(location.search) : Promise.resolve(undefined);
const tab = tabId.then(loadTabState);
const firstModel = tabId.then((id) => loadPopupModel({ tabId: id, tab, selection, now: Date.now() }));

void Promise.all([loadUiTranslator(), tabId, tab]).then(([translator, id, tabState]) => {
  document.documentElement.lang = translator.locale;
  // The last view of this business paints at once; the fresh one replaces it when loaded.
  const key = viewCacheKey(selection, tabState);
  const cached = key ? readCachedView(localStorage, key, translator.locale, Date.now()) : null;
  render(
    <I18nProvider translator={translator}>
      <PopupApp tabId={id} initial={selection} firstModel={firstModel} cached={cached ? { ...cached, tab: tabState } : undefined} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
