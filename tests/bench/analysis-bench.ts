/**
 * `npm run bench:analysis` — the cost of the on-device analysis:
 *   - throughput per language on one core in Node (short reviews per second, best of 5 rounds);
 *   - the urgent-review detector alone: microseconds per review, and one 20,000-character text;
 *   - what the analysis code and word lists add to the background, minified and gzipped
 *     (target ≤ 400 KB with the learned model).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyzeReview } from '@/utils/analysis';
import type { AnalysisLanguage } from '@/utils/analysis/types';
import { detectUrgent } from '@/utils/analysis/urgent';
import { pruneStemmers } from '@/utils/build/prune-stemmers';
import { ROOT } from '../support/browser';

const row = (label: string, value: string): void => console.log(`${label.padEnd(52)} ${value}`);

function sentences(lang: string): Array<{ text: string; lang: string }> {
  if (lang === 'en-uci') {
    const rows = JSON.parse(readFileSync(join(ROOT, 'node_modules/sentiment/test/fixtures/yelp.json'), 'utf8')) as Array<{ text: string }>;
    return rows.filter((r) => r.text).map((r) => ({ text: r.text, lang: 'en' }));
  }
  return readFileSync(join(ROOT, 'tests', 'sentiment', `${lang}.dev.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; lang: string });
}

function throughput(items: Array<{ text: string; lang: string }>): number {
  for (const item of items) analyzeReview({ text: item.text, langHint: item.lang });
  let best = 0;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    let n = 0;
    while (Number(process.hrtime.bigint() - start) < 400e6) {
      for (const item of items) analyzeReview({ text: item.text, langHint: item.lang });
      n += items.length;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, n / seconds);
  }
  return best;
}

/** Microseconds per review for the urgent detector alone, best of 5 rounds after a warm-up. */
function urgentCost(items: Array<{ text: string; lang: string }>, lang: AnalysisLanguage): number {
  for (let k = 0; k < 20; k++) for (const item of items) detectUrgent(item.text, lang);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    let n = 0;
    while (Number(process.hrtime.bigint() - start) < 300e6) {
      for (const item of items) detectUrgent(item.text, lang);
      n += items.length;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e3 / n);
  }
  return best;
}

async function size(): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [join(ROOT, 'utils', 'analysis', 'index.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    // As the extension's build does (wxt.config.ts): only the stemmers the analysis uses.
    plugins: [
      {
        name: 'only-used-stemmers',
        setup(b) {
          b.onLoad({ filter: /snowball-stemmers\.js$/ }, (args) => ({ contents: pruneStemmers(readFileSync(args.path, 'utf8')), loader: 'js' }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function main(): Promise<void> {
  for (const lang of ['en-uci', 'en', 'ru', 'es', 'de', 'fr', 'zh']) {
    const items = sentences(lang);
    const avg = items.reduce((s, i) => s + i.text.length, 0) / items.length;
    row(
      `${lang === 'en-uci' ? 'en (UCI yelp sentences)' : `${lang} (development set)`}: reviews/s, one core`,
      `${Math.round(throughput(items)).toLocaleString('en-US')} (avg ${avg.toFixed(0)} chars)`,
    );
  }
  for (const lang of ['en', 'ru', 'es', 'de', 'fr', 'zh'] as const)
    row(`urgent detector alone, ${lang} (development set): µs/review`, urgentCost(sentences(lang), lang).toFixed(2));
  const hostile = 'because my wife and I charged twice no not never '.repeat(400).slice(0, 20_000);
  const started = process.hrtime.bigint();
  for (const lang of ['en', 'ru', 'es', 'de', 'fr', 'zh'] as const) detectUrgent(hostile, lang);
  row('urgent detector, one 20,000-character text, all six languages', `${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms`);
  const { raw, gzip } = await size();
  row('analysis code + word lists, minified / gzipped', `${(raw / 1024).toFixed(0)} KB / ${(gzip / 1024).toFixed(0)} KB`);
}

void main();
