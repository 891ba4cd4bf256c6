/**
 * `npm run train:sentiment [-- --seed N] [--dry]` — trains the learned model of every language
 * (utils/analysis/model) and writes its int8 weights to utils/analysis/model/weights/<lang>.ts.
 *
 * Reproducible: the data is read from the repository in a fixed order, shuffled with a seeded
 * generator, and the arithmetic is plain JavaScript; the same seed writes the same files.
 *
 * Trained on (binary: negative/positive lines; neutral lines are left out):
 *   - tests/sentiment/<lang>.dev.jsonl, <lang>.dev2.jsonl (and en-general.dev.jsonl),
 *   - the training rounds tests/sentiment/train/<lang>.round-N.jsonl,
 *   - for English, 80% of the UCI "Sentiment Labelled Sentences" (CC BY 4.0) shipped in
 *     `sentiment`'s test fixtures: every fifth sentence (index % 5 === 4) is held out.
 * Never trained on: tests/sentiment/final/*.test.jsonl, *.holdout.jsonl, *.holdout2.jsonl, the
 * held-out UCI part. The first holdout sets and the held-out UCI part are printed as a check (holdout2 and the final round are left to `npm run eval:sentiment`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readWithWordLists } from '@/utils/analysis';
import { encodeWeights } from '@/utils/analysis/model';
import { DENSE_FEATURES, denseFeatures, hashedFeatures } from '@/utils/analysis/model/features';
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from '@/utils/analysis/types';
import { ROOT } from '../support/browser';

export const BITS = 15;
export const DEFAULT_SEED = 14;
/** UCI sentences are short and not all reviews: each counts less than a review line. */
export const UCI_WEIGHT = Number(process.env.RS_TRAIN_UCI_WEIGHT ?? 0.25);

export interface Labelled {
  text: string;
  /** 1 positive, 0 negative, 0.5 neutral (taught as "no lean either way"). */
  y: 0 | 0.5 | 1;
  /** How much the line counts in training (1 for review lines). */
  weight?: number;
  source: string;
  kind?: string;
  stars?: number;
  /** For UCI sentences: the index within its corpus (index % 5 === 4 is held out, % 5 === 3 is the `--cv` fold). */
  index?: number;
}

export interface Encoded {
  indices: Int32Array;
  /** The value of every hashed feature: 1/√(number of hashed features). */
  value: number;
  dense: number[];
  y: number;
  weight: number;
}

export interface Hyper {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export const HYPER: Omit<Hyper, 'seed'> = { epochs: 12, rate: 0.5, l2: 1e-5 };

/**
 * Weights are shipped as integers in −LEVELS..LEVELS (step = largest |weight| / LEVELS), one
 * character each (./model/index.ts WEIGHT_ALPHABET), so gzip codes them near their entropy; the
 * near-zero ones fall to 0. Chosen by `--cv`: 31 levels a side read the rounds as int8 did.
 */
export const LEVELS = Number(process.env.RS_TRAIN_LEVELS ?? 31);

const SENTIMENT = join(ROOT, 'tests', 'sentiment');

/**
 * Training rounds the sentiment model is not trained on (none: round 9 is in since analysis version
 * 11); `RS_NOT_IN_SENTIMENT=9` leaves a round out for an experiment. After a change to the model,
 * run `npm run train:themes`: the theme detector learns from this model's verdicts.
 */
export const NOT_IN_SENTIMENT: readonly string[] = (process.env.RS_NOT_IN_SENTIMENT ?? '').split(',').filter(Boolean);

function readJsonl(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; label: string; kind?: string; stars?: number })
    .filter((l) => l.label === 'positive' || l.label === 'negative' || l.label === 'neutral')
    .map((l) => ({ text: l.text, y: l.label === 'positive' ? 1 : l.label === 'negative' ? 0 : 0.5, source: file, kind: l.kind, stars: l.stars }));
}

