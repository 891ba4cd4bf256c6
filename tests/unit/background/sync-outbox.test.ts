/**
 * Sync's outbox while sync is off: never set up, nothing is written; set up and turned off, the
 * first sync after turning it on again sends everything (what changed meanwhile was not listed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteSyncWrites } from '@/utils/background/sync';
import { syncConfigItem, syncOutboxItem } from '@/utils/storage-items';
import { withoutCookies } from '@/utils/store/sync/pouch';

const SERVER = { server: 'https://couch.example.org', database: 'team', user: 'owner', password: 'secret' };

describe('the sync outbox', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stays unwritten when sync was never set up', async () => {
    await noteSyncWrites(['yelp:a']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('asks for a full send after writes made while sync was off', async () => {
    await syncConfigItem.setValue({ ...SERVER, enabled: false });
    await noteSyncWrites(['yelp:a']);
    expect(await syncOutboxItem.getValue()).toEqual({ keys: [], full: true });
  });

  it('lists the keys written while sync is on', async () => {
    await syncConfigItem.setValue({ ...SERVER, enabled: true });
    await noteSyncWrites(['yelp:a', 'yelp:b']);
    await noteSyncWrites(['yelp:a']);
    expect(await syncOutboxItem.getValue()).toEqual({ keys: ['yelp:a', 'yelp:b'] });
  });
});

describe('requests to the sync server', () => {
  it('go without the browser’s cookies even when PouchDB asks for them', async () => {
    const seen: Array<RequestInit | undefined> = [];
    const fetcher = withoutCookies(async (_input, init) => {
      seen.push(init);
      return new Response('{}');
    });
    await fetcher('https://couch.example.org/team', { credentials: 'include', method: 'GET' });
    expect(seen).toEqual([{ credentials: 'omit', method: 'GET' }]);
  });
});
