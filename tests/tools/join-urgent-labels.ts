/**
 * `npm run join:urgent-labels [-- DIR]` — joins the urgency labels of ordinary reviews (labellers
 * who never saw the detector labelled every line of three sentiment sets; DIR defaults to
 * /work/data/label10/out, one `<lang>.jsonl` per finished language, lines
 * `{"id": "<set>:<lang>:<n>", "urgent", "category", "evidence", "borderline"}`, n the 1-based line
 * of the set's file) with the review lines they label, and writes them in eval-urgent's format:
 *
 * - tests/urgent/ordinary/<lang>.jsonl — sets `final` (tests/sentiment/final/<lang>.test.jsonl) and
 *   `round-8` (tests/sentiment/pending/<lang>.round-8.jsonl): for evaluation only
 *   (`npm run eval:urgent -- --ordinary`), never trained or tuned on;
 * - tests/urgent/ordinary-train/<lang>.jsonl — set `round-9` (tests/sentiment/train/<lang>.round-9.jsonl):
 *   the training background the learned urgent model used (removed in analysis version 17), with its incidents labelled.
 *
 * Each line: {"text", "lang", "urgent", "category", "evidence", "near_miss": false, "stars", "source", "borderline"}.
 * Refuses a label whose id is unknown, whose evidence is not a substring of the text, or whose
 * category is missing on an urgent line; a set file with labels missing for some of its lines is
 * reported and its labelled lines written (the tool can be rerun as labels arrive).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URGENT_CATEGORIES, type UrgentCategory } from '@/utils/analysis/types';
import { ROOT } from '../support/build';

export const LABEL_SETS = {
  final: { file: (lang: string) => join('tests', 'sentiment', 'final', `${lang}.test.jsonl`), out: 'ordinary' },
  'round-8': { file: (lang: string) => join('tests', 'sentiment', 'pending', `${lang}.round-8.jsonl`), out: 'ordinary' },
  'round-9': { file: (lang: string) => join('tests', 'sentiment', 'train', `${lang}.round-9.jsonl`), out: 'ordinary-train' },
} as const;
type LabelSet = keyof typeof LABEL_SETS;

export interface Label {
  id: string;
  urgent: boolean;
  category: UrgentCategory | null;
  evidence: string | null;
  borderline: boolean;
}

export interface JoinedLine {
  text: string;
  lang: string;
  urgent: boolean;
  category: UrgentCategory | null;
  evidence: string | null;
  near_miss: false;
  stars: number | null;
  source: string;
  borderline: boolean;
}

const readLines = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());

/** A set file's lines as numbered in the labels' ids (1-based, blank lines counted, so none shifts the rest). */
const readNumberedLines = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .replace(/\r?\n$/, '')
    .split(/\r?\n/);

/** Joins one language's labels with the review lines; returns the lines per output folder and the problems found. */
export function joinLabels(
  lang: string,
  labels: readonly Label[],
  readSet: (set: LabelSet) => string[],
): { out: Record<'ordinary' | 'ordinary-train', JoinedLine[]>; problems: string[] } {
  const out: Record<'ordinary' | 'ordinary-train', JoinedLine[]> = { ordinary: [], 'ordinary-train': [] };
  const problems: string[] = [];
  const seen = new Set<string>();
  const sets = new Map<LabelSet, string[]>();
  const setLines = (set: LabelSet): string[] => {
    let lines = sets.get(set);
    if (!lines) {
      lines = readSet(set);
      sets.set(set, lines);
    }
    return lines;
  };
  for (const label of labels) {
    const m = /^(final|round-8|round-9):([a-z]{2}):(\d+)$/.exec(label.id);
    if (!m || m[2] !== lang) {
      problems.push(`${label.id}: not an id of ${lang}`);
      continue;
    }
    if (seen.has(label.id)) {
      problems.push(`${label.id}: labelled twice`);
      continue;
    }
    seen.add(label.id);
    const set = m[1] as LabelSet;
    const raw = setLines(set)[Number(m[3]) - 1];
    if (raw === undefined) {
      problems.push(`${label.id}: no such line`);
      continue;
    }
    const review = JSON.parse(raw) as { text: string; stars?: number };
    if (label.urgent && !URGENT_CATEGORIES.includes(label.category as UrgentCategory)) {
      problems.push(`${label.id}: urgent without a category`);
      continue;
    }
    if (label.urgent && (typeof label.evidence !== 'string' || !review.text.includes(label.evidence))) {
      problems.push(`${label.id}: evidence is not a substring of the text`);
      continue;
    }
    out[LABEL_SETS[set].out].push({
      text: review.text,
      lang,
      urgent: label.urgent,
      category: label.urgent ? label.category : null,
      evidence: label.urgent ? label.evidence : null,
      near_miss: false,
      stars: typeof review.stars === 'number' ? review.stars : null,
      source: label.id,
      borderline: label.borderline === true,
    });
  }
  for (const set of Object.keys(LABEL_SETS) as LabelSet[]) {
    const lines = setLines(set);
    const missing = lines.filter((_, i) => !seen.has(`${set}:${lang}:${i + 1}`)).length;
    if (missing > 0) problems.push(`${set}:${lang}: ${missing} of ${lines.length} lines unlabelled`);
  }
  return { out, problems };
}

function main(): void {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/work/data/label10/out';
  const langs = readdirSync(dir)
    .filter((f) => /^[a-z]{2}\.jsonl$/.test(f))
    .map((f) => f.slice(0, 2))
    .sort();
  if (langs.length === 0) console.log(`no <lang>.jsonl in ${dir} yet`);
  for (const lang of langs) {
    const labels = readLines(join(dir, `${lang}.jsonl`)).map((l) => JSON.parse(l) as Label);
    const { out, problems } = joinLabels(lang, labels, (set) => readNumberedLines(join(ROOT, LABEL_SETS[set].file(lang))));
    for (const [folder, lines] of Object.entries(out)) {
      const target = join(ROOT, 'tests', 'urgent', folder);
      if (!existsSync(target)) mkdirSync(target, { recursive: true });
      if (lines.length > 0) writeFileSync(join(target, `${lang}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    }
    const urgent = [...out.ordinary, ...out['ordinary-train']].filter((l) => l.urgent);
    const counts = URGENT_CATEGORIES.map((c) => `${c} ${urgent.filter((l) => l.category === c).length}`).join(', ');
    console.log(
      `${lang}: ${out.ordinary.length} evaluation lines, ${out['ordinary-train'].length} training lines; urgent ${urgent.length} (${counts}); done marker ${existsSync(join(dir, `DONE-${lang}`)) ? 'present' : 'absent'}`,
    );
    for (const p of problems) console.log(`  ${p}`);
    // Unlabelled lines are expected while labels arrive; anything else is a wrong label.
    if (problems.some((p) => !p.endsWith('unlabelled'))) process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
