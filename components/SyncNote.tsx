import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { syncConfigItem, syncStatusItem } from '@/utils/storage-items';
import { normalizeSyncConfig } from '@/utils/sync/config';
import type { SyncStatus } from '@/utils/sync/status';
import { lastSyncText } from '@/utils/sync/status-text';
import { useI18n } from './i18n';

/** What the popup knows of sync: whether the owner has it on and the last sync's outcome; null until read. */
export interface SyncState {
  enabled: boolean;
  status: SyncStatus | null;
}

/** Reads sync's setting and last status once for the whole popup, and follows both while it is open. */
export function useSyncState(): SyncState | null {
  const [state, setState] = useState<SyncState | null>(null);
  useEffect(() => {
    const load = (): void =>
      void Promise.all([syncConfigItem.getValue(), syncStatusItem.getValue()])
        .then(([config, status]) => setState({ enabled: normalizeSyncConfig(config).enabled, status: status ?? null }))
        .catch(() => undefined);
    load();
    const stops = [syncConfigItem.watch(load), syncStatusItem.watch(load)];
    return () => stops.forEach((stop) => stop());
  }, []);
  return state;
}

/**
 * Sync as the popup shows it, only while the owner has it on: a failed last sync at the top, in
 * words, with the way to the settings; otherwise one quiet line at the bottom (`place`). Both
 * places take the same `sync` state (`useSyncState`, read once by the popup).
 */
export function SyncNote({ place, now, sync }: { place: 'top' | 'bottom'; now: number; sync: SyncState | null }) {
  const t = useI18n();
  if (!sync?.enabled) return null;
  const failed = sync.status !== null && !sync.status.ok;
  if ((place === 'top') !== failed) return null;
  const text = lastSyncText(t, sync.status, now);
  if (!failed)
    return (
      <p class="muted sync-line" data-testid="sync-line">
        {text}
      </p>
    );
  return (
    <p class="note note-warn" role="alert" data-testid="sync-problem">
      {text}{' '}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t.t('sync.openSettings')}
      </button>
    </p>
  );
}
