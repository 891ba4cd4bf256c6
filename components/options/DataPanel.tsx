import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ImportReport } from '@/utils/store/import';
import type { Settings } from '@/utils/settings';
import { escapeCloses, useMoveFocus } from '../focus';
import { importMessage, type KindCounts } from '@/utils/views/options-messages';
import { useI18n } from '../i18n';

export type DataStatus =
  { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string; details?: string[] } | { kind: 'error'; text: string };

export interface DataActions {
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  importFile(file: File): Promise<void>;
  deleteAll(): Promise<void>;
  /** Re-reads the counts (captures may have landed since the page opened). */
  refresh(): Promise<void>;
}

/** The sentence an import ends with: what was added, what was known, and a line per kind of record left out and why. */
export function importSummary(t: ReturnType<typeof useI18n>, report: ImportReport): { text: string; details: string[] } {
  return importMessage(t, report);
}

export interface DataPanelProps {
  counts: KindCounts | null;
  settings: Settings;
  update(patch: Partial<Settings>): Promise<void>;
  status: DataStatus;
  actions: DataActions;
}

export function DataPanel({ counts, settings, update, status, actions }: DataPanelProps) {
  const t = useI18n();
  const [confirming, setConfirming] = useState(false);
  const busy = status.kind === 'busy';
  // The confirmation opens on its safe answer; Cancel or Escape go back to "Delete all data"; once
  // everything is deleted, focus rests on the section's title and the result is announced.
  const moveFocus = useMoveFocus();
  const deleteAll = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const stopConfirming = (): void => {
    setConfirming(false);
    moveFocus(() => deleteAll.current);
  };
  return (
    <section class="panel" aria-labelledby="data-title">
      <h2 id="data-title" tabIndex={-1}>
        {t.t('options.data')}
      </h2>
      <p>{t.t('options.data.body')}</p>
      {counts ? (
        <p class="muted" data-testid="stored-counts">
          {t.t('options.counts', { businesses: counts.businesses, reviews: counts.reviews })}
        </p>
      ) : null}
      <label class="check">
        <input
          type="checkbox"
          checked={settings.hideNamesInExport}
          onChange={(e) => void update({ hideNamesInExport: e.currentTarget.checked })}
          data-testid="hide-names"
        />
        <span>{t.t('options.hideNames')}</span>
      </label>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void actions.exportJson()} disabled={busy}>
          {t.t('options.exportJson')}
        </button>
        <button type="button" onClick={() => void actions.exportCsv()} disabled={busy}>
          {t.t('options.exportCsv')}
        </button>
        <label class={`button${busy ? ' disabled' : ''}`}>
          {t.t('options.importJson')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            disabled={busy}
            data-testid="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void actions.importFile(file);
            }}
          />
        </label>
        <button
          ref={deleteAll}
          type="button"
          class="danger"
          onClick={() => void actions.refresh().then(() => setConfirming(true))}
          disabled={busy || confirming}
        >
          {t.t('options.deleteAll')}
        </button>
      </div>
      {confirming ? (
        <div
          class="note note-warn confirm"
          role="alertdialog"
          aria-labelledby="delete-all-text"
          onKeyDown={escapeCloses(stopConfirming)}
          data-testid="delete-all-confirm"
        >
          <p id="delete-all-text">
            {t.t('options.deleteAll.confirmKinds', {
              businesses: counts?.businesses ?? 0,
              reviews: counts?.reviews ?? 0,
              snapshots: counts?.snapshots ?? 0,
              alerts: counts?.alerts ?? 0,
            })}
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                document.getElementById('data-title')?.focus();
                void actions.deleteAll();
              }}
            >
              {t.t('options.deleteAll.yes')}
            </button>
            <button ref={cancel} type="button" onClick={stopConfirming}>
              {t.t('options.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {status.kind !== 'idle' ? (
        <div class={status.kind === 'error' ? 'note note-warn' : 'note'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="options-status">
          <p>{status.text}</p>
          {status.kind === 'done' && status.details && status.details.length > 0 ? (
            <ul class="small">
              {status.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