/** The UCI sentences, split once: `held` is every fifth sentence of each corpus. */
export function uciSplit(): { train: Labelled[]; held: Record<string, Labelled[]> } {
  const train: Labelled[] = [];
  const held: Record<string, Labelled[]> = {};
  for (const name of ['yelp', 'amazon', 'imdb']) {
    const rows = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'sentiment', 'test', 'fixtures', `${name}.json`), 'utf8')) as Array<{
      text: string;
      class: number;
    }>;
    held[name] = [];
    rows
      .filter((r) => r.text && r.text.trim())
      .forEach((r, i) =>
        (i % 5 === 4 ? held[name]! : train).push({ text: r.text, y: r.class === 1 ? 1 : 0, weight: UCI_WEIGHT, source: `uci-${name}`, index: i }),
      );
  }
  return { train, held };
}

/** The training lines of a language, in a fixed order. */
export function trainingData(lang: AnalysisLanguage): Labelled[] {
  const files = [`${lang}.dev.jsonl`, `${lang}.dev2.jsonl`, ...(lang === 'en' ? ['en-general.dev.jsonl'] : [])].map((f) => join(SENTIMENT, f));
  const rounds = readdirSync(join(SENTIMENT, 'train'))
    .filter((f) => f.startsWith(`${lang}.round-`) && f.endsWith('.jsonl'))
    .filter((f) => !NOT_IN_SENTIMENT.some((n) => f.endsWith(`.round-${n}.jsonl`)))
    .sort()
    .map((f) => join(SENTIMENT, 'train', f));
  const lines = [...files, ...rounds].flatMap(readJsonl);
  return lang === 'en' ? [...lines, ...uciSplit().train] : lines;
}

export function holdoutData(lang: AnalysisLanguage): Labelled[] {
  return readJsonl(join(SENTIMENT, `${lang}.holdout.jsonl`));
}

export function encode(lang: AnalysisLanguage, example: Labelled, bits = BITS): Encoded {
  const { tokens, result, pack } = readWithWordLists(example.text, lang);
  const hashed = hashedFeatures(lang, tokens, pack.negators, pack.pack.negationScope, bits, result.signals.aspects);
  return {
    indices: Int32Array.from(hashed),
    value: hashed.length > 0 ? 1 / Math.sqrt(hashed.length) : 0,
    dense: denseFeatures(result, tokens.length),
    y: example.y,
    weight: example.weight ?? 1,
  };
}

/** mulberry32: a small seeded generator, so the shuffles are the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Trained {
  bias: number;
  dense: number[];
  hashed: Float64Array;
}

/** Logistic regression by AdaGrad over seeded shuffles, L2 on the hashed weights. */
export function train(data: readonly Encoded[], bits: number, hyper: Hyper): Trained {
  const size = 1 << bits;
  const hashed = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const dense = new Array<number>(DENSE_FEATURES).fill(0);
  const denseG2 = new Array<number>(DENSE_FEATURES).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const next = random(hyper.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < hyper.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = data[k]!;
      let z = bias;
      for (let d = 0; d < DENSE_FEATURES; d++) z += dense[d]! * x.dense[d]!;
      for (const index of x.indices) z += hashed[index]! * x.value;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - x.y) * x.weight;
      biasG2 += g * g;
      bias -= (hyper.rate * g) / Math.sqrt(biasG2);
      for (let d = 0; d < DENSE_FEATURES; d++) {
        const gd = g * x.dense[d]!;
        denseG2[d] = denseG2[d]! + gd * gd;
        dense[d] = dense[d]! - (hyper.rate * gd) / Math.sqrt(denseG2[d]!);
      }
      for (const index of x.indices) {
        const gh = g * x.value + hyper.l2 * hashed[index]!;
        g2[index] = g2[index]! + gh * gh;
        hashed[index] = hashed[index]! - (hyper.rate * gh) / Math.sqrt(g2[index]!);
      }
    }
  }
  return { bias, dense, hashed };
}

export interface Quantised {
  bias: number;
  dense: number[];
  scale: number;
  table: Int8Array;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits)) || 0;

