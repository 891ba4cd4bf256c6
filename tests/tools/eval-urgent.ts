/**
 * `npm run eval:urgent -- FILE.jsonl [FILE2.jsonl …]` — how well the analysis finds urgent reviews.
 * Each line: {"text", "lang", "urgent": true|false, "category"?, "evidence"?, "near_miss"?, "stars"?}; the
 * stars, when given, reach the analysis as the review's rating (as in the product).
 * Without a file it reads the development rounds, every .jsonl in tests/urgent/dev, dev2, dev3, ….
 * `--ordinary` reads tests/urgent/ordinary/*.jsonl: ordinary review pages' lines labelled for urgency by
 * people who never saw the detector (`npm run join:urgent-labels`), for evaluation only; `--no-borderline`
 * leaves out the lines they marked as a call either way.
 * `--unlabelled FILE.jsonl …` reads review lines with no urgency label (the sentiment sets): every flag
 * is counted and listed, an upper bound on the false alarms (a few of those reviews are incidents).
 *
 * Prints, per language and overall: recall (urgent lines found), precision (found lines that are
 * urgent), the near-miss false-positive rate (near misses flagged), and how often the category and
 * the evidence agree with the label on the lines found, and the share of non-urgent lines flagged; then
 * recall and precision per category; last a line `recall: 0.NNN precision: 0.NNN near-miss-fp: 0.NNN
 * non-urgent-flagged: 0.NNN`. `--errors` lists the misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '@/utils/analysis';
import { detectUrgent } from '@/utils/analysis/urgent';
import { URGENT_CATEGORIES, type UrgentCategory } from '@/utils/analysis/types';
import { ROOT } from '../support/browser';

interface Example {
  text: string;
  lang?: string;
  urgent: boolean;
  category?: UrgentCategory;
  evidence?: string;
  nearMiss: boolean;
  /** The reviewer's stars, when the line has them: the analysis reads them as the product does. */
  stars?: number;
  borderline: boolean;
  where: string;
}

function readJsonl(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
    .filter(({ line }) => line.trim())
    .map(({ line, where }) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (typeof value.text !== 'string' || typeof value.urgent !== 'boolean') throw new Error(`${where}: needs "text" and "urgent": true|false`);
      const category = value.category;
      if (value.urgent && !URGENT_CATEGORIES.includes(category as UrgentCategory))
        throw new Error(`${where}: an urgent line needs a "category" of ${URGENT_CATEGORIES.join('/')}`);
      return {
        text: value.text,
        lang: typeof value.lang === 'string' ? value.lang : undefined,
        urgent: value.urgent,
        category: value.urgent ? (category as UrgentCategory) : undefined,
        evidence: typeof value.evidence === 'string' ? value.evidence : undefined,
        nearMiss: value.near_miss === true,
        stars: typeof value.stars === 'number' ? value.stars : undefined,
        borderline: value.borderline === true,
        where,
      };
    });
}

/** The evidence agrees when one contains the other or they share a run of at least 8 characters (or half the shorter one). */
function evidenceAgrees(found: string, gold: string): boolean {
  const a = found.toLowerCase().replace(/\s+/g, ' ').trim();
  const b = gold.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const need = Math.min(8, Math.ceil(Math.min(a.length, b.length) / 2));
  for (let i = 0; i + need <= b.length; i++) if (a.includes(b.slice(i, i + need))) return true;
  return false;
}

interface Tally {
  lines: number;
  urgent: number;
  found: number;
  truePositives: number;
  nearMisses: number;
  nearMissFlagged: number;
  /** Lines labelled not urgent, and how many of them were flagged. */
  ordinary: number;
  ordinaryFlagged: number;
  categoryRight: number;
  evidenceChecked: number;
  evidenceRight: number;
}

const empty = (): Tally => ({
  lines: 0,
  urgent: 0,
  found: 0,
  truePositives: 0,
  nearMisses: 0,
  nearMissFlagged: 0,
  ordinary: 0,
  ordinaryFlagged: 0,
  categoryRight: 0,
  evidenceChecked: 0,
  evidenceRight: 0,
});
const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));

