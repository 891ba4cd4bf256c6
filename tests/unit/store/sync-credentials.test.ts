/** The sync password is kept where content scripts cannot read it: the extension's own IndexedDB, not storage.local. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncConfigItem } from '@/utils/storage-items';
import { forgetSyncSettings, loadSyncSettings, saveSyncSettings } from '@/utils/store/sync/credentials';
import { forgetSync } from '@/utils/store/sync/forget';

const CONFIG = { enabled: true, server: 'https://couch.example.org', database: 'team', user: 'owner', password: 's3cret-pass' };
const databases = async (): Promise<string[]> => (await indexedDB.databases()).map((d) => d.name ?? '');

describe('the sync password', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await forgetSyncSettings();
  });

  it('is saved apart from the settings that extension storage holds, and read back with them', async () => {
    await saveSyncSettings(CONFIG);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('s3cret-pass');
    expect(await syncConfigItem.getValue()).toEqual({ enabled: true, server: 'https://couch.example.org', database: 'team', user: 'owner' });
    expect(await loadSyncSettings()).toEqual(CONFIG);
    await saveSyncSettings({ ...CONFIG, password: '' });
    expect((await loadSyncSettings()).password).toBe('');
  });

  it('written by an earlier version into storage.local, is moved out at the first read', async () => {
    await syncConfigItem.setValue(CONFIG);
    expect(await loadSyncSettings()).toEqual(CONFIG);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('s3cret-pass');
    expect(await loadSyncSettings()).toEqual(CONFIG);
  });

  it('goes with "Delete all data"', async () => {
    await saveSyncSettings(CONFIG);
    expect(await databases()).toContain('review-sentinel-secrets');
    await forgetSync();
    expect(await databases()).not.toContain('review-sentinel-secrets');
    expect(await loadSyncSettings()).toEqual({ enabled: false, server: '', database: '', user: '', password: '' });
  });
});
