/**
 * `npm run train:themes [-- --cv] [--dry] [--seed N]` — trains the learned theme detector and its
 * polarity (utils/analysis/model/themes.ts) and writes utils/analysis/model/weights/themes.ts.
 *
 * Trained on the theme labels of the written rounds: every line of
 * tests/sentiment/train/<lang>.round-N.jsonl (rounds 5, 6, 7 and 9) and of
 * tests/sentiment/pending/<lang>.round-N.jsonl (rounds 8 and 10, which the sentiment model does not
 * train on) that carries `themes`. Never on tests/themes/ (the evaluation set),
 * tests/sentiment/final/ or the holdout sets. Two polarity regressions: one reads the text alone,
 * one the text and the line's stars (every written line has them).
 *
 * The polarity regression leans on the review's verdict; the shipped sentiment model was trained on
 * these same rounds and reads them too well. So the verdict used here is out of fold: for each
 * round, the sentiment model's recipe (tests/tools/train-sentiment.ts) trained in memory without
 * that round. The sentiment weights on disk are never written.
 *
 * `--cv`: for each round, trains the detector without it and scores it (precision and recall of the
 * theme alone and with its polarity, per language and theme), beside the word lists alone — the
 * figure used to choose settings. Rows `@T` read the text alone, rows `★` the text and the stars. `--threshold X` overrides the detection threshold.
 * Reproducible: fixed file order, seeded shuffles, plain arithmetic.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readWithWordLists } from '@/utils/analysis';
import { scoreTokens, type EngineResult, type Token } from '@/utils/analysis/engine';
import { encodeWeights } from '@/utils/analysis/model';
import { denseFeatures, hashedFeatures } from '@/utils/analysis/model/features';
import { featureValue, POLARITY_FEATURES, starsOf, themeInput, themesFromModel, type ThemeInput, type VerdictOf } from '@/utils/analysis/model/themes';
import { ANALYSIS_LANGUAGES, THEME_IDS, type AnalysisLanguage, type ThemeId } from '@/utils/analysis/types';
import { ROOT } from '../support/build';
import {
  encodeAll,
  logit as sentimentLogit,
  quantise as quantiseSentiment,
  train as trainSentiment,
  trainingData,
  BITS as SENTIMENT_BITS,
  HYPER,
  random,
} from './train-sentiment';

export const THEME_BITS = Number(process.env.RS_THEME_BITS ?? 11);
export const THEME_SEED = 14;
export const CLAUSE_TRUST = Number(process.env.RS_THEME_TRUST ?? 1.5);
export const EVIDENCE = Number(process.env.RS_THEME_EVIDENCE ?? 1.5);
export const THRESHOLD = Number(process.env.RS_THEME_THRESHOLD ?? 0);
const LEVELS = Number(process.env.RS_THEME_LEVELS ?? 3);
const HYPER_THEMES = {
  epochs: Number(process.env.RS_THEME_EPOCHS ?? 10),
  rate: Number(process.env.RS_THEME_RATE ?? 0.4),
  l2: Number(process.env.RS_THEME_L2 ?? 1e-4),
};
const TRAIN = join(ROOT, 'tests', 'sentiment', 'train');
const PENDING = join(ROOT, 'tests', 'sentiment', 'pending');

interface Line {
  lang: AnalysisLanguage;
  round: string;
  text: string;
  /** The review's stars (1–5), when the line has them. */
  stars: number | undefined;
  gold: Map<ThemeId, -1 | 1>;
}

interface Encoded extends Line {
  input: ThemeInput;
  result: EngineResult;
  listed: Set<ThemeId>;
  /** The word lists' themes, with the polarity analyzeReview gave them before the detector. */
  lists: Map<ThemeId, number>;
  /** The out-of-fold verdict of the review, and of any stretch of it. */
  score: number;
  verdictOf: VerdictOf;
}

/** The theme-labelled training lines of a language, in a fixed order. */
export function themeLines(lang: AnalysisLanguage): Line[] {
  return [TRAIN, PENDING].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.startsWith(`${lang}.round-`) && f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split(/\r?\n/)
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as { text: string; stars?: number; themes?: Array<{ theme: ThemeId; polarity: number }> })
          .filter((l) => Array.isArray(l.themes))
          .map((l) => ({
            lang,
            round: f.replace(/^.*round-(\d+)\.jsonl$/, '$1'),
            text: l.text,
            stars: starsOf(l.stars),
            gold: new Map(l.themes!.filter((t) => t.polarity !== 0).map((t) => [t.theme, t.polarity > 0 ? 1 : -1] as const)),
          })),
      ),
  );
}

/** The review's verdict in −1..1 as analyzeReview computes it, from a sentiment log-odds. */
const verdict = (z: number, hits: number): number => (hits > 0 || Math.abs(z) >= 2 ? Math.tanh(z / 4) : 0);