export function quantise(model: Trained, levels = LEVELS): Quantised {
  let max = 0;
  for (const w of model.hashed) max = Math.max(max, Math.abs(w));
  const scale = round(max / levels, 8) || 1;
  const table = new Int8Array(model.hashed.length);
  model.hashed.forEach((w, i) => (table[i] = Math.max(-levels, Math.min(levels, Math.round(w / scale)))));
  return { bias: round(model.bias, 5), dense: model.dense.map((w) => round(w, 5)), scale, table };
}

/** The log-odds the shipped (quantised) model gives, computed as the runtime does. */
export function logit(q: Quantised, x: Encoded): number {
  let z = q.bias;
  for (let d = 0; d < DENSE_FEATURES; d++) z += q.dense[d]! * x.dense[d]!;
  let sum = 0;
  for (const index of x.indices) sum += q.table[index]!;
  return z + q.scale * sum * x.value;
}

export function weightsModule(lang: AnalysisLanguage, bits: number, q: Quantised): string {
  const encoded = encodeWeights(q.table);
  return [
    '// Generated by `npm run train:sentiment` (tests/tools/train-sentiment.ts): do not edit.',
    "import type { ModelWeights } from '../index';",
    '',
    'export const weights: ModelWeights = {',
    `  lang: '${lang}',`,
    `  bits: ${bits},`,
    `  bias: ${q.bias},`,
    `  dense: [${q.dense.join(', ')}],`,
    `  scale: ${q.scale},`,
    `  hashed:`,
    `    '${encoded}',`,
    '};',
    '',
  ].join('\n');
}

/** How much lines count in the shipped weights (chosen by `--cv`, see CvConfig). */
export const RECIPE: Omit<CvConfig, 'name' | 'hyper'> = { uci: UCI_WEIGHT, neutral: 1, balance: false };

/** A language's lines encoded, each with its training weight under `recipe`. */
export function encodeAll(lang: AnalysisLanguage, all: readonly Labelled[], recipe = RECIPE): Encoded[] {
  const weights = lineWeights(all, recipe);
  return all.map((e, i) => ({ ...encode(lang, e), weight: weights[i]! }));
}

/** Trains one language; returns the quantised model and the module text. */
export function trainLanguage(lang: AnalysisLanguage, seed = DEFAULT_SEED, hyper = HYPER): { q: Quantised; module: string; lines: number } {
  const data = encodeAll(lang, trainingData(lang));
  const q = quantise(train(data, BITS, { ...hyper, seed }));
  return { q, module: weightsModule(lang, BITS, q), lines: data.length };
}

function accuracy(q: Quantised, lang: AnalysisLanguage, examples: readonly Labelled[]): { model: number; lists: number } {
  let model = 0;
  let lists = 0;
  const binary = examples.filter((e) => e.y !== 0.5);
  for (const e of binary) {
    const x = encode(lang, e);
    if (logit(q, x) > 0 === (e.y === 1)) model++;
    if (x.dense[0]! > 0 === (e.y === 1)) lists++;
  }
  return { model: model / Math.max(1, binary.length), lists: lists / Math.max(1, binary.length) };
}

/** Neutral bands (on the score, tanh(logit / 4)) that `--cv` scores three-class accuracy for. */
const CV_BANDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

interface OutOfFold {
  lang: AnalysisLanguage;
  fold: string;
  kind?: string;
  stars?: number;
  y: number;
  z: number;
  hits: boolean;
  /** The word lists alone read it positive. */
  lists: boolean;
}

/** The label analyzeReview gives a log-odds with neutral band `band` (`none` counts as neutral). */
function labelOf(z: number, hits: boolean, band: number): number {
  if (!hits && Math.abs(z) < 2) return 0.5;
  const score = Math.tanh(z / 4);
  return score >= band ? 1 : score <= -band ? 0 : 0.5;
}

/**
 * `--cv`: for each training round, train without it and score it (lists vs model) — the figure
 * used to choose settings. Also per kind, three-class accuracy for several neutral bands, what the
 * 3★ lines read as, and for English a fold of the UCI training sentences (index % 5 === 3; the
 * held-out fifth is never read). `RS_CV_OUT=file.json` writes every out-of-fold log-odds.
 */
