/** Two browsers and a server for sync tests: PouchDB in memory stands for each replica and the CouchDB. */
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { analyzeReview, ANALYSIS_VERSION } from '@/utils/analysis';
import type { SentinelDatabase } from '@/utils/store/db';
import { ingestCapture, type IngestInput } from '@/utils/store/ingest';
import { runSync, type SyncDeps } from '@/utils/store/sync/engine';
import { freshDb } from './db';

const MemoryPouch = PouchDB.plugin(memory).plugin(replication);
let counter = 0;

export function memoryPouch(label: string): Pouch.Database {
  counter++;
  return new MemoryPouch(`${label}-${Date.now()}-${counter}`, { adapter: 'memory' });
}

export interface TestBrowser {
  store: SentinelDatabase;
  replica: Pouch.Database;
  analyses: number;
  /** Review keys written since the last sync, as the background's outbox keeps them. */
  outbox: string[];
  capture(input: IngestInput): ReturnType<typeof ingestCapture>;
  sync(server: Pouch.Database, extra?: Partial<SyncDeps>): ReturnType<typeof runSync>;
}

export async function testBrowser(label: string, now: () => number): Promise<TestBrowser> {
  const browser: TestBrowser = {
    store: await freshDb(),
    replica: memoryPouch(label),
    analyses: 0,
    outbox: [],
    async capture(input) {
      const result = await ingestCapture(browser.store, input);
      browser.outbox.push(...result.written);
      return result;
    },
    sync: async (server, extra = {}) => {
      const sent = [...browser.outbox];
      const report = await runSync({
        store: browser.store,
        replica: browser.replica,
        server,
        now,
        apply: {
          analysisVersion: ANALYSIS_VERSION,
          analyze: (r) => {
            browser.analyses++;
            return analyzeReview({ text: r.text, title: r.title, rating: r.rating, langHint: r.lang, disliked: r.disliked });
          },
        },
        batchSize: 50,
        reviewKeys: sent,
        ...extra,
      });
      browser.outbox = browser.outbox.filter((key) => !sent.includes(key));
      return report;
    },
  };
  return browser;
}
