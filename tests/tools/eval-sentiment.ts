/**
 * `npm run eval:sentiment -- FILE.jsonl [FILE2.jsonl …]` — accuracy of the on-device analysis.
 * Each line: {"text", "label": "negative"|"neutral"|"positive", "lang"?, "stars"?, "kind"?}.
 * Prints accuracy per language and overall, per `kind` (plain, sarcasm, …) when lines have one — binary (negative/positive lines; positive when the
 * score is above 0) and three-class (a label of "none" counts as neutral) — a confusion matrix,
 * and last a line `accuracy: 0.NNN` (binary, overall).
 * Without a file it runs the UCI "Sentiment Labelled Sentences" shipped with `sentiment`;
 * `--uci-held-out` keeps only the fifth of them the learned model was not trained on.
 * `--errors` lists the misclassified lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '@/utils/analysis';
import { ROOT } from '../support/browser';

type Gold = 'negative' | 'neutral' | 'positive';
interface Example {
  text: string;
  label: Gold;
  lang?: string;
  stars?: number;
  kind?: string;
  source: string;
}

const LABELS: Gold[] = ['negative', 'neutral', 'positive'];

function readJsonl(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line, i) => {
      const value = JSON.parse(line) as Partial<Example>;
      if (typeof value.text !== 'string' || !LABELS.includes(value.label as Gold))
        throw new Error(`${file}:${i + 1}: needs "text" and a "label" of ${LABELS.join('/')}`);
      return {
        text: value.text,
        label: value.label as Gold,
        lang: value.lang,
        stars: value.stars,
        kind: typeof value.kind === 'string' ? value.kind : undefined,
        source: file,
      };
    });
}

/** `heldOut`: only every fifth sentence (index % 5 === 4), the part `npm run train:sentiment` leaves out. */
function readUci(heldOut: boolean): Example[] {
  return ['yelp', 'amazon', 'imdb'].flatMap((name) => {
    const rows = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'sentiment', 'test', 'fixtures', `${name}.json`), 'utf8')) as Array<{
      text: string;
      class: number;
    }>;
    return rows
      .filter((r) => r.text && r.text.trim())
      .filter((_, i) => !heldOut || i % 5 === 4)
      .map((r) => ({ text: r.text, label: (r.class === 1 ? 'positive' : 'negative') as Gold, lang: 'en', source: `uci-${name}` }));
  });
}

interface Tally {
  binaryRight: number;
  binaryTotal: number;
  threeRight: number;
  threeTotal: number;
}

const pct = (right: number, total: number): string => (total === 0 ? '  n/a ' : `${((100 * right) / total).toFixed(1).padStart(5)}%`);

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const files = args.filter((a) => !a.startsWith('--'));
  const examples = files.length > 0 ? files.flatMap(readJsonl) : readUci(args.includes('--uci-held-out'));
  const groups = new Map<string, Tally>();
  const kinds = new Map<string, Tally>();
  const confusion = new Map<string, number>();
  const overall: Tally = { binaryRight: 0, binaryTotal: 0, threeRight: 0, threeTotal: 0 };
  const errors: string[] = [];
  for (const example of examples) {
    const analysis = analyzeReview({ text: example.text, langHint: example.lang });
    const group = files.length > 0 ? (example.lang ?? analysis.lang) : example.source;
    const tally = groups.get(group) ?? { binaryRight: 0, binaryTotal: 0, threeRight: 0, threeTotal: 0 };
    groups.set(group, tally);
    const kindTally = example.kind === undefined ? undefined : (kinds.get(example.kind) ?? { binaryRight: 0, binaryTotal: 0, threeRight: 0, threeTotal: 0 });
    if (kindTally && example.kind !== undefined) kinds.set(example.kind, kindTally);
    const counted = kindTally ? [tally, overall, kindTally] : [tally, overall];
    const three: Gold = analysis.label === 'none' ? 'neutral' : analysis.label;
    confusion.set(`${example.label}>${three}`, (confusion.get(`${example.label}>${three}`) ?? 0) + 1);
    for (const t of counted) {
      t.threeTotal++;
      if (three === example.label) t.threeRight++;
    }
    if (example.label !== 'neutral') {
      const binary: Gold = analysis.score > 0 ? 'positive' : 'negative';
      for (const t of counted) {
        t.binaryTotal++;
        if (binary === example.label) t.binaryRight++;
      }
      if (binary !== example.label) errors.push(`${example.label.padEnd(8)} ${analysis.score.toFixed(2).padStart(5)} [${group}] ${example.text}`);
    } else if (three !== 'neutral') errors.push(`neutral  ${analysis.score.toFixed(2).padStart(5)} [${group}] ${example.text}`);
  }
  console.log(`${'set'.padEnd(14)} ${'lines'.padStart(6)}  binary   3-class`);
  for (const [name, t] of [...groups].sort())
    console.log(`${name.padEnd(14)} ${String(t.threeTotal).padStart(6)}  ${pct(t.binaryRight, t.binaryTotal)}  ${pct(t.threeRight, t.threeTotal)}`);
  console.log(
    `${'overall'.padEnd(14)} ${String(overall.threeTotal).padStart(6)}  ${pct(overall.binaryRight, overall.binaryTotal)}  ${pct(overall.threeRight, overall.threeTotal)}`,
  );
  if (kinds.size > 0) {
    console.log(`\n${'kind'.padEnd(14)} ${'lines'.padStart(6)}  binary   3-class`);
    for (const [name, t] of [...kinds].sort())
      console.log(`${name.padEnd(14)} ${String(t.threeTotal).padStart(6)}  ${pct(t.binaryRight, t.binaryTotal)}  ${pct(t.threeRight, t.threeTotal)}`);
  }
  console.log('\nconfusion (rows: gold, columns: predicted)');
  console.log(`${''.padEnd(10)}${LABELS.map((l) => l.padStart(10)).join('')}`);
  for (const gold of LABELS) console.log(`${gold.padEnd(10)}${LABELS.map((p) => String(confusion.get(`${gold}>${p}`) ?? 0).padStart(10)).join('')}`);
  if (showErrors) console.log(`\nmisclassified (${errors.length}):\n${errors.join('\n')}`);
  console.log(`accuracy: ${(overall.binaryRight / Math.max(1, overall.binaryTotal)).toFixed(3)}`);
}

main();
