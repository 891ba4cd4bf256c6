/**
 * `npm run bench:sync`: sync's figures on loopback (issue 19). A store of RS_SYNC_REVIEWS
 * reviews (100,000 by default; 50 businesses, three years, as `buildBigExport` makes them) is
 * imported into a fresh store (fake-indexeddb in Node), then synced with a pouchdb-server (in
 * memory, CouchDB's HTTP API) on 127.0.0.1: the first sync's time and what each side stores; then
 * one capture of 50 new reviews and the incremental sync's time (it reads the capture's reviews
 * through the indexes, not the store), each stage timed, and the same once more (the first
 * incremental sync also reads back, once, the first sync's own documents from the server's
 * changes feed). Last, the background bundle's gzipped size, when built.
 *
 * The browser's replica is PouchDB's IndexedDB adapter; here it is its memory adapter (Node has
 * no IndexedDB of its own; fake-indexeddb would measure the fake). Run under the shared lock.
 */
import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { analyzeReview, ANALYSIS_VERSION } from '@/utils/analysis';
import { DEFAULT_ALERT_SETTINGS } from '@/utils/alerts/rules';
import { openSentinelDb } from '@/utils/store/db';
import { importData } from '@/utils/store/import';
import { validateExportFile } from '@/utils/store/import-file';
import { ingestCapture } from '@/utils/store/ingest';
import { runSync } from '@/utils/store/sync/engine';
import { buildBigExport } from '../support/big-export';
import { ROOT } from '../support/build';

const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);
const REVIEWS = Number(process.env.RS_SYNC_REVIEWS ?? 100_000);
const BUSINESSES = 50;
const NOW = Date.now();

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const port = 21_000 + Math.floor(Math.random() * 20_000);
  const couch = spawn(join(ROOT, 'node_modules', '.bin', 'pouchdb-server'), ['--in-memory', '-p', String(port), '-o', '127.0.0.1'], {
    cwd: mkdtempSync(join(tmpdir(), 'rs-couch-')),
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (
        await fetch(`${base}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 100) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    await fetch(`${base}/bench`, { method: 'PUT' });

    const file = buildBigExport({ businesses: BUSINESSES, perBusiness: Math.ceil(REVIEWS / BUSINESSES), now: NOW });
    const validated = validateExportFile(JSON.parse(JSON.stringify(file)), NOW, file.formatVersion);
    if (!validated.ok) throw new Error(validated.reason);
    const store = await openSentinelDb(`bench-sync-${NOW}`);
    await importData(store, validated.value);
    const reviews = await store.count('reviews');

    const replica = new Pouch(`replica-${NOW}`, { adapter: 'memory' });
    const server = new Pouch(`${base}/bench`, { adapter: 'http', skip_setup: true });
    let clock = NOW;
    const deps = {
      store,
      replica,
      server,
      now: () => clock,
      apply: { analysisVersion: ANALYSIS_VERSION, analyze: (r: { text: string; rating?: number }) => analyzeReview({ text: r.text, rating: r.rating }) },
    };

    const started = performance.now();
    const first = await runSync(deps);
    const firstMs = performance.now() - started;
    const serverInfo = (await (await fetch(`${base}/bench`)).json()) as { doc_count: number; sizes?: { file?: number; active?: number } };
    const replicaInfo = await replica.info();

    /** One 50-review visit of a new business, as a capture stores it. */
    const captureVisit = (visitId: string, idPrefix: string, text: (i: number) => string) =>
      ingestCapture(store, {
        site: 'yelp',
        visitId,
        business: { siteBusinessId: 'bench-new-capture', name: 'Bench Bistro', url: 'https://www.yelp.com/biz/bench-bistro' },
        health: { looksLikeReviewPage: true, cardsFound: 50, cardsRead: 50, selectors: {}, status: 'ok' },
        reviews: Array.from({ length: 50 }, (_, i) => {
          const review = { siteReviewId: `${idPrefix}${i}`, author: `Guest ${i}`, rating: 1 + (i % 5), text: text(i), truncated: false };
          return { review, analysis: analyzeReview({ text: review.text, rating: review.rating }) };
        }),
        now: clock,
        alertSettings: DEFAULT_ALERT_SETTINGS,
      });
    /** An incremental sync of what a capture wrote: its time and each stage's. */
    const timedSync = async (reviewKeys: string[]) => {
      const begun = performance.now();
      const stages: string[] = [];
      let stageStart = begun;
      const report = await runSync({
        ...deps,
        reviewKeys,
        onStage: (stage: string) => {
          const at = performance.now();
          stages.push(`${stage} ${seconds(at - stageStart)}`);
          stageStart = at;
        },
      });
      return { report, ms: performance.now() - begun, stages };
    };

    clock += 3_600_000;
    const capture = await captureVisit('bench-visit', 'bench-', (i) => `Visit number ${i}: the soup was ${i % 2 ? 'cold' : 'lovely'}.`);
    clock += 60_000;
    const { report: incremental, ms: incrementalMs, stages } = await timedSync(capture.written);
    // A second capture after that: the steady state (the sync above also read back, once, the first sync's own documents from the server).
    clock += 3_600_000;
    const again = await captureVisit('bench-visit-2', 'bench-2-', (i) => `Second visit ${i}: the bread was ${i % 2 ? 'stale' : 'warm'}.`);
    clock += 60_000;
    const { report: steady, ms: steadyMs, stages: steadyStages } = await timedSync(again.written);

    console.log(`Sync on loopback (pouchdb-server ${base}, in memory), ${new Date(NOW).toISOString().slice(0, 10)}`);
    console.log(`| step | time | moved |`);
    console.log(`|---|---|---|`);
    console.log(
      `| first sync of ${reviews.toLocaleString('en')} reviews (${BUSINESSES} businesses) | ${seconds(firstMs)} | ${first.sent.toLocaleString('en')} documents into the replica, ${first.pushed.toLocaleString('en')} to the server |`,
    );
    console.log(
      `| incremental sync after one 50-review capture | ${seconds(incrementalMs)} (${stages.join(', ')}) | ${incremental.sent} documents into the replica, ${incremental.pushed} to the server |`,
    );
    console.log(
      `| the next one, after another 50-review capture | ${seconds(steadyMs)} (${steadyStages.join(', ')}) | ${steady.sent} documents into the replica, ${steady.pushed} to the server |`,
    );
    console.log(
      `server: ${serverInfo.doc_count.toLocaleString('en')} documents${serverInfo.sizes?.active ? `, ${(serverInfo.sizes.active / 1e6).toFixed(1)} MB active` : ''}`,
    );
    console.log(
      `replica: ${replicaInfo.doc_count.toLocaleString('en')} documents; the store keeps its own records (businesses, reviews, visits, alerts, counts) as before`,
    );
    const bundle = join(ROOT, '.output', 'chrome-mv3', 'background.js');
    if (existsSync(bundle)) {
      const bytes = readFileSync(bundle);
      console.log(
        `background bundle: ${(bytes.length / 1024).toFixed(0)} KB minified / ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (.output/chrome-mv3, build first)`,
      );
    }
    await replica.close();
    store.close();
  } finally {
    couch.kill();
  }
}

await main();
