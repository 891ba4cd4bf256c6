/**
 * The manifest asks for exactly the permissions the code uses: every browser API namespace the
 * extension's source touches is listed here with the permission it needs (none for most), and
 * a namespace that is not listed fails this test until someone decides what it costs the owner.
 * The source also holds no code-from-strings and no HTML sinks (ESLint forbids them too).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOURCE_DIRS = ['entrypoints', 'utils', 'components'];

/** Namespace → the manifest permission it needs, or null when it needs none. */
const NAMESPACE_PERMISSIONS: Record<string, string | null> = {
  runtime: null,
  // tabs.query (active tab id only), tabs.create, tabs.sendMessage and tabs.onRemoved need no "tabs" permission.
  tabs: null,
  i18n: null,
  action: null,
  browserAction: null,
  storage: 'storage',
  notifications: 'notifications',
  // Scheduled checks: windows.create/remove/get and windows.onFocusChanged need no permission (URLs and titles stay hidden).
  windows: null,
  alarms: 'alarms',
  // idle.queryState: no install warning in Chrome or Firefox (README "Permissions").
  idle: 'idle',
  // Sync (issue 19): permissions.request/contains for its one server's host, optional, asked when the owner sets it up.
  permissions: null,
};

/** The one module that may reach the network: sync, to the server the owner configured (and only with its host granted). */
const NETWORK_ALLOWED = ['utils/background/sync.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
const sources = files.map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('permissions', () => {
  const used = new Set(sources.flatMap(({ text }) => [...text.matchAll(/\bbrowser\??\.([a-zA-Z]+)\b/g)].map((m) => m[1]!)));
  // WXT's typed storage items (utils/storage-items.ts) call browser.storage for us.
  if (sources.some(({ text }) => text.includes("from 'wxt/utils/storage'"))) used.add('storage');

  it('uses only browser APIs whose cost is known', () => {
    expect([...used].filter((ns) => !(ns in NAMESPACE_PERMISSIONS))).toEqual([]);
    // Sanity: the scan sees the APIs the extension is built on.
    expect(used).toContain('notifications');
    expect(used).toContain('storage');
  });

  it('asks for exactly the permissions those APIs need, and no host permissions (sync’s are optional, asked at set-up)', () => {
    const needed = [...used].map((ns) => NAMESPACE_PERMISSIONS[ns]).filter((p): p is string => Boolean(p));
    const manifest =
      typeof config.manifest === 'function'
        ? config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' })
        : config.manifest;
    const declared = (manifest as { permissions?: string[]; host_permissions?: string[] }).permissions ?? [];
    expect([...declared].sort()).toEqual([...new Set(needed)].sort());
    expect((manifest as { host_permissions?: string[] }).host_permissions).toBeUndefined();
    expect((manifest as { optional_host_permissions?: string[] }).optional_host_permissions).toEqual([
      'https://*/*',
      'http://localhost/*',
      'http://127.0.0.1/*',
    ]);
  });

  it('never runs strings as code or writes HTML', () => {
    const sinks =
      /\beval\s*\(|new\s+Function\s*\(|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|setTimeout\(\s*['"`]/;
    expect(sources.filter(({ text }) => sinks.test(text)).map(({ path }) => path)).toEqual([]);
  });

  it('makes no network request of its own but sync’s: no fetch, XMLHttpRequest, WebSocket, beacon or remote script', () => {
    const network = /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|EventSource\s*\(|sendBeacon|importScripts\s*\(|<script[^>]+src=["']https?:/;
    expect(sources.filter(({ text }) => network.test(text)).map(({ path }) => path)).toEqual(NETWORK_ALLOWED);
  });

  it('lets only the sync replica open PouchDB’s HTTP adapter, whose requests carry no cookies', () => {
    const http = /from\s+['"]pouchdb-adapter-http['"]/;
    expect(sources.filter(({ text }) => http.test(text)).map(({ path }) => path)).toEqual(['utils/store/sync/pouch.ts']);
    const pouch = sources.find(({ path }) => path === 'utils/store/sync/pouch.ts')!.text;
    expect(pouch).toMatch(/new SyncPouch\(serverDatabaseUrl, \{[\s\S]*?adapter: 'http'[\s\S]*?fetch: withoutCookies\(\) \}\)/);
  });
});
