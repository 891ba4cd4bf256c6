import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // The compile-time flag of wxt.config.ts: tests run the shipped code paths.
  define: { __RS_BENCH__: 'false' },
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
          environment: 'node',
          // A few unit tests start a process (the eval script) or search many inputs (the adapter
          // mutations); on a loaded 2-core machine they take several times longer, never forever.
          testTimeout: 30_000,
        },
      },
      {
        // The end-to-end suite builds its test data with the extension's own pure modules.
        resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // One file at a time (one browser at a time), after the unit project (group 0), in one
          // worker that loads the harness and Playwright once for all files: each file launches
          // and closes its own browser, server and profile, so files share no state.
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
          environment: 'node',
        },
      },
      {
        // The same promises in a real Firefox (firefox-esr) with the MV2 build. Its files run in
        // the e2e project's group, which runs one file at a time: two browsers never run at once.
        resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
          environment: 'node',
        },
      },
    ],
  },
});