/** A recipe `--cv` compares: hyper-parameters and how much lines count. */
export interface CvConfig {
  name: string;
  hyper: Omit<Hyper, 'seed'>;
  /** The weight of a UCI sentence (default UCI_WEIGHT). */
  uci?: number;
  /** The weight of a neutral line (default 1). */
  neutral?: number;
  /** Weigh each language's negative and positive lines so both classes count the same. */
  balance?: boolean;
}

/** The training weight of every line under a recipe. */
export function lineWeights(all: readonly Labelled[], config: Omit<CvConfig, 'name' | 'hyper'>): number[] {
  const base = all.map((e) => (e.source.startsWith('uci-') ? (config.uci ?? UCI_WEIGHT) : (e.weight ?? 1)) * (e.y === 0.5 ? (config.neutral ?? 1) : 1));
  if (!config.balance) return base;
  const mass = [0, 0];
  all.forEach((e, i) => e.y !== 0.5 && (mass[e.y] = mass[e.y]! + base[i]!));
  const total = mass[0]! + mass[1]!;
  return all.map((e, i) => (e.y === 0.5 ? base[i]! : (base[i]! * total) / (2 * mass[e.y]!)));
}

function crossValidate(langs: readonly AnalysisLanguage[], seed: number, configs: readonly CvConfig[], levels = LEVELS): void {
  const results = new Map<string, OutOfFold[]>(configs.map((c) => [c.name, []]));
  for (const lang of langs) {
    const all = trainingData(lang);
    const encoded = all.map((e) => encode(lang, e));
    const folds = [...new Set(all.map((e) => e.source).filter((s) => s.includes(`${lang}.round-`)))].map((round) => ({
      name: round.replace(/.*round-/, 'r').replace('.jsonl', ''),
      held: (e: Labelled) => e.source === round,
    }));
    if (lang === 'en') folds.push({ name: 'uci', held: (e: Labelled) => e.source.startsWith('uci-') && e.index! % 5 === 3 });
    for (const config of configs) {
      const oof = results.get(config.name)!;
      const weights = lineWeights(all, config);
      const weighted = encoded.map((x, i) => ({ ...x, weight: weights[i]! }));
      const parts: string[] = [];
      for (const fold of folds) {
        const q = quantise(
          train(
            weighted.filter((_, i) => !fold.held(all[i]!)),
            BITS,
            { ...config.hyper, seed },
          ),
          levels,
        );
        let right = 0;
        let listsRight = 0;
        let n = 0;
        all.forEach((e, i) => {
          if (!fold.held(e)) return;
          const x = encoded[i]!;
          const z = logit(q, x);
          oof.push({
            lang,
            fold: fold.name === 'uci' ? e.source : fold.name,
            kind: e.kind,
            stars: e.stars,
            y: e.y,
            z,
            hits: x.dense[8] === 0,
            lists: x.dense[0]! > 0,
          });
          if (e.y === 0.5) return;
          n++;
          if (z > 0 === (e.y === 1)) right++;
          if (x.dense[0]! > 0 === (e.y === 1)) listsRight++;
        });
        parts.push(`${fold.name} ${(listsRight / n).toFixed(3)} → ${(right / n).toFixed(3)}`);
      }
      console.log(`[${config.name}] cv ${lang}: ${parts.join('  ')}`);
    }
  }
  for (const config of configs) report(config.name, results.get(config.name)!);
}

