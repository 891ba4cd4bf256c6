/**
 * `npm run train:urgent [-- --cv] [--dry]` — trains the learned half of the urgent detector
 * (utils/analysis/urgent-model.ts) and writes its sparse int8 weights and per-category thresholds
 * to utils/analysis/urgent-weights.ts.
 *
 * The model only ever adds a finding where the trigger phrases found none, so it is trained to
 * tell incidents from ordinary reviews, not from near misses alone:
 * - every development round, tests/urgent/dev*\/*.jsonl (never the held-out files directly in
 *   tests/urgent/), with their stars where they have them;
 * - ordinary review lines of the sentiment training rounds and development sets (tests/sentiment/
 *   train/*.jsonl, tests/sentiment/*.dev*.jsonl) as not urgent, weighted BACKGROUND_WEIGHT; a few
 *   percent of them are incidents, so the lines the phrases flag are left out; where labellers
 *   labelled a set for urgency (tests/urgent/ordinary-train/, round 9) their labels are used instead.
 *   The sentiment holdout, final and pending sets are never trained on (they measure false alarms).
 * One-vs-rest logistic regression per category over hashed features (./urgent-model), shared by the
 * six languages; AdaGrad over seeded shuffles, L2; the KEEP largest weights kept as int8.
 * Reproducible: fixed file order, seeded shuffles, plain arithmetic.
 *
 * `--cv` trains without each development round in turn (and without a seventh of the background)
 * and scores what was left out; the per-category thresholds written to the weights file are chosen
 * on those out-of-fold scores: the most urgent reviews the phrases missed, found at a cost of at
 * most BUDGET of the left-out background lines flagged. Without `--cv` the same cross-validation
 * runs first, then the model is trained on everything with the thresholds it chose.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { analyzeReview } from '@/utils/analysis';
import { detectUrgent } from '@/utils/analysis/urgent';
import { decodeSparse, sentenceLogits, sentencesOf, urgentFeatures, urgentLogits, type LoadedUrgentModel } from '@/utils/analysis/urgent-model';
import { URGENT_CATEGORIES, type AnalysisLanguage, type UrgentCategory } from '@/utils/analysis/types';
import type { UrgentWeights } from '@/utils/analysis/urgent-weights';
import { ROOT } from '../support/browser';
import { random } from './train-sentiment';

export const BITS = 16;
const SEED = 12;
const HYPER = {
  epochs: Number(process.env.RS_URGENT_EPOCHS ?? 12),
  rate: Number(process.env.RS_URGENT_RATE ?? 0.3),
  l2: Number(process.env.RS_URGENT_L2 ?? 1e-4),
  /** Urgent lines count this much more: a missed urgent review costs the owner more than a false flag. */
  positiveWeight: Number(process.env.RS_URGENT_POS ?? 1.5),
  /** An unlabelled ordinary review line counts this much as a not-urgent example. */
  background: Number(process.env.RS_URGENT_BACKGROUND ?? 0.5),
  /** Only the largest weights are kept (the bundle's budget): this many over all categories. */
  keep: Number(process.env.RS_URGENT_KEEP ?? 4000),
  /** The stars of the review as a feature (`*:N`). */
  stars: process.env.RS_URGENT_STARS !== '0',
};
/** The share of ordinary background lines the model may flag, out of fold, over all categories together. */
const BUDGET = Number(process.env.RS_URGENT_BUDGET ?? 0.003);
/** In choosing thresholds, a near miss of the development rounds flagged costs this many urgent reviews found. */
const DEV_FP_COST = Number(process.env.RS_URGENT_DEV_FP_COST ?? 0.5);
const FOLDS_OF_BACKGROUND = 7;
/**
 * `RS_URGENT_SENTENCES=1`: learn from sentences, not whole reviews — an urgent review's sentences that
 * hold its labelled evidence are the urgent examples (its other sentences teach nothing), every sentence
 * of a line that is not urgent is a not-urgent one; a review scores as its most urgent sentence.
 */
const SENTENCES = process.env.RS_URGENT_SENTENCES === '1';

type Kind = 'dev' | 'background' | 'labelled';

interface Line {
  text: string;
  lang: AnalysisLanguage;
  category?: UrgentCategory;
  evidence?: string;
  stars?: number;
  kind: Kind;
  /** The development round, or the background's fold ("bg0" … "bg6"). */
  round: string;
}

interface Encoded {
  features: number[];
  /** Per sentence, its features (SENTENCES), and whether it is a training example: 1 urgent, 0 not, -1 neither. */
  sentences: number[][];
  sentenceLabels: number[];
  rule: UrgentCategory | undefined;
  /** The analysis reads the text as positive: the product drops a model-only finding there. */
  positive: boolean;
  category: UrgentCategory | undefined;
  kind: Kind;
  round: string;
  weight: number;
}