/** Encodes a language's lines with out-of-fold verdicts (the sentiment recipe trained without each line's round). */
export function encodeLanguage(lang: AnalysisLanguage, lines: readonly Line[]): Encoded[] {
  const all = trainingData(lang);
  const weighted = encodeAll(lang, all);
  const encodedAll = all.map((e, i) => ({ source: e.source, x: weighted[i]! }));
  const out: Encoded[] = [];
  for (const round of [...new Set(lines.map((l) => l.round))]) {
    const held = `${lang}.round-${round}.jsonl`;
    const q = quantiseSentiment(
      trainSentiment(
        encodedAll.filter((e) => !e.source.endsWith(held)).map((e) => e.x),
        SENTIMENT_BITS,
        { ...HYPER, seed: 14 },
      ),
    );
    for (const line of lines.filter((l) => l.round === round)) {
      const { tokens, result, pack } = readWithWordLists(line.text, lang);
      const read = (part: readonly Token[], r: EngineResult): number => {
        const hashed = hashedFeatures(lang, part, pack.negators, pack.pack.negationScope, SENTIMENT_BITS, r.signals.aspects);
        const x = {
          indices: Int32Array.from(hashed),
          value: hashed.length > 0 ? 1 / Math.sqrt(hashed.length) : 0,
          dense: denseFeatures(r, part.length),
          y: 1,
          weight: 1,
        };
        return verdict(sentimentLogit(q, x), r.hits);
      };
      const score = read(tokens, result);
      const lists = new Map<ThemeId, number>();
      for (const t of result.themes) lists.set(t.theme, t.polarity === 0 && Math.abs(score) >= 0.3 ? Math.sign(score) : t.polarity);
      out.push({
        ...line,
        input: themeInput(lang, tokens, THEME_BITS, line.text),
        result,
        listed: new Set(result.themes.map((t) => t.theme)),
        lists,
        score,
        verdictOf: (part) => read(part, scoreTokens(pack, part)),
      });
    }
  }
  return out;
}

function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

export interface ThemeModel {
  bits: number;
  bias: number[];
  list: number[];
  scale: number;
  table: Int8Array;
  threshold: number;
  evidence: number;
  polarityBias: number[];
  polarity: number[];
  starBias: number[];
  star: number[];
  clauseTrust: number;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits)) || 0;

/** Trains one language's detector (per theme, AdaGrad logistic regression) and polarity regression. */
export function trainThemes(data: readonly Encoded[], seed: number, threshold = THRESHOLD): ThemeModel {
  const size = 1 << THEME_BITS;
  const n = THEME_IDS.length;
  const hashed = new Float64Array(n * size);
  const g2 = new Float64Array(n * size).fill(1e-8);
  const bias = new Array<number>(n).fill(0);
  const biasG2 = new Array<number>(n).fill(1e-8);
  const list = new Array<number>(n).fill(0);
  const listG2 = new Array<number>(n).fill(1e-8);
  const next = random(seed);
  const order = data.map((_, i) => i);
  const { rate, l2, epochs } = HYPER_THEMES;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, next);
    for (const k of order) {
      const x = data[k]!;
      const { features } = x.input;
      const value = featureValue(features.length);
      THEME_IDS.forEach((theme, t) => {
        const base = t * size;
        const listed = x.listed.has(theme) ? 1 : 0;
        let z = bias[t]! + list[t]! * listed;
        for (const index of features) z += hashed[base + index]! * value;
        const p = 1 / (1 + Math.exp(-z));
        const g = p - (x.gold.has(theme) ? 1 : 0);
        biasG2[t]! += g * g;
        bias[t]! -= (rate * g) / Math.sqrt(biasG2[t]!);
        if (listed) {
          listG2[t]! += g * g;
          list[t]! -= (rate * g) / Math.sqrt(listG2[t]!);
        }
        for (const index of features) {
          const i = base + index;
          const gh = g * value + l2 * hashed[i]!;
          g2[i]! += gh * gh;
          hashed[i]! -= (rate * gh) / Math.sqrt(g2[i]!);
        }
      });
    }
  }
  let max = 0;
  for (const w of hashed) max = Math.max(max, Math.abs(w));
  const scale = round(max / LEVELS, 8) || 1;
  const table = new Int8Array(hashed.length);
  hashed.forEach((w, i) => (table[i] = Math.max(-LEVELS, Math.min(LEVELS, Math.round(w / scale)))));

  // Polarity: one regression over the gold themes of every line, with the clause the detector points at;
  // then one of its own, with the stars as one more feature, over the lines that have them.
  const examples = data.flatMap((x) => {
    const features = polarityInputs(THEME_BITS, scale, table, x);
    return [...x.gold].map(([theme, polarity]) => ({ t: THEME_IDS.indexOf(theme), f: features.get(theme)!, y: polarity > 0 ? 1 : 0 }));
  });
  const plain = trainPolarity(examples, POLARITY_FEATURES, next);
  const starred = data.filter((x) => x.stars !== undefined);
  const withStars = trainPolarity(
    starred.flatMap((x) => {
      const features = polarityInputs(THEME_BITS, scale, table, x, x.stars);
      return [...x.gold].map(([theme, polarity]) => ({ t: THEME_IDS.indexOf(theme), f: features.get(theme)!, y: polarity > 0 ? 1 : 0 }));
    }),
    POLARITY_FEATURES + 1,
    next,
  );
  return {
    bits: THEME_BITS,
    bias: bias.map((v) => round(v, 4)),
    list: list.map((v) => round(v, 4)),
    scale,
    table,
    threshold,
    evidence: EVIDENCE,
    polarityBias: plain.bias,
    polarity: plain.weights,
    starBias: withStars.bias,
    star: withStars.weights,
    clauseTrust: CLAUSE_TRUST,
  };
}

