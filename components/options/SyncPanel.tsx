/**
 * Options → Sync (issue 19): the owner's CouchDB, "Test connection", "Sync now" and the last sync
 * in words. Host access to that one server is asked for here, on the owner's click (a browser
 * grants `permissions.request` only in answer to one), never at install.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendFromPage } from '@/utils/messaging';
import { syncStatusItem } from '@/utils/storage-items';
import { loadSyncSettings, saveSyncSettings } from '@/utils/store/sync/credentials';
import { checkServerAddress, DEFAULT_SYNC_CONFIG, isDatabaseName, type SyncConfig, type SyncProblem } from '@/utils/sync/config';
import type { SyncStatus } from '@/utils/sync/status';
import { lastSyncText, problemText } from '@/utils/sync/status-text';
import { useI18n } from '../i18n';

type Note = { kind: 'busy' | 'ok' | 'error'; text: string } | null;

/** Host access to the server, asked for on the owner's click; the address is checked first so nothing else is ever asked for. */
async function askForServer(config: SyncConfig): Promise<SyncProblem | null> {
  const address = checkServerAddress(config.server);
  if (!address.ok) return address.problem;
  if (!isDatabaseName(config.database)) return 'bad-database';
  const granted = await browser.permissions.request({ origins: [address.permission] });
  return granted ? null : 'no-permission';
}

export function SyncPanel({ onSaved }: { onSaved?: () => void }) {
  const t = useI18n();
  const [config, setConfig] = useState<SyncConfig>(DEFAULT_SYNC_CONFIG);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void loadSyncSettings().then(setConfig);
    void syncStatusItem.getValue().then(setStatus);
    // A sync the background ran meanwhile (alarm, after captures) shows up here.
    return syncStatusItem.watch((value) => {
      setStatus(value);
      setNow(Date.now());
    });
  }, []);

  const edit = (patch: Partial<SyncConfig>): void => setConfig((current) => ({ ...current, ...patch }));
  const save = async (next: SyncConfig): Promise<void> => {
    setConfig(next);
    await saveSyncSettings(next);
    onSaved?.();
  };

  const test = async (): Promise<void> => {
    const problem = await askForServer(config);
    if (problem) return setNote({ kind: 'error', text: problemText(t, problem) });
    setNote({ kind: 'busy', text: t.t('sync.testing') });
    const response = await sendFromPage<'page:sync-test'>({ type: 'page:sync-test', config });
    const result = response?.result;
    if (result?.ok) setNote({ kind: 'ok', text: t.t('sync.testOk', { n: result.docCount }) });
    else setNote({ kind: 'error', text: problemText(t, result?.problem ?? 'other', response?.error) });
  };

  const syncNow = async (): Promise<void> => {
    setNote({ kind: 'busy', text: t.t('sync.syncing') });
    const response = await sendFromPage<'page:sync-now'>({ type: 'page:sync-now' });
    setNow(Date.now());
    if (response?.status) setStatus(response.status);
    setNote(null);
  };

  const toggle = async (enabled: boolean): Promise<void> => {
    if (!enabled) return save({ ...config, enabled: false });
    const problem = await askForServer(config);
    if (problem) return setNote({ kind: 'error', text: problemText(t, problem) });
    await save({ ...config, enabled: true });
    await syncNow();
  };

  const saveWhileOn = async (id: keyof Omit<SyncConfig, 'enabled'>): Promise<void> => {
    await save(config);
    if (id !== 'server') return;
    const problem = await askForServer(config).catch((): SyncProblem => 'no-permission');
    if (problem) setNote({ kind: 'error', text: problemText(t, problem) });
  };

  const field = (id: keyof Omit<SyncConfig, 'enabled'>, label: string, type: string, hint?: string) => (
    <div class="field">
      <label for={`sync-${id}`}>{label}</label>
      <input
        id={`sync-${id}`}
        type={type}
        value={config[id]}
        autocomplete={type === 'password' ? 'current-password' : 'off'}
        spellcheck={false}
        data-testid={`sync-${id}`}
        onInput={(e) => edit({ [id]: e.currentTarget.value })}
        // A change to the server while sync is on is kept at once (the next sync uses it); a new
        // server's access is asked for then, or the owner is told how to allow it.
        onChange={() => (config.enabled ? void saveWhileOn(id) : undefined)}
      />
      {hint ? <small class="muted">{hint}</small> : null}
    </div>
  );

  return (
    <section class="panel" aria-labelledby="sync-title" data-testid="sync">
      <h2 id="sync-title">{t.t('sync.title')}</h2>
      <p class="muted">{t.t('sync.intro')}</p>
      {field('server', t.t('sync.server'), 'url', t.t('sync.server.hint'))}
      {field('database', t.t('sync.database'), 'text')}
      {field('user', t.t('sync.user'), 'text')}
      {field('password', t.t('sync.password'), 'password')}
      <label class="check">
        <input type="checkbox" checked={config.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} data-testid="sync-enabled" />
        <span>{t.t('sync.enabled')}</span>
      </label>
      <div class="actions">
        <button type="button" onClick={() => void test()} data-testid="sync-test">
          {t.t('sync.test')}
        </button>
        <button type="button" onClick={() => void syncNow()} disabled={!config.enabled} data-testid="sync-now">
          {t.t('sync.now')}
        </button>
      </div>
      {note ? (
        <p class={note.kind === 'error' ? 'error' : 'muted'} role={note.kind === 'error' ? 'alert' : 'status'} data-testid="sync-note">
          {note.text}
        </p>
      ) : null}
      <p class="muted" role="status" data-testid="sync-last">
        {lastSyncText(t, status, now)}
      </p>
    </section>
  );
}