const URGENT = join(ROOT, 'tests', 'urgent');
const SENTIMENT = join(ROOT, 'tests', 'sentiment');

const jsonLines = (file: string): Array<Record<string, unknown>> =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const starsOf = (v: Record<string, unknown>): number | undefined => (typeof v.stars === 'number' ? v.stars : undefined);

export function developmentLines(): Line[] {
  return readdirSync(URGENT)
    .filter((d) => /^dev\d*$/.test(d))
    .sort()
    .flatMap((round) =>
      readdirSync(join(URGENT, round))
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .flatMap((f) =>
          jsonLines(join(URGENT, round, f)).map((v) => ({
            text: v.text as string,
            lang: v.lang as AnalysisLanguage,
            category: v.urgent ? (v.category as UrgentCategory) : undefined,
            evidence: typeof v.evidence === 'string' ? v.evidence : undefined,
            stars: starsOf(v),
            kind: 'dev' as const,
            round,
          })),
        ),
    );
}

/** Ordinary review lines: the sentiment training rounds and development sets, labelled for urgency where labels exist. */
export function backgroundLines(): Line[] {
  const labelled = join(URGENT, 'ordinary-train');
  const labelledLangs = new Set(existsSync(labelled) ? readdirSync(labelled).map((f) => f.slice(0, 2)) : []);
  const files = [
    ...readdirSync(join(SENTIMENT, 'train'))
      .filter((f) => f.endsWith('.jsonl'))
      .filter((f) => !(f.includes('round-9') && labelledLangs.has(f.slice(0, 2))))
      .map((f) => join(SENTIMENT, 'train', f)),
    ...readdirSync(SENTIMENT)
      .filter((f) => /\.dev\d*\.jsonl$/.test(f))
      .map((f) => join(SENTIMENT, f)),
  ].sort();
  const out: Line[] = [];
  for (const file of files)
    for (const v of jsonLines(file))
      out.push({
        text: v.text as string,
        lang: v.lang as AnalysisLanguage,
        stars: starsOf(v),
        kind: 'background',
        round: `bg${out.length % FOLDS_OF_BACKGROUND}`,
      });
  for (const lang of [...labelledLangs].sort())
    for (const v of jsonLines(join(labelled, `${lang}.jsonl`)))
      out.push({
        text: v.text as string,
        lang: v.lang as AnalysisLanguage,
        category: v.urgent ? (v.category as UrgentCategory) : undefined,
        evidence: typeof v.evidence === 'string' ? v.evidence : undefined,
        stars: starsOf(v),
        kind: 'labelled',
        round: `bg${out.length % FOLDS_OF_BACKGROUND}`,
      });
  return out;
}

function encode(line: Line): Encoded {
  const rule = detectUrgent(line.text, line.lang)?.category;
  const stars = HYPER.stars ? line.stars : undefined;
  const sentences = SENTENCES ? sentencesOf(line.text) : [];
  const evidence = line.evidence?.toLowerCase();
  const holds = sentences.map((s) => {
    if (!evidence) return false;
    const lower = s.toLowerCase();
    return lower.includes(evidence) || evidence.includes(lower) || (evidence.length >= 12 && lower.includes(evidence.slice(0, 12)));
  });
  const anyHolds = holds.some(Boolean);
  return {
    sentences: sentences.map((s) => urgentFeatures(s, line.lang, BITS, stars)),
    sentenceLabels: sentences.map((_, i) => (!line.category ? 0 : holds[i] || !anyHolds ? 1 : -1)),
    features: urgentFeatures(line.text, line.lang, BITS, stars),
    rule,
    positive: analyzeReview({ text: line.text, langHint: line.lang, rating: line.stars }).label === 'positive',
    category: line.category,
    kind: line.kind,
    round: line.round,
    weight: line.kind === 'background' ? HYPER.background : 1,
  };
}

/** An unlabelled background line the phrases flag may well be an incident: it teaches nothing either way. */
const trainable = (x: Encoded): boolean => !(x.kind === 'background' && x.rule !== undefined);

interface Trained {
  bias: number[];
  rule: number[][];
  hashed: Float64Array[];
}