interface PolarityExample {
  t: number;
  f: number[];
  y: number;
}

/** A theme's polarity: per theme a bias, shared weights over `width` features (AdaGrad logistic regression). */
function trainPolarity(examples: readonly PolarityExample[], width: number, next: () => number): { bias: number[]; weights: number[] } {
  const n = THEME_IDS.length;
  const pBias = new Array<number>(n).fill(0);
  const pBiasG2 = new Array<number>(n).fill(1e-8);
  const pw = new Array<number>(width).fill(0);
  const pwG2 = new Array<number>(width).fill(1e-8);
  const pOrder = examples.map((_, i) => i);
  for (let epoch = 0; epoch < 20; epoch++) {
    shuffle(pOrder, next);
    for (const k of pOrder) {
      const e = examples[k]!;
      let z = pBias[e.t]!;
      for (let i = 0; i < width; i++) z += pw[i]! * e.f[i]!;
      const g = 1 / (1 + Math.exp(-z)) - e.y;
      pBiasG2[e.t]! += g * g;
      pBias[e.t]! -= (0.3 * g) / Math.sqrt(pBiasG2[e.t]!);
      for (let i = 0; i < width; i++) {
        const gi = g * e.f[i]! + 1e-4 * pw[i]!;
        pwG2[i]! += gi * gi;
        pw[i]! -= (0.3 * gi) / Math.sqrt(pwG2[i]!);
      }
    }
  }
  return { bias: pBias.map((v) => round(v, 4)), weights: pw.map((v) => round(v, 4)) };
}

/** Polarity features of every theme of a line, with the clause the detector's table points at. */
function polarityInputs(bits: number, scale: number, table: Int8Array, x: Encoded, stars?: number): Map<ThemeId, number[]> {
  const out = new Map<ThemeId, number[]>();
  const every = {
    bits,
    scale,
    bias: THEME_IDS.map(() => 0),
    list: THEME_IDS.map(() => 0),
    threshold: -Infinity,
    evidence: -Infinity,
    polarityBias: THEME_IDS.map(() => 0),
    polarity: [] as number[],
    starBias: THEME_IDS.map(() => 0),
    star: [] as number[],
    clauseTrust: Infinity,
  };
  themesFromModel(every, table, x.input, x.result, x.score, x.verdictOf, stars, (theme, features) => out.set(theme, features));
  return out;
}

/** The themes the model finds in an encoded line, as the runtime (detectThemes) finds them: with the line's stars, or read from the text alone. */
export function predict(m: ThemeModel, x: Encoded, withStars = false): Map<ThemeId, number> {
  return new Map(themesFromModel(m, m.table, x.input, x.result, x.score, x.verdictOf, withStars ? x.stars : undefined).map((t) => [t.theme, t.polarity]));
}

interface Count {
  gold: number;
  found: number;
  right: number;
  rightPolarity: number;
}
const zero = (): Count => ({ gold: 0, found: 0, right: 0, rightPolarity: 0 });

export function tally(counts: Map<string, Count>, keys: readonly string[], gold: ReadonlyMap<ThemeId, number>, found: ReadonlyMap<ThemeId, number>): void {
  const bump = (theme: ThemeId, field: keyof Count): void => {
    for (const key of keys)
      for (const k of [`${key} ${theme}`, `${key} all`]) {
        const c = counts.get(k) ?? zero();
        counts.set(k, c);
        c[field]++;
      }
  };
  for (const theme of gold.keys()) bump(theme, 'gold');
  for (const [theme, polarity] of found) {
    bump(theme, 'found');
    if (gold.has(theme)) bump(theme, 'right');
    if (gold.get(theme) === polarity) bump(theme, 'rightPolarity');
  }
}

