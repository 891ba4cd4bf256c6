/**
 * `npm run eval:themes [-- FILE.jsonl …] [--errors] [--stars] [--labeller DIR]` — how well the analysis finds
 * the themes of a review (service, waiting, price, …) and their polarity.
 * With `--stars`, each line's `stars` (when it has them) go to the analysis as the review's rating,
 * as on a real page; without, the analysis reads the text alone.
 * With `--labeller DIR`, the "found" themes are not the analysis's but a second person's labels of
 * the same lines, read from DIR/<file name> (one {"themes": […]} per line, same order): the figures
 * are then the agreement of two people, the ceiling of what the gold labels can confirm.
 * Each line: {"text", "lang", "business"?, "themes": [{"theme", "polarity": -1|0|1}]}; theme ids
 * are the engine's THEME_IDS. Without a file it reads tests/themes/<lang>.jsonl for every language.
 *
 * Prints, per language and overall, per theme and in total: gold and found counts, precision and
 * recall of the theme itself, and of the theme with its polarity (a theme found with the wrong
 * polarity counts as a miss there). The last line is `themes: precision 0.NNN recall 0.NNN`
 * (theme with polarity, overall).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeReview } from '@/utils/analysis';
import { ANALYSIS_LANGUAGES, THEME_IDS, type ThemeHit, type ThemeId } from '@/utils/analysis/types';
import { ROOT } from '../support/browser';

interface Example {
  text: string;
  lang: string;
  stars?: number;
  themes: ThemeHit[];
}

function readThemes(file: string, i: number, themes: unknown): ThemeHit[] {
  if (!Array.isArray(themes)) throw new Error(`${file}:${i + 1}: needs "themes"`);
  for (const t of themes as ThemeHit[])
    if (!THEME_IDS.includes(t.theme) || ![-1, 0, 1].includes(t.polarity)) throw new Error(`${file}:${i + 1}: unknown theme ${JSON.stringify(t)}`);
  return themes as ThemeHit[];
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim());
}

function readJsonl(file: string): Example[] {
  return lines(file).map((line, i) => {
    const value = JSON.parse(line) as Partial<Example>;
    if (typeof value.text !== 'string' || typeof value.lang !== 'string') throw new Error(`${file}:${i + 1}: needs "text", "lang" and "themes"`);
    return { text: value.text, lang: value.lang, stars: typeof value.stars === 'number' ? value.stars : undefined, themes: readThemes(file, i, value.themes) };
  });
}

/** The gold lines of `file`, each with what was found: the analysis, or the second labeller's line. */
function withFound(file: string, labeller: string | undefined, stars: boolean): Array<{ example: Example; found: ThemeHit[] }> {
  const examples = readJsonl(file);
  if (labeller === undefined)
    return examples.map((example) => ({
      example,
      found: analyzeReview({ text: example.text, langHint: example.lang, rating: stars ? example.stars : undefined }).themes,
    }));
  const second = join(labeller, basename(file));
  const labels = lines(second).map((line, i) => readThemes(second, i, (JSON.parse(line) as { themes?: unknown }).themes));
  if (labels.length !== examples.length) throw new Error(`${second}: ${labels.length} lines, ${file} has ${examples.length}`);
  return examples.map((example, i) => ({ example, found: labels[i] ?? [] }));
}

interface Count {
  gold: number;
  found: number;
  /** Found and in the gold (theme only). */
  right: number;
  /** Found with the gold polarity. */
  rightPolarity: number;
}

const zero = (): Count => ({ gold: 0, found: 0, right: 0, rightPolarity: 0 });
const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const withStars = args.includes('--stars');
  const at = args.indexOf('--labeller');
  const labeller = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !labeller) throw new Error('--labeller needs a directory');
  const given = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  const files = given.length > 0 ? given : ANALYSIS_LANGUAGES.map((l) => join(ROOT, 'tests', 'themes', `${l}.jsonl`)).filter((f) => existsSync(f));
  const counts = new Map<string, Map<ThemeId | 'all', Count>>();
  const errors: string[] = [];
  const bump = (group: string, theme: ThemeId, key: keyof Count): void => {
    const byTheme = counts.get(group) ?? new Map<ThemeId | 'all', Count>();
    counts.set(group, byTheme);
    for (const t of [theme, 'all'] as const) {
      const c = byTheme.get(t) ?? zero();
      byTheme.set(t, c);
      c[key]++;
    }
  };
  for (const { example, found } of files.flatMap((file) => withFound(file, labeller, withStars))) {
    const gold = new Map(example.themes.map((t) => [t.theme, t.polarity]));
    for (const group of [example.lang, 'overall']) {
      for (const t of example.themes) bump(group, t.theme, 'gold');
      for (const t of found) {
        bump(group, t.theme, 'found');
        if (gold.has(t.theme)) bump(group, t.theme, 'right');
        if (gold.get(t.theme) === t.polarity) bump(group, t.theme, 'rightPolarity');
      }
    }
    const show = (list: ThemeHit[]): string => list.map((t) => `${t.polarity > 0 ? '+' : t.polarity < 0 ? '-' : '~'}${t.theme}`).join(' ') || '—';
    const same = found.length === example.themes.length && found.every((t) => gold.get(t.theme) === t.polarity);
    if (!same) errors.push(`[${example.lang}] gold ${show(example.themes)} | found ${show(found)} | ${example.text}`);
  }
  console.log(`${'lang'.padEnd(8)} ${'theme'.padEnd(12)} ${'gold'.padStart(5)} ${'found'.padStart(5)}   P(theme) R(theme)   P(+pol)  R(+pol)`);
  const groups = [...counts.keys()].sort((a, b) => (a === 'overall' ? 1 : b === 'overall' ? -1 : a.localeCompare(b)));
  for (const group of groups) {
    const byTheme = counts.get(group)!;
    for (const theme of [...THEME_IDS, 'all'] as const) {
      const c = byTheme.get(theme);
      if (!c) continue;
      console.log(
        `${group.padEnd(8)} ${theme.padEnd(12)} ${String(c.gold).padStart(5)} ${String(c.found).padStart(5)}   ${ratio(c.right, c.found).padStart(8)} ${ratio(c.right, c.gold).padStart(8)}   ${ratio(c.rightPolarity, c.found).padStart(7)} ${ratio(c.rightPolarity, c.gold).padStart(8)}`,
      );
    }
  }
  if (showErrors) console.log(`\nlines not read exactly (${errors.length}):\n${errors.join('\n')}`);
  const all = counts.get('overall')?.get('all') ?? zero();
  console.log(`themes: precision ${ratio(all.rightPolarity, all.found)} recall ${ratio(all.rightPolarity, all.gold)}`);
}

main();