function train(data: readonly Encoded[]): Trained {
  const size = 1 << BITS;
  const out: Trained = { bias: [], rule: [], hashed: [] };
  // The examples: whole reviews, or (SENTENCES) the sentences that teach something.
  const used: Array<{ features: number[]; category: UrgentCategory | undefined; weight: number }> = data
    .filter(trainable)
    .flatMap((x) =>
      SENTENCES
        ? x.sentences.flatMap((features, i) =>
            x.sentenceLabels[i]! < 0 ? [] : [{ features, category: x.sentenceLabels[i] === 1 ? x.category : undefined, weight: x.weight }],
          )
        : [{ features: x.features, category: x.category, weight: x.weight }],
    );
  URGENT_CATEGORIES.forEach((category, c) => {
    const w = new Float64Array(size);
    const g2 = new Float64Array(size).fill(1e-8);
    let bias = 0;
    let biasG2 = 1e-8;
    const next = random(SEED + c);
    const order = used.map((_, i) => i);
    for (let epoch = 0; epoch < HYPER.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const k of order) {
        const x = used[k]!;
        const y = x.category === category ? 1 : 0;
        const value = x.features.length > 0 ? 1 / Math.sqrt(x.features.length) : 0;
        let z = bias;
        for (const index of x.features) z += w[index]! * value;
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y) * (y === 1 ? HYPER.positiveWeight : 1) * x.weight;
        biasG2 += g * g;
        bias -= (HYPER.rate * g) / Math.sqrt(biasG2);
        for (const index of x.features) {
          const gh = g * value + HYPER.l2 * w[index]!;
          g2[index] = g2[index]! + gh * gh;
          w[index] = w[index]! - (HYPER.rate * gh) / Math.sqrt(g2[index]!);
        }
      }
    }
    out.bias.push(bias);
    out.rule.push([0, 0, 0, 0, 0]);
    out.hashed.push(w);
  });
  return out;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits)) || 0;

/** Prunes, quantises to int8 and packs each category's table as (varint gap, int8) pairs, base64. */
/** `drop`: a category whose threshold is NEVER (left to the phrases) ships no weights, and the KEEP largest go to the others. */
export function pack(model: Trained, thresholds: readonly number[], drop = false): UrgentWeights {
  const used = (c: number) => !drop || (thresholds[c] ?? NEVER) < NEVER;
  let max = 0;
  model.hashed.forEach((table, c) => {
    if (used(c)) for (const w of table) max = Math.max(max, Math.abs(w));
  });
  const sizes = model.hashed.flatMap((table, c) => (used(c) ? Array.from(table, Math.abs) : [])).sort((a, b) => b - a);
  const prune = Math.max(1e-9, sizes[Math.min(HYPER.keep, sizes.length) - 1] ?? 0);
  const scale = round(max / 127, 8) || 1;
  const sparse = model.hashed.map((table, c) => {
    const bytes: number[] = [];
    // A category cross-validation left to the phrases alone ships no weights.
    if (!used(c)) return '';
    let last = -1;
    table.forEach((w, index) => {
      if (Math.abs(w) < prune) return;
      const q = Math.max(-127, Math.min(127, Math.round(w / scale)));
      if (q === 0) return;
      let gap = index - last;
      last = index;
      while (gap >= 0x80) {
        bytes.push((gap & 0x7f) | 0x80);
        gap >>>= 7;
      }
      bytes.push(gap);
      bytes.push(q & 0xff);
    });
    return Buffer.from(bytes).toString('base64');
  });
  return {
    bits: BITS,
    ...(SENTENCES ? { sentences: true } : {}),
    thresholds: thresholds.map((t) => round(t, 4)),
    scale,
    bias: model.bias.map((b) => round(b, 4)),
    rule: model.rule.map((r) => r.map((w) => round(w, 4))),
    sparse,
  };
}

export function load(weights: UrgentWeights): LoadedUrgentModel {
  return { weights, tables: weights.sparse.map((s) => decodeSparse(s, 1 << weights.bits)) };
}