const r3 = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));
function line(label: string, c: Count | undefined): string {
  const x = c ?? zero();
  return `${label.padEnd(22)} ${String(x.gold).padStart(5)} ${String(x.found).padStart(5)}  ${r3(x.right, x.found)} ${r3(x.right, x.gold)}  ${r3(x.rightPolarity, x.found)} ${r3(x.rightPolarity, x.gold)}`;
}

function crossValidate(encoded: Map<AnalysisLanguage, Encoded[]>, seed: number, thresholds: readonly number[], detail: boolean): void {
  const lists = new Map<string, Count>();
  const models = thresholds.map(() => new Map<string, Count>());
  const starred = new Map<string, Count>();
  for (const [lang, data] of encoded) {
    for (const held of [...new Set(data.map((x) => x.round))]) {
      const test = data.filter((x) => x.round === held);
      const m = trainThemes(
        data.filter((x) => x.round !== held),
        seed,
      );
      for (const x of test) tally(lists, [lang, 'overall', `r${held}`], x.gold, x.lists);
      thresholds.forEach((threshold, i) => {
        for (const x of test) tally(models[i]!, [lang, 'overall', `r${held}`], x.gold, predict({ ...m, threshold }, x));
      });
      for (const x of test) tally(starred, [lang, 'overall', `r${held}`], x.gold, predict(m, x, true));
    }
  }
  console.log(`${''.padEnd(22)}  gold found  P(th)  R(th)  P(pol) R(pol)`);
  const groups = [...ANALYSIS_LANGUAGES.filter((l) => encoded.has(l)), ...['5', '6', '7', '8', '9', '10'].map((r) => `r${r}`), 'overall'];
  for (const group of groups) {
    if (!lists.has(`${group} all`)) continue;
    for (const theme of detail ? [...THEME_IDS, 'all'] : ['all']) {
      console.log(line(`lists ${group} ${theme}`, lists.get(`${group} ${theme}`)));
      thresholds.forEach((threshold, i) => console.log(line(`@${threshold} ${group} ${theme}`, models[i]!.get(`${group} ${theme}`))));
      console.log(line(`★ ${group} ${theme}`, starred.get(`${group} ${theme}`)));
    }
  }
}

export function themesModule(models: Partial<Record<AnalysisLanguage, ThemeModel>>): string {
  const out = [
    '// Generated by `npm run train:themes` (tests/tools/train-themes.ts): do not edit.',
    "import type { AnalysisLanguage } from '../../types';",
    "import type { ThemeWeights } from '../themes';",
    '',
    'export const THEME_WEIGHTS: Partial<Record<AnalysisLanguage, ThemeWeights>> = {',
  ];
  for (const [lang, m] of Object.entries(models)) {
    out.push(
      `  ${lang}: {`,
      `    bits: ${m.bits},`,
      `    bias: [${m.bias.join(', ')}],`,
      `    list: [${m.list.join(', ')}],`,
      `    scale: ${m.scale},`,
      `    threshold: ${m.threshold},`,
      `    evidence: ${m.evidence},`,
      `    polarityBias: [${m.polarityBias.join(', ')}],`,
      `    polarity: [${m.polarity.join(', ')}],`,
      `    starBias: [${m.starBias.join(', ')}],`,
      `    star: [${m.star.join(', ')}],`,
      `    clauseTrust: ${m.clauseTrust},`,
      `    hashed:`,
      `      '${encodeWeights(m.table)}',`,
      '  },',
    );
  }
  out.push('};', '');
  return out.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const valueOf = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const seed = Number(valueOf('--seed') ?? THEME_SEED);
  const only = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) as AnalysisLanguage[];
  const langs = only.length > 0 ? only : ANALYSIS_LANGUAGES;
  const encoded = new Map<AnalysisLanguage, Encoded[]>();
  for (const lang of langs) {
    const lines = themeLines(lang);
    if (lines.length > 0) encoded.set(lang, encodeLanguage(lang, lines));
  }
  if (args.includes('--cv')) {
    const thresholds = (valueOf('--thresholds') ?? String(THRESHOLD)).split(',').map(Number);
    crossValidate(encoded, seed, thresholds, args.includes('--detail'));
    return;
  }
  const models: Partial<Record<AnalysisLanguage, ThemeModel>> = {};
  for (const [lang, data] of encoded) {
    models[lang] = trainThemes(data, seed);
    console.log(`${lang}: ${data.length} lines`);
  }
  if (!args.includes('--dry')) writeFileSync(join(ROOT, 'utils', 'analysis', 'model', 'weights', 'themes.ts'), themesModule(models));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
