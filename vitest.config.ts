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
          fileParallelism: false,
          environment: 'node',
        },
      },
      {
        // The same promises in a real Firefox (firefox-esr) with the MV2 build. Without file
        // parallelism its files join the e2e project's in vitest's one sequential group: two
        // browsers never run at once.
        resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          environment: 'node',
        },
      },
    ],
  },
});