/**
 * Review lines without an urgency label (`{"text", "lang", "stars"?}`, the sentiment sets): how many the
 * detector flags, per language and category, and (with `--errors`) which. An upper bound on false
 * alarms: a few percent of ordinary reviews do report an incident.
 */
function unlabelled(files: readonly string[], list: boolean): void {
  const flagged: string[] = [];
  const perLang = new Map<string, { lines: number; flagged: number; byModel: number }>();
  const perCategory = new Map<string, number>();
  let lines = 0;
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (!line.trim()) return;
        const value = JSON.parse(line) as { text: string; lang?: string; stars?: number };
        const analysis = analyzeReview({ text: value.text, langHint: value.lang, rating: value.stars });
        const lang = value.lang ?? analysis.lang;
        const t = perLang.get(lang) ?? { lines: 0, flagged: 0, byModel: 0 };
        perLang.set(lang, t);
        t.lines++;
        lines++;
        const found = analysis.urgent;
        if (!found) return;
        const byPhrase = analysis.lang !== 'und' && detectUrgent(value.text, analysis.lang) !== undefined;
        t.flagged++;
        if (!byPhrase) t.byModel++;
        perCategory.set(found.category, (perCategory.get(found.category) ?? 0) + 1);
        flagged.push(`${file}:${i + 1}  ${found.category}${byPhrase ? '' : ' (model)'} ${value.stars ?? '-'}★: ${value.text}\n    evidence: ${found.evidence}`);
      });
  }
  for (const [lang, t] of [...perLang].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`${lang}  ${t.lines} lines, ${t.flagged} flagged (${ratio(t.flagged, t.lines)}; by the model ${t.byModel})`);
  console.log(`by category: ${[...perCategory].map(([c, n]) => `${c} ${n}`).join(' · ')}`);
  if (list) for (const f of flagged) console.log(f);
  console.log(`lines: ${lines} flagged: ${flagged.length} share: ${ratio(flagged.length, lines)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  let files = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--unlabelled')) {
    unlabelled(files, showErrors);
    return;
  }
  if (args.includes('--ordinary')) {
    const dir = join(ROOT, 'tests', 'urgent', 'ordinary');
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(dir, f));
  }
  if (files.length === 0) {
    // The development rounds: tests/urgent/dev, dev2, dev3, … (never the held-out files beside them).
    const root = join(ROOT, 'tests', 'urgent');
    files = readdirSync(root)
      .filter((d) => /^dev\d*$/.test(d))
      .sort()
      .flatMap((d) =>
        readdirSync(join(root, d))
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(root, d, f)),
      );
  }
  // `--no-borderline`: leave out the lines a labeller marked as a call either way (`"borderline": true`).
  const examples = files.flatMap(readJsonl).filter((e) => !(args.includes('--no-borderline') && e.borderline));
  const byLang = new Map<string, Tally>();
  const overall = empty();
  const byCategory = new Map<UrgentCategory, { gold: number; goldFound: number; predicted: number; predictedRight: number }>(
    URGENT_CATEGORIES.map((c) => [c, { gold: 0, goldFound: 0, predicted: 0, predictedRight: 0 }]),
  );
  const errors: string[] = [];
  // The trigger phrases alone, beside the whole detector (phrases, then the learned model): what the model adds.
  const phrases = new Map<string, { urgent: number; found: number; truePositives: number }>();
  const started = performance.now();
  for (const example of examples) {
    const analysis = analyzeReview({ text: example.text, langHint: example.lang, rating: example.stars });
    const found = analysis.urgent;
    const lang = example.lang ?? 'und';
    const byPhrase = analysis.lang === 'und' ? undefined : detectUrgent(example.text, analysis.lang);
    for (const key of [lang, 'overall']) {
      const p = phrases.get(key) ?? { urgent: 0, found: 0, truePositives: 0 };
      phrases.set(key, p);
      if (example.urgent) p.urgent++;
      if (byPhrase) p.found++;
      if (byPhrase && example.urgent) p.truePositives++;
    }
    const tally = byLang.get(lang) ?? empty();
    byLang.set(lang, tally);
    for (const t of [tally, overall]) {
      t.lines++;
      if (example.urgent) t.urgent++;
      if (found) t.found++;
      if (found && example.urgent) t.truePositives++;
      if (example.nearMiss) t.nearMisses++;
      if (example.nearMiss && found) t.nearMissFlagged++;
      if (!example.urgent) t.ordinary++;
      if (!example.urgent && found) t.ordinaryFlagged++;
      if (found && example.urgent && found.category === example.category) t.categoryRight++;
      if (found && example.urgent && example.evidence) {
        t.evidenceChecked++;
        if (evidenceAgrees(found.evidence, example.evidence)) t.evidenceRight++;
      }
    }
    if (example.category) {
      const c = byCategory.get(example.category)!;
      c.gold++;
      if (found?.category === example.category) c.goldFound++;
    }
    if (found) {
      const c = byCategory.get(found.category)!;
      c.predicted++;
      if (example.urgent && example.category === found.category) c.predictedRight++;
    }
    if (Boolean(found) !== example.urgent || (found && found.category !== example.category)) {
      const what = !found
        ? `missed ${example.category}`
        : !example.urgent
          ? `false ${found.category}${example.nearMiss ? ' (near miss)' : ''}`
          : `${found.category} instead of ${example.category}`;
      errors.push(`${example.where}  ${what}: ${example.text}${found ? `\n    evidence: ${found.evidence}` : ''}`);
    }
  }
  const elapsed = performance.now() - started;

  const head = ['', 'lines', 'urgent', 'recall', 'precision', 'near-miss-fp', 'non-urgent-flagged', 'category', 'evidence'];
  const row = (name: string, t: Tally): string[] => [
    name,
    String(t.lines),
    String(t.urgent),
    ratio(t.truePositives, t.urgent),
    ratio(t.truePositives, t.found),
    `${ratio(t.nearMissFlagged, t.nearMisses)} (${t.nearMissFlagged}/${t.nearMisses})`,
    `${ratio(t.ordinaryFlagged, t.ordinary)} (${t.ordinaryFlagged}/${t.ordinary})`,
    ratio(t.categoryRight, t.truePositives),
    ratio(t.evidenceRight, t.evidenceChecked),
  ];
  const table = [head, ...[...byLang.keys()].sort().map((lang) => row(lang, byLang.get(lang)!)), row('overall', overall)];
  const widths = head.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log('');
  console.log(['category'.padEnd(15), 'labelled', 'recall', 'flagged', 'precision'].join('  '));
  for (const [category, c] of byCategory)
    console.log(
      [
        category.padEnd(15),
        String(c.gold).padStart(8),
        ratio(c.goldFound, c.gold).padStart(6),
        String(c.predicted).padStart(7),
        ratio(c.predictedRight, c.predicted).padStart(9),
      ].join('  '),
    );
  console.log('');
  console.log(
    `phrases alone (recall / precision): ${[...phrases.keys()]
      .sort((a, b) => (a === 'overall' ? 1 : b === 'overall' ? -1 : a.localeCompare(b)))
      .map((key) => {
        const p = phrases.get(key)!;
        return `${key} ${ratio(p.truePositives, p.urgent)} / ${ratio(p.truePositives, p.found)}`;
      })
      .join(' · ')}`,
  );
  console.log('');
  console.log(`${examples.length} lines in ${elapsed.toFixed(0)} ms (full analysis per line)`);
  if (showErrors && errors.length > 0) {
    console.log('');
    for (const e of errors) console.log(e);
  }
  console.log(
    `recall: ${ratio(overall.truePositives, overall.urgent)} precision: ${ratio(overall.truePositives, overall.found)} near-miss-fp: ${ratio(overall.nearMissFlagged, overall.nearMisses)} non-urgent-flagged: ${ratio(overall.ordinaryFlagged, overall.ordinary)}`,
  );
}

main();
