import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendFromPage } from '@/utils/messaging';
import { siteName } from '@/utils/sites/names';
import { businessTitle, type BusinessRole } from '@/utils/store/schema';
import { loadPopupModel, type PopupModel, type PopupSelection } from '@/utils/views/popup-model';
import { lastLookOf, type LastLook } from '@/utils/views/morning';
import { readCachedEntry, rememberView } from '@/utils/views/view-cache';
import { BusinessList } from './BusinessList';
import { SyncNote, useSyncState } from './SyncNote';
import { BusinessView } from './BusinessView';
import { EmptyState } from './EmptyState';
import { useI18n } from './i18n';
import { StoreProblemNote } from './StoreProblemNote';

export interface PopupAppProps {
  tabId?: number;
  initial?: PopupSelection;
  /** The first model, already loading while the page started (the popup must open fast). */
  firstModel?: Promise<PopupModel>;
  /** The last view of the same business, shown until the fresh one is loaded. */
  cached?: PopupModel;
}

const LIST = '__list__';

export function PopupApp({ tabId, initial = 'auto', firstModel, cached }: PopupAppProps) {
  const t = useI18n();
  const [model, setModel] = useState<PopupModel | null>(cached ?? null);
  const [now, setNow] = useState(() => Date.now());
  const sync = useSyncState();
  const [fresh, setFresh] = useState(false);
  const [selection, setSelection] = useState<PopupSelection>(initial);
  const [error, setError] = useState<string | null>(null);
  // What the owner saw at their last look at each business, read once per popup before this
  // popup's own views overwrite it (the state line says what changed since).
  const looks = useRef(new Map<string, LastLook | null>());
  const lookFor = (key: string, at: number): LastLook | undefined => {
    if (!looks.current.has(key)) {
      const entries = [`b:${key}`, 'home'].map((cacheKey) => readCachedEntry(localStorage, cacheKey, t.locale, at, { stale: true }));
      looks.current.set(key, lastLookOf(entries, key) ?? null);
    }
    return looks.current.get(key) ?? undefined;
  };

  const reload = useCallback(
    async (current: PopupSelection, preloaded?: Promise<PopupModel>) => {
      try {
        const at = Date.now();
        const next = await (preloaded ?? loadPopupModel({ tabId, selection: current, now: at }));
        if (next.kind === 'business') lookFor(next.summary.business.key, at);
        setNow(at);
        setModel(next);
        setFresh(true);
        setError(null);
        rememberView(localStorage, current, next, t.locale, at);
      } catch (e) {
        setError(String(e));
        setFresh(true);
      }
    },
    [tabId, t.locale],
  );

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
    await sendFromPage({ type: 'page:set-role', businessKey: key, role });
    await reload({ businessKey: key });
  };
  // Seeing new negatives in the popup reads them, but only those displayed: the badge keeps the rest.
  const markDisplayedRead = (reviewKeys: string[]): void => void sendFromPage({ type: 'page:mark-read', businessKey: null, reviewKeys });
  const markAllRead = async (keys: string[]): Promise<void> => {
    for (const businessKey of keys) await sendFromPage({ type: 'page:mark-read', businessKey });
    await reload(selection);
  };
  const markDone = async (reviewKey: string, done: boolean): Promise<void> => {
    await sendFromPage({ type: 'page:mark-done', reviewKey, done });
    await reload(selection);
  };
  const open = (key: string): void => setSelection(key === LIST ? 'list' : { businessKey: key });

  const businesses = model && model.kind !== 'empty' ? model.businesses : [];
  const current = model?.kind === 'business' ? model.summary.business.key : LIST;

  return (
    <div class="popup">
      <nav class="topbar">
        <span class="brand">{t.t('app.name')}</span>
        <span class="topbar-actions">
          {businesses.length > 1 ? (
            <select aria-label={t.t('popup.switcher')} value={current} onChange={(e) => open(e.currentTarget.value)} data-testid="switcher">
              <option value={LIST}>{t.t('popup.allBusinesses')}</option>
              {businesses.map((b) => (
                <option key={b.key} value={b.key}>
                  {businessTitle(b)} · {siteName(b.site)}
                </option>
              ))}
            </select>
          ) : null}
          <a class="link" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
            {t.t('popup.settings')}
          </a>
        </span>
      </nav>
      <main aria-busy={!fresh}>
        <StoreProblemNote />
        <SyncNote place="top" now={now} sync={sync} />
        {error ? (
          <p class="note note-warn" role="alert">
            {t.t('popup.error', { error })}
          </p>
        ) : model === null ? (
          <p class="muted">{t.t('popup.loading')}</p>
        ) : model.kind === 'empty' ? (
          <EmptyState tab={model.tab} />
        ) : model.kind === 'list' ? (
          <BusinessList
            businesses={model.businesses}
            places={model.places ?? []}
            tab={model.tab}
            now={now}
            onOpen={open}
            onSetRole={(key, role) => void setRole(key, role)}
            staleAfterDays={model.staleAfterDays}
          />
        ) : (
          <BusinessView
            summary={model.summary}
            tab={model.tab}
            now={now}
            onSetRole={(role) => void setRole(model.summary.business.key, role)}
            onOpen={open}
            ready={fresh}
            onDisplayed={markDisplayedRead}
            onMarkAllRead={() => void markAllRead(model.summary.businesses.map((b) => b.key))}
            onDone={(review, done) => void markDone(review.key, done)}
            lastLook={lookFor(model.summary.business.key, now)}
          />
        )}
        <SyncNote place="bottom" now={now} sync={sync} />
      </main>
    </div>
  );
}
