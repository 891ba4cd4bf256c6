/**
 * `npm run bench:capture` — what capture costs on the page, measured in Chromium:
 *   1. each content script's size, gzipped (target ≤ 30 KB);
 *   2. reading 100 cards with each adapter (target < 10 ms, median of 15 runs);
 *   3. the capture runtime on pages of 1,000 cards and of 2,000 cards with 100 KB of text:
 *      the longest task our code causes (target: none over 50 ms), from a PerformanceObserver;
 *   4. the real extension on a 1,000-card page and on 2,000 cards of 100 KB each: long tasks
 *      after the page had loaded, and the service worker's heap while it stores the capture.
 * It prints the figures; it does not fail on a slow machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildBigPage } from '../support/big-page';
import {
  buildExtension,
  CHROME_BUILD,
  chromiumArgs,
  findChromium,
  launchWithExtension,
  ROOT,
  startFixtureServer,
  waitFor,
  workerDevTools,
} from '../support/browser';
import { SITE_FIXTURES } from '../support/site-fixtures';

const NOW = Date.now();
const out: Array<[string, string]> = [];
const row = (label: string, value: string): void => {
  out.push([label, value]);
  console.log(`${label.padEnd(58)} ${value}`);
};

async function bundleRuntime(): Promise<string> {
  const entry = `
    export { googleMaps } from '${join(ROOT, 'utils/sites/google-maps.ts')}';
    export { yelp } from '${join(ROOT, 'utils/sites/yelp.ts')}';
    export { tripadvisor } from '${join(ROOT, 'utils/sites/tripadvisor.ts')}';
    export { booking } from '${join(ROOT, 'utils/sites/booking.ts')}';
    export { trustpilot } from '${join(ROOT, 'utils/sites/trustpilot.ts')}';
    export { yandexMaps } from '${join(ROOT, 'utils/sites/yandex-maps.ts')}';
    export { twoGis } from '${join(ROOT, 'utils/sites/twogis.ts')}';
    export { runCapture } from '${join(ROOT, 'utils/capture/runtime.ts')}';
  `;
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: '__reviewSentinelBench',
    write: false,
    target: 'es2022',
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

function contentScriptSizes(): void {
  const dir = join(CHROME_BUILD, 'content-scripts');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const bytes = readFileSync(join(dir, file));
    row(
      `content script ${file} (raw / gzipped)`,
      `${(statSync(join(dir, file)).size / 1024).toFixed(1)} KB / ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB`,
    );
  }
}

/** The scripts an extension page loads (its module and what it preloads), gzipped: what opening it costs. */
function pageScriptSizes(): void {
  for (const page of ['popup', 'options']) {
    const html = readFileSync(join(CHROME_BUILD, `${page}.html`), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const raw = files.reduce((n, f) => n + statSync(join(CHROME_BUILD, f)).size, 0);
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(CHROME_BUILD, f)), { level: 9 }).length, 0);
    row(`${page} page scripts (raw / gzipped, ${files.length} files)`, `${(raw / 1024).toFixed(1)} KB / ${(gz / 1024).toFixed(1)} KB`);
  }
}

type BenchWindow = Window & {
  __reviewSentinelBench: {
    [site: string]: unknown;
    runCapture: (
      adapter: unknown,
      ctx: unknown,
      deps: unknown,
    ) => { flush(): Promise<void>; lastPass: { totalMs: number; longestSliceMs: number; cards: number; cardsRead: number } };
  };
  __longTasks: number[];
};

