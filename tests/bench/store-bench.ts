/**
 * `npm run bench:store` — the store at scale, in real Chromium with the extension's own code:
 * 100,000 reviews across 50 businesses are seeded through the real ingest path into the
 * extension's IndexedDB (benchmark build), then:
 *   - the popup opened on a business: time until the score and its reasons are on screen
 *     (target ≤ 100 ms);
 *   - the summary read model against a naive version that reads every review of the business;
 *   - ingesting a 50-review capture (median; target ≤ 20 ms) against ingest + a rescan;
 *   - storage per review beyond its text (target < 2 KB).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium, launchWithExtension, ROOT, startFixtureServer, waitFor } from '../support/browser';

const BUSINESSES = Number(process.env.BENCH_BUSINESSES ?? 50);
const PER_BUSINESS = Number(process.env.BENCH_PER_BUSINESS ?? 2000);
const row = (label: string, value: string): void => console.log(`${label.padEnd(66)} ${value}`);

interface BenchApi {
  rsBench: {
    ready: boolean;
    seed(
      businesses: number,
      perBusiness: number,
    ): Promise<{ businesses: number; reviews: number; seconds: number; usageBytes: number; averageTextBytes: number; averageRecordBytes: number }>;
    measure(
      businesses: number,
      rounds: number,
    ): Promise<{ chartMs: number; summaryMs: number; naiveSummaryMs: number; sameScore: boolean; ingestMs: number; naiveIngestMs: number }>;
    prepareTabView(tabId: number, businessKey: string): Promise<void>;
  };
}

async function main(): Promise<void> {
  findChromium();
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, RS_BENCH: '1' },
  });
  const server = await startFixtureServer(() => undefined);
  const browser = await launchWithExtension({ port: server.port, extensionDir: join(ROOT, '.output', 'bench', 'chrome-mv3') });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/bench.html`);
  await page.waitForFunction(() => (window as unknown as BenchApi).rsBench?.ready === true);

  const seeded = await page.evaluate(([b, n]) => (window as unknown as BenchApi).rsBench.seed(b!, n!), [BUSINESSES, PER_BUSINESS]);
  row(
    'seeded (through the real ingest path, with analysis)',
    `${seeded.reviews.toLocaleString('en-US')} reviews, ${seeded.businesses} businesses, ${seeded.seconds.toFixed(1)} s`,
  );

  const m = await page.evaluate(([b]) => (window as unknown as BenchApi).rsBench.measure(b!, 15), [BUSINESSES]);
  row(
    'summary (score, reasons, risk, counts), median',
    `${m.summaryMs.toFixed(1)} ms vs naive full scan ${m.naiveSummaryMs.toFixed(1)} ms (ours ${(m.naiveSummaryMs / m.summaryMs).toFixed(1)}× faster)${m.sameScore ? '' : ' — RESULTS DIFFER'}`,
  );
  row('trend chart: a year of daily series + SVG geometry, median', `${m.chartMs.toFixed(2)} ms`);
  row(
    'ingest a 50-review capture (40 known, 10 new), median',
    `${m.ingestMs.toFixed(1)} ms vs with a rescan ${m.naiveIngestMs.toFixed(1)} ms (ours ${(m.naiveIngestMs / m.ingestMs).toFixed(1)}× faster)`,
  );

  // The popup, opened from the toolbar on a tab showing a business (the popup finds the tab's
  // business through the state its content script left in storage.session, as in real use):
  //   - the first time, with the view the background prepared after that tab's capture;
  //   - the first time with nothing prepared or remembered (IndexedDB, read model, render);
  //   - again (the view it showed last time paints at once; the fresh one follows).
  const worker = await browser.worker();
  const marks = async (business: number, tabId: number, prepared: boolean, fullScan = false) => {
    const key = `google-maps:${1000 + business}`;
    await worker.evaluate(
      ([id, k]) =>
        chrome.storage.session.set({
          [`tab:${id}`]: {
            site: 'google-maps',
            pageUrl: 'https://www.google.com/maps/place/x',
            businessKey: k,
            health: { looksLikeReviewPage: true, cardsFound: 50, cardsRead: 50, selectors: {}, status: 'ok' },
            at: Date.now(),
          },
        }),
      [tabId, key] as const,
    );
    if (prepared) await page.evaluate(([id, k]) => (window as unknown as BenchApi).rsBench.prepareTabView(id!, k!), [tabId, key] as [number, string]);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}${fullScan ? '&fullScan' : ''}`);
    await popup.waitForSelector('main[aria-busy="false"] [data-testid="reasons"]');
    const read = (name: string) => waitFor(() => popup.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime, name), name);
    const times = { first: await read('rs:summary-rendered'), fresh: await read('rs:fresh-rendered') };
    await popup.close();
    return times;
  };
  const firstPrepared: number[] = [];
  const cold: number[] = [];
  const coldScan: number[] = [];
  const warm: number[] = [];
  const warmFresh: number[] = [];
  for (let i = 0; i < 7; i++) {
    firstPrepared.push((await marks((i * 11 + 3) % BUSINESSES, 800_000 + i, true)).first);
    const business = (i * 11) % BUSINESSES;
    coldScan.push((await marks((business + 5) % BUSINESSES, 700_000 + i, false, true)).fresh);
    cold.push((await marks(business, 900_000 + i, false)).fresh);
    const again = await marks(business, 900_000 + i, false);
    warm.push(again.first);
    warmFresh.push(again.fresh);
  }
  // The floor: a blank extension page painting one line, opened the same way in the same run.
  const blank: number[] = [];
  for (let i = 0; i < 7; i++) {
    const floorPage = await browser.context.newPage();
    await floorPage.goto(`chrome-extension://${browser.extensionId}/bench-blank.html`);
    blank.push(await waitFor(() => floorPage.evaluate(() => performance.getEntriesByName('rs:blank-rendered')[0]?.startTime), 'blank page painted'));
    await floorPage.close();
  }
  const med = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const worst = (values: number[]) => Math.max(...values);
  const floor = med(blank);
  const spread = (values: number[]) =>
    `median ${med(values).toFixed(0)} ms, worst ${worst(values).toFixed(0)} ms (${(med(values) / floor).toFixed(2)}× the blank page)`;
  row('floor: a blank extension page, opened the same way (from navigation start)', `median ${floor.toFixed(0)} ms, worst ${worst(blank).toFixed(0)} ms`);
  row('popup, first opening on the tab (view prepared after its capture)', spread(firstPrepared));
  row('popup, first opening with nothing prepared: from IndexedDB', spread(cold));
  row('popup, first opening, naive full scan (nothing prepared)', spread(coldScan));
  const versus = (ours: number, naive: number) =>
    naive >= ours ? `the naive full scan is ${(naive / ours).toFixed(1)}× slower` : `the naive full scan is ${(ours / naive).toFixed(1)}× faster`;
  row(
    'popup, nothing prepared, maintained read model vs naive full scan',
    `${med(cold).toFixed(0)} ms vs ${med(coldScan).toFixed(0)} ms: ${versus(med(cold), med(coldScan))}`,
  );
  row(
    'popup, prepared view vs naive full scan',
    `${med(firstPrepared).toFixed(0)} ms vs ${med(coldScan).toFixed(0)} ms: ${versus(med(firstPrepared), med(coldScan))}`,
  );
  row('popup, later openings: score and reasons on screen', `${spread(warm)}; fresh figures at ${med(warmFresh).toFixed(0)} ms`);

  row(
    'storage per review beyond its text (IndexedDB on disk)',
    `${((seeded.usageBytes / seeded.reviews - seeded.averageTextBytes) / 1024).toFixed(2)} KB (usage ${(seeded.usageBytes / 1024 / 1024).toFixed(1)} MB, text ${seeded.averageTextBytes.toFixed(0)} B/review)`,
  );
  row('record size per review beyond its text (as JSON)', `${(seeded.averageRecordBytes / 1024).toFixed(2)} KB`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
