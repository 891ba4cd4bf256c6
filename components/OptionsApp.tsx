import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendFromPage } from '@/utils/messaging';
import { loadSettings, saveSettings, type Settings } from '@/utils/settings';
import { getDb } from '@/utils/store/db';
import { exportCsv, exportFileName, exportJson } from '@/utils/store/export';
import { importFile } from '@/utils/store/import';
import { setSamePlace } from '@/utils/store/groups';
import { clearAll, deleteBusinesses, renameBusiness } from '@/utils/store/queries';
import { forgetSync } from '@/utils/store/sync/forget';
import { countStoredByKind, listBusinessesWithCounts } from '@/utils/store/read-models';
import { businessTitle, type BusinessRole } from '@/utils/store/schema';
import { downloadParts } from '@/utils/views/download';
import { forgetCachedViews, markCachedViewsStale } from '@/utils/views/view-cache';
import { errorPhrase, exportMessage, importFailureMessage, type KindCounts } from '@/utils/views/options-messages';
import { useI18n } from './i18n';
import { StoreProblemNote } from './StoreProblemNote';
import { BusinessesPanel, type BusinessActions, type BusinessRow } from './options/BusinessesPanel';
import { DataPanel, importSummary, type DataActions, type DataStatus } from './options/DataPanel';
import { AlertsPanel, GeneralPanel } from './options/SettingsPanels';
import { RepliesPanel } from './options/RepliesPanel';
import { SchedulePanel } from './options/SchedulePanel';
import { SyncPanel } from './options/SyncPanel';

export function OptionsApp() {
  const t = useI18n();
  const [counts, setCounts] = useState<KindCounts | null>(null);
  const [rows, setRows] = useState<BusinessRow[] | null>(null);
  const [status, setStatus] = useState<DataStatus>({ kind: 'idle' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const savedTimer = useRef(0);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async (): Promise<void> => {
    const db = await getDb();
    const [c, r] = await Promise.all([countStoredByKind(db), listBusinessesWithCounts(db)]);
    setCounts(c);
    setRows(r);
    setNow(Date.now());
  }, []);
  useEffect(() => {
    void refresh();
    void loadSettings().then(setSettings);
    // Back on this tab after browsing review pages: show what was captured meanwhile.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    // "2 minutes ago" stays true while the page stays open.
    const tick = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(tick);
    };
  }, [refresh]);

  /** "Saved." at the bottom of the window for a few seconds, after any change the owner made. */
  const showSaved = (): void => {
    setSaved(true);
    window.clearTimeout(savedTimer.current);
    savedTimer.current = window.setTimeout(() => setSaved(false), 4_000);
  };
  const update = async (patch: Partial<Settings>): Promise<void> => {
    setSettings(await saveSettings(patch));
    showSaved();
  };

  /**
   * After a change to stored data the badge may be stale, and so may remembered popup views: an
   * edit (role, name, same place) is shown old for a moment and then fresh, as every opening is;
   * an import or a deletion is never painted from memory, though the views still say when the owner
   * last looked; "Delete all" forgets them.
   */
  const changed = async (kind: 'edit' | 'import' | 'delete' | 'delete-all' = 'edit'): Promise<void> => {
    if (kind === 'delete-all') forgetCachedViews(localStorage);
    else if (kind !== 'edit') markCachedViewsStale(localStorage);
    const imported = kind === 'import';
    // The background may be restarting; the badge catches up at its next start anyway.
    await sendFromPage(imported ? { type: 'page:data-changed', imported: true } : { type: 'page:data-changed' });
    await refresh();
  };

  const businessActions: BusinessActions = {
    async setRole(key: string, role: BusinessRole | null) {
      // Through the background: it also tells open tabs to show or drop their notes.
      await sendFromPage({ type: 'page:set-role', businessKey: key, role });
      await changed();
      showSaved();
    },
    async setSameAs(key: string, other: string | null) {
      await setSamePlace(await getDb(), key, other);
      await changed();
      showSaved();
    },
    async rename(key: string, name: string | null) {
      await renameBusiness(await getDb(), key, name);
      await changed();
      showSaved();
    },
    async remove(key: string) {
      const name = businessTitle(rows?.find((r) => r.business.key === key)?.business ?? { name: key });
      await deleteBusinesses(await getDb(), [key]);
      await changed('delete');
      setStatus({ kind: 'done', text: t.t('options.deleted', { name }) });
    },
  };

  const runExport = async (kind: 'json' | 'csv'): Promise<void> => {
    setStatus({ kind: 'busy', text: t.t('options.exporting') });
    try {
      const at = Date.now();
      const current = await loadSettings();
      const options = { now: at, version: browser.runtime.getManifest().version, hideNames: current.hideNamesInExport };
      const result = kind === 'json' ? await exportJson(await getDb(), options) : await exportCsv(await getDb(), options);
      downloadParts(result.parts, exportFileName(at, kind), kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
      setStatus({ kind: 'done', text: exportMessage(t, kind, result.counts) });
    } catch (error) {
      setStatus({ kind: 'error', text: t.t('options.exportFailedPlain', { error: errorPhrase(error) }) });
    }
  };

  const dataActions: DataActions = {
    refresh,
    exportJson: () => runExport('json'),
    exportCsv: () => runExport('csv'),
    async importFile(file: File) {
      setStatus({ kind: 'busy', text: t.t('options.importing') });
      try {
        const result = await importFile(await getDb(), file, Date.now(), (done, total) => {
          if (total > 2_000) setStatus({ kind: 'busy', text: t.t('options.importProgress', { done, total }) });
        });
        if (!result.ok) {
          setStatus({ kind: 'error', text: importFailureMessage(t, result.failure) });
          return;
        }
        const report = result.report;
        await changed('import');
        setStatus({ kind: 'done', ...importSummary(t, report) });
      } catch (error) {
        setStatus({ kind: 'error', text: t.t('options.importFailed', { error: errorPhrase(error) }) });
      }
    },
    async deleteAll() {
      setStatus({ kind: 'busy', text: t.t('options.deleting') });
      try {
        const db = await getDb();
        const before = await countStoredByKind(db);
        await clearAll(db);
        await forgetSync();
        await changed('delete-all');
        setStatus({ kind: 'done', text: t.t('options.deleteAll.doneKinds', { ...before }) });
      } catch (error) {
        setStatus({ kind: 'error', text: t.t('options.deleteFailed', { error: errorPhrase(error) }) });
      }
    },
  };

  return (
    <main class="options">
      <h1>{t.t('options.title')}</h1>
      <StoreProblemNote />
      {/* Every change says it was kept, where the owner looks: a note pinned to the bottom of the window for a few seconds. */}
      <p class={saved ? 'saved-toast' : 'visually-hidden'} role="status" data-testid="settings-saved">
        {saved ? t.t('options.saved') : ''}
      </p>
      <BusinessesPanel rows={rows} actions={businessActions} now={now} />
      <RepliesPanel />
      {settings ? (
        <>
          <AlertsPanel settings={settings} update={update} />
          <SchedulePanel
            settings={settings}
            update={update}
            businesses={rows?.map((r) => r.business) ?? null}
            actions={{ checkNow: async (site) => (await sendFromPage({ type: 'page:check-now', site }))?.ok ?? false }}
            now={now}
          />
          <GeneralPanel settings={settings} update={update} browserLanguage={browser.i18n.getUILanguage()} />
          <DataPanel counts={counts} settings={settings} update={update} status={status} actions={dataActions} />
          <SyncPanel onSaved={showSaved} />
        </>
      ) : null}
    </main>
  );
}
