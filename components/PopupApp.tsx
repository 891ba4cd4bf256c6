import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageMessage, PageResponse } from '@/utils/messages';
import type { BusinessRole } from '@/utils/store/schema';
import { loadPopupModel, type PopupModel, type PopupSelection } from '@/utils/views/popup-model';
import { rememberView } from '@/utils/views/view-cache';
import { BusinessList } from './BusinessList';
import { BusinessView } from './BusinessView';
import { EmptyState } from './EmptyState';
import { useI18n } from './i18n';

function sendToBackground(message: PageMessage): Promise<PageResponse | undefined> {
  return browser.runtime.sendMessage(message) as Promise<PageResponse | undefined>;
}

export interface PopupAppProps {
  tabId?: number;
  initial?: PopupSelection;
  /** The first model, already loading while the page started (the popup must open fast). */
  firstModel?: Promise<PopupModel>;
  /** The last view of the same business, shown until the fresh one is loaded. */
  cached?: PopupModel;
}

export function PopupApp({ tabId, initial = 'auto', firstModel, cached }: PopupAppProps) {
  const t = useI18n();
  const [model, setModel] = useState<PopupModel | null>(cached ?? null);
  const [fresh, setFresh] = useState(false);
  const [selection, setSelection] = useState<PopupSelection>(initial);
  const [error, setError] = useState<string | null>(null);
  const now = Date.now();

  const reload = useCallback(async (current: PopupSelection, preloaded?: Promise<PopupModel>) => {
    try {
      const next = await (preloaded ?? loadPopupModel({ tabId, selection: current, now: Date.now() }));
      setModel(next);
      setFresh(true);
      setError(null);
      rememberView(localStorage, current, next, t.locale, Date.now());
      // Seeing the business's new negatives in the popup reads them: the badge clears.
      if (next.kind === 'business' && next.summary.unread > 0) await sendToBackground({ type: 'page:mark-read', businessKey: next.summary.business.key });
    } catch (e) {
      setError(String(e));
    }
  }, [tabId, t.locale]);

  const [first] = useState(() => firstModel);
  useEffect(() => {
    void reload(selection, selection === initial ? first : undefined);
  }, [reload, selection, initial, first]);

  // Marks the first frame with the score and its reasons on screen, and the first with the fresh
  // figures (the speed benchmark reads both).
  useLayoutEffect(() => {
    if (model?.kind !== 'business') return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('rs:summary-rendered').length === 0) performance.mark('rs:summary-rendered');
      if (fresh && performance.getEntriesByName('rs:fresh-rendered').length === 0) performance.mark('rs:fresh-rendered');
    });
  }, [model, fresh]);

  const setRole = async (key: string, role: BusinessRole | null): Promise<void> => {
    await sendToBackground({ type: 'page:set-role', businessKey: key, role });
    await reload({ businessKey: key });
  };

  return (
    <div class="popup">
      <nav class="topbar">
        <span class="brand">{t.t('app.name')}</span>
        <span class="topbar-actions">
          {model?.kind === 'business' && model.businesses.length > 1 ? (
            <button type="button" class="link" onClick={() => setSelection('list')}>
              {t.t('popup.allBusinesses')}
            </button>
          ) : null}
          <a class="link" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
            {t.t('popup.settings')}
          </a>
        </span>
      </nav>
      <main aria-busy={!fresh}>
        {error ? (
          <p class="note note-warn" role="alert">
            {error}
          </p>
        ) : model === null ? (
          <p class="muted" aria-busy="true">
            {t.t('popup.loading')}
          </p>
        ) : model.kind === 'empty' ? (
          <EmptyState tab={model.tab} />
        ) : model.kind === 'list' ? (
          <BusinessList businesses={model.businesses} tab={model.tab} now={now} onOpen={(key) => setSelection({ businessKey: key })} />
        ) : (
          <BusinessView summary={model.summary} tab={model.tab} now={now} onSetRole={(role) => void setRole(model.summary.business.key, role)} />
        )}
      </main>
    </div>
  );
}