function weightsModule(weights: UrgentWeights): string {
  return [
    '// Generated by `npm run train:urgent` (tests/tools/train-urgent.ts): do not edit.',
    "import type { UrgentCategory } from './types';",
    '',
    'export interface UrgentWeights {',
    '  /** Hashed features fall into 2^bits buckets. */',
    '  bits: number;',
    '  /** Trained on sentences: a review scores as its most urgent sentence. */',
    '  sentences?: boolean;',
    "  /** Per category: urgent when the category's log-odds is above its threshold (the furthest above names the category). */",
    '  thresholds: readonly number[];',
    '  /** int8 weight = round(weight / scale). */',
    '  scale: number;',
    '  /** Per category (`URGENT_CATEGORIES` order). */',
    '  bias: readonly number[];',
    '  /** Per category, the weight of what the phrases found: nothing, then each category. */',
    '  rule: ReadonlyArray<readonly number[]>;',
    '  /** Per category, base64 of (varint index gap, int8 weight) pairs. */',
    '  sparse: readonly string[];',
    '}',
    '',
    '/** The categories, in the order of the arrays below. */',
    `export const URGENT_WEIGHT_ORDER: readonly UrgentCategory[] = [${URGENT_CATEGORIES.map((c) => `'${c}'`).join(', ')}];`,
    '',
    'export const URGENT_WEIGHTS: UrgentWeights = {',
    `  bits: ${weights.bits},`,
    ...(weights.sentences ? ['  sentences: true,'] : []),
    `  thresholds: [${weights.thresholds.join(', ')}],`,
    `  scale: ${weights.scale},`,
    `  bias: [${weights.bias.join(', ')}],`,
    `  rule: [${weights.rule.map((r) => `[${r.join(', ')}]`).join(', ')}],`,
    '  sparse: [',
    ...weights.sparse.map((s) => `    '${s}',`),
    '  ],',
    '};',
    '',
  ].join('\n');
}

/** Out of fold: a line's per-category log-odds beside what the phrases and the tone said. */
interface Scored {
  logits: number[];
  rule: UrgentCategory | undefined;
  positive: boolean;
  gold: UrgentCategory | undefined;
  kind: Kind;
}

function score(model: LoadedUrgentModel, data: readonly Encoded[]): Scored[] {
  return data.map((x) => ({
    logits: SENTENCES ? sentenceLogits(model, x.sentences).logits.map((z) => (Number.isFinite(z) ? z : -NEVER)) : urgentLogits(model, x.features, undefined),
    rule: x.rule,
    positive: x.positive,
    gold: x.category,
    kind: x.kind,
  }));
}

/** What the product would say (phrases first; the model where they found nothing and the text does not read positive). */
function decide(x: Scored, thresholds: readonly number[]): UrgentCategory | undefined {
  if (x.rule) return x.rule;
  if (x.positive) return undefined;
  let best = -1;
  let margin = 0;
  x.logits.forEach((z, c) => {
    if (z - thresholds[c]! > margin) {
      margin = z - thresholds[c]!;
      best = c;
    }
  });
  return best < 0 ? undefined : URGENT_CATEGORIES[best];
}

interface Figures {
  recall: number;
  precision: number;
  found: number;
  devFalse: number;
  /** Background lines flagged by the model (not by the phrases), and all background lines. */
  backgroundByModel: number;
  background: number;
  /** Per category: labelled, found in that category. */
  perCategory: Array<[number, number]>;
}

