import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { PopupApp } from '@/components/PopupApp';
import { loadUiTranslator } from '@/utils/i18n/load';
import { getDb } from '@/utils/store/db';
import { chooseFirstPaint } from '@/utils/views/first-paint';
import { initialSelection, loadPopupModel, targetTabId } from '@/utils/views/popup-model';
import { readTabStateAndView } from '@/utils/views/prepared-view';
import { readCachedEntry, viewCacheKey } from '@/utils/views/view-cache';
import '@/components/styles.css';

// Everything the first view needs starts loading at once, in parallel.
void getDb();
const selection = initialSelection(location.search);
// Opened on a given business, the popup does not need to know the tab first.
const tabId = selection === 'auto' ? targetTabId(location.search) : Promise.resolve(undefined);
// The tab's state and the view the background prepared after its capture come in one read.
const tabAndView = tabId.then((id) => readTabStateAndView(id, Date.now()));
const tab = tabAndView.then((both) => both.tab);
// Benchmark build only: `?fullScan` measures the popup on the naive read model.
const fullScan = __RS_BENCH__ && new URLSearchParams(location.search).has('fullScan');
const firstModel = tabId.then((id) => loadPopupModel({ tabId: id, tab, selection, now: Date.now(), fullScan }));

void Promise.all([loadUiTranslator(), tabId, tabAndView]).then(([translator, id, { tab: tabState, view }]) => {
  document.documentElement.lang = translator.locale;
  const key = viewCacheKey(selection, tabState);
  const remembered = key ? readCachedEntry(localStorage, key, translator.locale, Date.now()) : null;
  const cached = chooseFirstPaint({ selection, prepared: view, remembered, uncached: fullScan });
  render(
    <I18nProvider translator={translator}>
      <PopupApp tabId={id} initial={selection} firstModel={firstModel} cached={cached ? { ...cached, tab: tabState } : undefined} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
