/** "Delete all data" also deletes this browser's sync copies and settings (the server keeps its own). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncConfigItem, syncOutboxItem, syncStatusItem } from '@/utils/storage-items';
import { forgetSync } from '@/utils/store/sync/forget';
import { replicaName } from '@/utils/store/sync/replica-name';

function open(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const names = async (): Promise<string[]> => (await indexedDB.databases()).map((d) => d.name ?? '').sort();

describe('forgetting sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deletes every replica, the outbox, the status and the settings with their password, and nothing else', async () => {
    const replica = `_pouch_${replicaName('https://couch.example.org/team')}`;
    const other = `_pouch_${replicaName('http://localhost:5984/test')}`;
    await Promise.all([open(replica), open(other), open('_pouch_someone-else'), open('unrelated-db')]);
    await syncConfigItem.setValue({ enabled: true, server: 'https://couch.example.org', database: 'team', user: 'owner', password: 'secret' });
    await syncOutboxItem.setValue({ keys: ['yelp:a'] });
    await syncStatusItem.setValue({ ok: true, at: 1 } as never);
    expect(await forgetSync()).toBe(2);
    const left = await names();
    expect(left).toContain('_pouch_someone-else');
    expect(left).toContain('unrelated-db');
    expect(left).not.toContain(replica);
    expect(left).not.toContain(other);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