function report(name: string, oof: readonly OutOfFold[]): void {
  const log = (line: string): void => console.log(`[${name}] ${line}`);
  const rounds = oof.filter((o) => !o.fold.startsWith('uci-'));
  const binary = (rows: readonly OutOfFold[]): string => {
    const b = rows.filter((o) => o.y !== 0.5);
    return `${(b.filter((o) => o.z > 0 === (o.y === 1)).length / Math.max(1, b.length)).toFixed(3)} (${b.length})`;
  };
  const by = (key: (o: OutOfFold) => string | undefined, rows: readonly OutOfFold[]): string =>
    [...new Set(rows.map(key))]
      .filter((k): k is string => k !== undefined)
      .sort()
      .map((k) => `${k} ${binary(rows.filter((o) => key(o) === k))}`)
      .join('  ');
  log(`cv per language: ${by((o) => o.lang, rounds)}`);
  log(`cv per kind: ${by((o) => o.kind, rounds)}`);
  log(
    `cv uci (training sentences, index % 5 === 3): ${by(
      (o) => o.fold,
      oof.filter((o) => o.fold.startsWith('uci-')),
    )}`,
  );
  log(
    `cv 3-class by neutral band: ${CV_BANDS.map((band) => `${band} ${(rounds.filter((o) => labelOf(o.z, o.hits, band) === o.y).length / rounds.length).toFixed(3)}`).join('  ')}`,
  );
  const three = rounds.filter((o) => o.stars === 3);
  for (const band of CV_BANDS) {
    const read = (gold: number, as: number): number => three.filter((o) => o.y === gold && labelOf(o.z, o.hits, band) === as).length;
    log(
      `cv 3★ lines at band ${band}: neutral → neg/neu/pos ${read(0.5, 0)}/${read(0.5, 0.5)}/${read(0.5, 1)}, negative → ${read(0, 0)}/${read(0, 0.5)}/${read(0, 1)}`,
    );
  }
  const listsRight = rounds.filter((o) => o.y !== 0.5 && o.lists === (o.y === 1)).length;
  log(`cv overall: ${(listsRight / rounds.filter((o) => o.y !== 0.5).length).toFixed(3)} → ${binary(rounds)}`);
  if (process.env.RS_CV_OUT) writeFileSync(`${process.env.RS_CV_OUT}.${name}.json`, JSON.stringify(oof));
}

function main(): void {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEFAULT_SEED;
  const dry = args.includes('--dry');
  const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seed') as AnalysisLanguage[];
  const f = (v: number): string => v.toFixed(3);
  if (args.includes('--cv')) {
    // RS_CV_CONFIGS='[{"name":"a","hyper":{"l2":3e-5},"uci":1,"balance":true}, …]': several recipes, each line encoded once.
    const configs = (JSON.parse(process.env.RS_CV_CONFIGS ?? '[{"name":"shipped"}]') as Array<Omit<CvConfig, 'hyper'> & { hyper?: Partial<Hyper> }>).map(
      (c) => ({
        ...RECIPE,
        ...c,
        hyper: { ...HYPER, ...(JSON.parse(process.env.RS_TRAIN_HYPER ?? '{}') as Partial<Hyper>), ...c.hyper },
      }),
    );
    crossValidate(only.length > 0 ? only : ANALYSIS_LANGUAGES, seed, configs);
    return;
  }
  console.log(`seed ${seed}, 2^${BITS} hashed weights per language in ±${LEVELS} levels, ${JSON.stringify(HYPER)}`);
  console.log(`${'lang'.padEnd(6)} ${'train'.padStart(6)}  holdout (word lists → model)`);
  for (const lang of ANALYSIS_LANGUAGES) {
    if (only.length > 0 && !only.includes(lang)) continue;
    const { q, module, lines } = trainLanguage(lang, seed);
    const held = accuracy(q, lang, holdoutData(lang));
    let extra = '';
    if (lang === 'en')
      for (const [name, rows] of Object.entries(uciSplit().held)) {
        const a = accuracy(q, lang, rows);
        extra += `  uci-${name} held-out ${f(a.lists)} → ${f(a.model)}`;
      }
    console.log(`${lang.padEnd(6)} ${String(lines).padStart(6)}  ${f(held.lists)} → ${f(held.model)}${extra}`);
    if (!dry) writeFileSync(join(ROOT, 'utils', 'analysis', 'model', 'weights', `${lang}.ts`), module);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
