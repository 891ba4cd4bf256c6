import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, type Settings } from '@/utils/settings';
import { getDb } from '@/utils/store/db';
import { exportFileName, exportJson } from '@/utils/store/export';
import { countStored } from '@/utils/store/read-models';
import { downloadParts } from '@/utils/views/download';
import { useI18n } from './i18n';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function OptionsApp() {
  const t = useI18n();
  const [counts, setCounts] = useState<{ businesses: number; reviews: number } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [settings, setSettings] = useState<Settings | null>(null);

  const refreshCounts = async (): Promise<void> => setCounts(await countStored(await getDb()));
  useEffect(() => {
    void refreshCounts();
    void loadSettings().then(setSettings);
  }, []);

  const update = async (patch: Partial<Settings>): Promise<void> => setSettings(await saveSettings(patch));

  const onExportJson = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: t.t('options.exporting') });
    try {
      const now = Date.now();
      const settings = await loadSettings();
      const result = await exportJson(await getDb(), { now, version: browser.runtime.getManifest().version, hideNames: settings.hideNamesInExport });
      downloadParts(result.parts, exportFileName(now), 'application/json');
      setStatus({ kind: 'done', text: t.t('options.exported', { businesses: result.counts.businesses, reviews: result.counts.reviews }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t.t('options.exportFailed', { error: String(error) }) });
    }
  };

  return (
    <div class="options">
      <h1>{t.t('options.title')}</h1>
      {settings ? (
        <section class="panel" aria-labelledby="capture-title">
          <h2 id="capture-title">{t.t('options.capture')}</h2>
          <label class="check">
            <input type="checkbox" checked={settings.autoExpand} onChange={(e) => void update({ autoExpand: e.currentTarget.checked })} />
            <span>
              {t.t('options.autoExpand')}
              <small class="muted">{t.t('options.autoExpand.hint')}</small>
            </span>
          </label>
        </section>
      ) : null}
      <section class="panel" aria-labelledby="data-title">
        <h2 id="data-title">{t.t('options.data')}</h2>
        <p>{t.t('options.data.body')}</p>
        {counts ? (
          <p class="muted" data-testid="stored-counts">
            {t.t('options.counts', { businesses: counts.businesses, reviews: counts.reviews })}
          </p>
        ) : null}
        <div class="actions">
          <button type="button" class="primary" onClick={() => void onExportJson()} disabled={status.kind === 'busy'}>
            {t.t('options.exportJson')}
          </button>
        </div>
        {status.kind !== 'idle' ? (
          <p class={status.kind === 'error' ? 'note note-warn' : 'note'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="options-status">
            {status.text}
          </p>
        ) : null}
      </section>
    </div>
  );
}