function figures(scored: readonly Scored[], thresholds: readonly number[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let backgroundByModel = 0;
  let background = 0;
  const perCategory: Array<[number, number]> = URGENT_CATEGORIES.map(() => [0, 0]);
  for (const x of scored) {
    const said = decide(x, thresholds);
    if (x.kind === 'background') {
      background++;
      if (said && !x.rule) backgroundByModel++;
      continue;
    }
    if (x.gold) {
      const c = perCategory[URGENT_CATEGORIES.indexOf(x.gold)]!;
      c[0]++;
      if (said === x.gold) c[1]++;
    }
    if (said && x.gold) tp++;
    else if (said) fp++;
    else if (x.gold) fn++;
  }
  return { recall: tp / Math.max(1, tp + fn), precision: tp / Math.max(1, tp + fp), found: tp, devFalse: fp, backgroundByModel, background, perCategory };
}

const NEVER = 99;
const GRID = Array.from({ length: 49 }, (_, i) => 8 - i * 0.25);

/**
 * Per-category thresholds on out-of-fold scores: starting from "never", lower one category's
 * threshold a grid step at a time, always the step that buys the most (urgent found − DEV_FP_COST ×
 * development lines wrongly flagged) per background line flagged, while the background lines the
 * model flags stay within BUDGET of all background lines.
 */
function chooseThresholds(scored: readonly Scored[], budget = BUDGET): number[] {
  const t = URGENT_CATEGORIES.map(() => NEVER);
  const gain = (f: Figures) => f.found - DEV_FP_COST * f.devFalse;
  let current = figures(scored, t);
  const limit = budget * current.background;
  for (;;) {
    let best: { c: number; value: number; f: Figures; ratio: number } | undefined;
    for (let c = 0; c < t.length; c++) {
      // Every lower step: the next one may flag nothing new.
      for (const value of GRID.filter((g) => g < t[c]!)) {
        const trial = t.slice();
        trial[c] = value;
        const f = figures(scored, trial);
        if (f.backgroundByModel > limit) break;
        const dg = gain(f) - gain(current);
        if (dg <= 0) continue;
        const ratio = dg / Math.max(0.5, f.backgroundByModel - current.backgroundByModel);
        if (!best || ratio > best.ratio) best = { c, value, f, ratio };
      }
    }
    if (!best) return t;
    t[best.c] = best.value;
    current = best.f;
  }
}

const f3 = (v: number) => v.toFixed(3);
const describe = (f: Figures): string =>
  `recall ${f3(f.recall)} precision ${f3(f.precision)}; background flagged by the model ${f.backgroundByModel}/${f.background} (${((100 * f.backgroundByModel) / Math.max(1, f.background)).toFixed(2)}%); per category ${URGENT_CATEGORIES.map((c, i) => `${c} ${f3(f.perCategory[i]![1] / Math.max(1, f.perCategory[i]![0]))}`).join(' · ')}`;

/** Trains without each development round (and a seventh of the background) in turn; returns the out-of-fold scores. */
function crossValidate(all: readonly Encoded[]): { scored: Scored[]; byRound: Map<string, Scored[]> } {
  const rounds = [...new Set(all.filter((x) => x.kind === 'dev').map((x) => x.round))];
  const scored: Scored[] = [];
  const byRound = new Map<string, Scored[]>();
  rounds.forEach((held, k) => {
    const bg = `bg${k % FOLDS_OF_BACKGROUND}`;
    const out = (x: Encoded) => x.round === held || x.round === bg;
    const model = load(
      pack(
        train(all.filter((x) => !out(x))),
        URGENT_CATEGORIES.map(() => NEVER),
      ),
    );
    const s = score(model, all.filter(out));
    byRound.set(held, s);
    scored.push(...s);
  });
  return { scored, byRound };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const started = performance.now();
  const all = [...developmentLines(), ...backgroundLines()].map(encode);
  const count = (k: Kind) => all.filter((x) => x.kind === k).length;
  console.log(
    `${count('dev')} development lines, ${count('background')} background lines (${all.filter((x) => x.kind === 'background' && x.rule).length} flagged by the phrases, left out), ${count('labelled')} labelled ordinary lines; 2^${BITS} buckets per category, ${JSON.stringify(HYPER)}, budget ${BUDGET}`,
  );
  // `RS_URGENT_OOF=FILE`: keep the out-of-fold scores in FILE (reused while it exists) to try thresholds and budgets without retraining.
  const cache = process.env.RS_URGENT_OOF;
  const { scored, byRound } =
    cache && existsSync(cache)
      ? (() => {
          const saved = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, Scored[]>;
          return { scored: Object.values(saved).flat(), byRound: new Map(Object.entries(saved)) };
        })()
      : crossValidate(all);
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(Object.fromEntries(byRound)));
  const never = URGENT_CATEGORIES.map(() => NEVER);
  const thresholds = chooseThresholds(scored);
  console.log(`phrases alone, pooled out of fold: ${describe(figures(scored, never))}`);
  console.log(`thresholds ${thresholds.join(', ')}: ${describe(figures(scored, thresholds))}`);
  for (const [held, s] of byRound)
    console.log(`  ${held.padEnd(5)} phrases ${describe(figures(s, never))}\n        with model ${describe(figures(s, thresholds))}`);
  // `RS_URGENT_BUDGETS=0.005,0.01`: what other budgets would have bought.
  for (const b of (process.env.RS_URGENT_BUDGETS ?? '').split(',').filter(Boolean).map(Number)) {
    const t = chooseThresholds(scored, b);
    console.log(`budget ${b}: thresholds ${t.join(', ')}: ${describe(figures(scored, t))}`);
    const late = [...byRound].filter(([r]) => ['dev5', 'dev6', 'dev7'].includes(r)).flatMap(([, s]) => s);
    console.log(`  dev5-7 only: ${describe(figures(late, t))}`);
  }
  if (args.includes('--cv')) return;
  const weights = pack(train(all), thresholds, true);
  const target = join(ROOT, 'utils', 'analysis', 'urgent-weights.ts');
  // Written as Prettier writes it, so the committed file is exactly what training produces.
  const module = await format(weightsModule(weights), { ...(await resolveConfig(target)), filepath: target });
  const nonZero = weights.sparse.reduce((n, s) => n + Buffer.from(s, 'base64').length, 0);
  console.log(
    `training fit ${describe(figures(score(load(weights), all), thresholds))}; weights ${(module.length / 1024).toFixed(1)} KB, gzipped ${(gzipSync(module).length / 1024).toFixed(1)} KB (${nonZero} bytes packed); ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!args.includes('--dry')) writeFileSync(target, module);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
