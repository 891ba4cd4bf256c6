import { readdirSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { pruneStemmers } from './utils/build/prune-stemmers';

/**
 * `RS_BENCH=1` adds the benchmark pages (entrypoints/bench, which drives tests/bench, and
 * entrypoints/bench-blank, the floor of the popup figures) to a
 * separate build in .output/bench; the extension itself never contains it.
 */
const BENCH = Boolean(process.env.RS_BENCH);
const ENTRYPOINTS = readdirSync(new URL('./entrypoints', import.meta.url)).map((name) => name.replace(/\.content$/, '').replace(/\.(ts|tsx|html)$/, ''));

/**
 * PouchDB can run a design document's filter or view given as source text (`scopeEval`, a
 * `Function(...)` call). Sync never asks for one; the bundle keeps no way to run a string as
 * code (web-ext lint: no DANGEROUS_EVAL), so that one line becomes a refusal.
 */
const noEvalInPouchDb = {
  name: 'review-sentinel:no-eval-in-pouchdb',
  transform(code: string, id: string): string | undefined {
    if (!id.includes('pouchdb-utils')) return undefined;
    const evalLine = 'return Function.apply(null, keys).apply(null, values);';
    if (!code.includes(evalLine)) throw new Error('pouchdb-utils changed: check scopeEval before bundling it');
    return code.replace(evalLine, "throw new Error('Review Sentinel runs no code sent by a database');");
  },
};

/** `snowball-stemmers` keeps all 24 of its stemmers alive; the bundle takes the five the analysis uses (utils/build/prune-stemmers.ts). */
const onlyUsedStemmers = {
  name: 'review-sentinel:only-used-stemmers',
  enforce: 'pre' as const,
  transform(code: string, id: string): string | undefined {
    // The file itself, not the proxies the CommonJS plugin wraps around it (`\0…?commonjs-proxy`).
    return /^[^\0].*[\\/]snowball-stemmers[\\/]snowball-stemmers\.js$/.test(id) ? pruneStemmers(code) : undefined;
  },
};

// The manifest asks for exactly what the extension uses; README "Permissions" explains each.
const SYNC_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  filterEntrypoints: BENCH ? undefined : ENTRYPOINTS.filter((name) => !name.startsWith('bench')),
  outDir: BENCH ? '.output/bench' : '.output',
  vite: () => ({
    plugins: [preact(), noEvalInPouchDb, onlyUsedStemmers],
    // The benchmark build may ask the popup for the naive full-scan read model; elsewhere the branch is dropped.
    define: { __RS_BENCH__: JSON.stringify(BENCH) },
    build: { sourcemap: false, minify: process.env.RS_NO_MINIFY ? false : 'esbuild' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Review Sentinel',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'notifications', 'alarms', 'idle'],
    // Sync (off by default) asks for its one server when the owner sets it up: any https host,
    // plain http only on this computer.
    ...(browser === 'firefox' ? { optional_permissions: SYNC_ORIGINS } : { optional_host_permissions: SYNC_ORIGINS }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'review-sentinel@reviewsentinel.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
