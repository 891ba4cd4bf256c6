/**
 * `npm run eval:themes [-- FILE.jsonl …] [--errors]` — how well the analysis finds the themes of a
 * review (service, waiting, price, …) and their polarity.
 * Each line: {"text", "lang", "business"?, "themes": [{"theme", "polarity": -1|0|1}]}; theme ids
 * are the engine's THEME_IDS. Without a file it reads tests/themes/<lang>.jsonl for every language.
 *
 * Prints, per language and overall, per theme and in total: gold and found counts, precision and
 * recall of the theme itself, and of the theme with its polarity (a theme found with the wrong
 * polarity counts as a miss there). The last line is `themes: precision 0.NNN recall 0.NNN`
 * (theme with polarity, overall).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '@/utils/analysis';
import { ANALYSIS_LANGUAGES, THEME_IDS, type ThemeHit, type ThemeId } from '@/utils/analysis/types';
import { ROOT } from '../support/browser';

interface Example {
  text: string;
  lang: string;
  themes: ThemeHit[];
}

function readJsonl(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line, i) => {
      const value = JSON.parse(line) as Partial<Example>;
      if (typeof value.text !== 'string' || typeof value.lang !== 'string' || !Array.isArray(value.themes))
        throw new Error(`${file}:${i + 1}: needs "text", "lang" and "themes"`);
      for (const t of value.themes)
        if (!THEME_IDS.includes(t.theme) || ![-1, 0, 1].includes(t.polarity)) throw new Error(`${file}:${i + 1}: unknown theme ${JSON.stringify(t)}`);
      return { text: value.text, lang: value.lang, themes: value.themes };
    });
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
  const given = args.filter((a) => !a.startsWith('--'));
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
  for (const example of files.flatMap(readJsonl)) {
    const found = analyzeReview({ text: example.text, langHint: example.lang }).themes;
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