async function main(): Promise<void> {
  findChromium();
  buildExtension('chrome');
  contentScriptSizes();
  pageScriptSizes();
  const bundle = await bundleRuntime();

  const pages = new Map<string, string>();
  const server = await startFixtureServer((host, path) => {
    const body = pages.get(`${host}${path}`);
    return body ? { body } : undefined;
  });
  const serve = (url: string, html: string): void => {
    const u = new URL(url);
    pages.set(`${u.host}${u.pathname}${u.search}`, html);
  };

  // 2 and 3: the adapters and the runtime alone, in a page of Chromium without the extension.
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs(CHROME_BUILD, server.port).slice(2) });
  const page = await browser.newPage();
  // tsx names functions with an `__name` helper; functions sent to the page need it too.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  const cases = [
    { site: 'google-maps', file: 'google-maps/restaurant-en.html' },
    { site: 'yelp', file: 'yelp/golden-spoon.html' },
    { site: 'tripadvisor', file: 'tripadvisor/restaurant-en.html' },
    { site: 'booking', file: 'booking/property-dialog-en.html' },
    { site: 'trustpilot', file: 'trustpilot/shop-en.html' },
    { site: 'yandex-maps', file: 'yandex-maps/coffee-ru.html' },
    { site: '2gis', file: '2gis/coffee-ru.html' },
  ] as const;
  for (const c of cases) {
    const fixture = SITE_FIXTURES.find((f) => f.file === c.file)!;
    serve(fixture.url, buildBigPage({ site: c.site, file: c.file, cards: 100, now: NOW }));
    await page.goto(fixture.url);
    await page.addScriptTag({ content: bundle });
    const ms = await page.evaluate(
      ({ site, url, now }) => {
        const adapters = (window as unknown as BenchWindow).__reviewSentinelBench;
        const names: Record<string, string> = { 'google-maps': 'googleMaps', 'yandex-maps': 'yandexMaps', '2gis': 'twoGis' };
        const adapter = adapters[names[site] ?? site] as {
          extract(d: Document, u: URL, n: number): { capture: { reviews: unknown[] } | null };
        };
        const times: number[] = [];
        let count = 0;
        for (let i = 0; i < 15; i++) {
          const start = performance.now();
          count = adapter.extract(document, new URL(url), now).capture?.reviews.length ?? 0;
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        return { median: times[7]!, count };
      },
      { site: c.site, url: fixture.url, now: NOW },
    );
    row(`${c.site}: read 100 cards (median of 15)`, `${ms.median.toFixed(2)} ms (${ms.count} reviews)`);
  }

  const loads = [
    {
      label: '1,000 cards (Google Maps)',
      site: 'google-maps',
      adapter: 'googleMaps',
      file: 'google-maps/restaurant-en.html',
      cards: 1000,
      textLength: undefined,
    },
    {
      label: '2,000 cards, 100 KB of text (Google Maps)',
      site: 'google-maps',
      adapter: 'googleMaps',
      file: 'google-maps/restaurant-en.html',
      cards: 2000,
      textLength: 56,
    },
    { label: '1,000 cards (Booking.com)', site: 'booking', adapter: 'booking', file: 'booking/property-dialog-en.html', cards: 1000, textLength: undefined },
    { label: '1,000 cards (Trustpilot)', site: 'trustpilot', adapter: 'trustpilot', file: 'trustpilot/shop-en.html', cards: 1000, textLength: undefined },
    { label: '1,000 cards (Yandex Maps)', site: 'yandex-maps', adapter: 'yandexMaps', file: 'yandex-maps/coffee-ru.html', cards: 1000, textLength: undefined },
    { label: '1,000 cards (2GIS)', site: '2gis', adapter: 'twoGis', file: '2gis/coffee-ru.html', cards: 1000, textLength: undefined },
  ] as const;
  for (const load of loads) {
    const fixture = SITE_FIXTURES.find((f) => f.file === load.file)!;
    const url = `${fixture.url}${fixture.url.includes('?') ? '&' : '?'}bench=${load.cards}`;
    serve(url, buildBigPage({ site: load.site, file: fixture.file, cards: load.cards, textLength: load.textLength, now: NOW }));
    await page.goto(url);
    await page.addScriptTag({ content: bundle });
    const result = await page.evaluate(
      async ({ href, now, adapterName }) => {
        const w = window as unknown as BenchWindow;
        w.__longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
        await new Promise((r) => setTimeout(r, 300));
        w.__longTasks.length = 0;
        const ctx = {
          isValid: true,
          setTimeout: (h: () => void, t?: number) => window.setTimeout(h, t),
          onInvalidated: () => () => undefined,
          addEventListener: () => undefined,
        };
        let sent = 0;
        let textBytes = 0;
        const runtime = w.__reviewSentinelBench.runCapture(w.__reviewSentinelBench[adapterName], ctx, {
          // Like runtime.sendMessage: the message is serialised on this thread, the answer comes in a later task.
          send: (m: { capture: { reviews: Array<{ text: string }> } | null }) => {
            JSON.stringify(m);
            sent += m.capture?.reviews.length ?? 0;
            textBytes += (m.capture?.reviews ?? []).reduce((s, r) => s + r.text.length, 0);
            return new Promise((resolve) => setTimeout(() => resolve({ ok: true, stored: 0, rejected: 0 }), 0));
          },
          now: () => now,
          clock: () => performance.now(),
          document,
          location: { href },
          window,
        });
        const start = performance.now();
        await runtime.flush();
        const total = performance.now() - start;
        await new Promise((r) => setTimeout(r, 300));
        return { total, pass: runtime.lastPass, longTasks: [...w.__longTasks], sent, textBytes };
      },
      { href: url, now: NOW, adapterName: load.adapter },
    );
    const longest = result.longTasks.length ? Math.max(...result.longTasks) : 0;
    row(`runtime on ${load.label}: reviews sent / text`, `${result.sent} / ${(result.textBytes / 1024).toFixed(0)} KB`);
    row(`runtime on ${load.label}: pass time, longest slice`, `${result.total.toFixed(0)} ms, ${result.pass.longestSliceMs.toFixed(1)} ms`);
    row(
      `runtime on ${load.label}: long tasks > 50 ms`,
      `${result.longTasks.filter((d) => d > 50).length} (longest task: ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'})`,
    );
  }
  await browser.close();

  // 4: the real extension on a 1,000-card page, and on 2,000 cards of 100 KB each (a 170 MB
  // page, far beyond any real one: the sites cut reviews at a few thousand characters).
  const extLoads = [
    { label: '1,000 cards', cards: 1000, textLength: undefined },
    { label: '2,000 cards × 100 KB', cards: 2000, textLength: 100_000 },
  ];
  for (const load of extLoads) {
    const ext = await launchWithExtension({ port: server.port });
    const extPage = await ext.context.newPage();
    await extPage.addInitScript({ content: 'window.__name = (f) => f;' });
    const fixture = SITE_FIXTURES.find((f) => f.file === 'google-maps/restaurant-en.html')!;
    const url = `${fixture.url}&bench=ext${load.cards}`;
    serve(url, buildBigPage({ site: 'google-maps', file: fixture.file, cards: load.cards, textLength: load.textLength, now: NOW }));
    await extPage.addInitScript(() => {
      const w = window as unknown as BenchWindow & { __loadedAt?: number };
      w.__longTasks = [];
      const tasks: Array<{ start: number; duration: number }> = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({
        type: 'longtask',
        buffered: true,
      });
      window.addEventListener('load', () => (w.__loadedAt = performance.now()));
      (w as unknown as { __tasksAfterLoad: () => number[] }).__tasksAfterLoad = () =>
        tasks.filter((t) => t.start >= (w.__loadedAt ?? Infinity)).map((t) => t.duration);
    });
    // The worker's JavaScript heap, sampled while it analyses and stores the capture.
    const devtools = await workerDevTools(ext);
    const heap = async (): Promise<number> => (await devtools.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    const before = await heap();
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heap().catch(() => 0));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const started = Date.now();
    await extPage.goto(url, { timeout: 180_000 });
    const loadedMs = Date.now() - started;
    const worker = await ext.worker();
    const count = (): Promise<number> =>
      worker.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('review-sentinel');
            open.onsuccess = () => {
              const req = open.result.transaction('reviews').objectStore('reviews').count();
              req.onsuccess = () => {
                open.result.close();
                resolve(req.result);
              };
            };
          }),
      );
    await waitFor(async () => (await count()) >= load.cards || undefined, `${load.cards} stored reviews`, 300_000);
    const captureMs = Date.now() - started;
    sampling = false;
    await sampler;
    await devtools.send('HeapProfiler.collectGarbage');
    const after = await heap();
    const tasks = await extPage.evaluate(() => (window as unknown as { __tasksAfterLoad: () => number[] }).__tasksAfterLoad());
    const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    row(`extension on ${load.label}: page loaded / reviews stored`, `${loadedMs} ms / ${captureMs} ms (${load.cards} reviews)`);
    row(
      `extension on ${load.label}: long tasks > 50 ms after load`,
      `${tasks.filter((d) => d > 50).length}${tasks.length ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''}`,
    );
    row(`extension on ${load.label}: worker heap before / peak / after`, `${mb(before)} / ${mb(peak)} / ${mb(after)}`);
    await devtools.close();
    await ext.close();
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
