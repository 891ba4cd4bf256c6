/**
 * `npm run eval:pages -- DIR` — the site readers against saved pages built by someone who never
 * saw them. DIR holds `<site>/<name>.html` with `<site>/<name>.json` beside each page (see
 * tests/support/page-check.ts). Prints, per page and per site, how many cards were read and how
 * many of each field came out right. Without DIR: the unseen rounds kept in tests/fixtures/unseen/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage, FIELDS, type PageCheck, type PageExpectation } from '../support/page-check';
import { FIXTURES_DIR } from '../support/fixtures';

interface Tally {
  pages: number;
  expected: number;
  read: number;
  found: number;
  right: Record<(typeof FIELDS)[number], number>;
  name: [number, number];
  rating: [number, number];
  count: [number, number];
}

const empty = (): Tally => ({
  pages: 0,
  expected: 0,
  read: 0,
  found: 0,
  right: { author: 0, stars: 0, text: 0, date: 0, reply: 0 },
  name: [0, 0],
  rating: [0, 0],
  count: [0, 0],
});

function add(t: Tally, u: Tally): void {
  t.pages += u.pages;
  t.expected += u.expected;
  t.read += u.read;
  t.found += u.found;
  for (const f of FIELDS) t.right[f] += u.right[f];
  for (const k of ['name', 'rating', 'count'] as const) t[k] = [t[k][0] + u[k][0], t[k][1] + u[k][1]];
}

/** One page's check as a tally of its own, added to its site's like any other. */
function tallyOf(check: PageCheck, want: PageExpectation): Tally {
  const pair = (ok: boolean | undefined): [number, number] => (ok === undefined ? [0, 0] : [Number(ok), 1]);
  return {
    pages: 1,
    expected: want.reviews.length,
    read: check.read,
    found: check.found,
    right: { ...check.right },
    name: pair(check.business.name),
    rating: pair(check.business.rating),
    count: pair(check.business.count),
  };
}

const pct = (a: number, b: number) => (b === 0 ? '    —  ' : `${((100 * a) / b).toFixed(1).padStart(6)}%`);

function row(label: string, t: Tally): string {
  return `${label.padEnd(12)} ${String(t.pages).padStart(5)} ${String(t.expected).padStart(6)} ${pct(t.found, t.expected)} ${FIELDS.map((f) => pct(t.right[f], t.found)).join(' ')} ${pct(...t.name)} ${pct(...t.rating)} ${pct(...t.count)}`;
}

function evaluate(dir: string): void {
  const totals = new Map<string, Tally>();
  const now = Date.now();
  for (const site of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const tally = empty();
    totals.set(site.name, tally);
    for (const file of readdirSync(join(dir, site.name)).filter((f) => f.endsWith('.html'))) {
      const jsonPath = join(dir, site.name, file.replace(/\.html$/, '.json'));
      if (!existsSync(jsonPath)) continue;
      const want = JSON.parse(readFileSync(jsonPath, 'utf8')) as PageExpectation;
      const check = checkPage(readFileSync(join(dir, site.name, file), 'utf8'), want, now);
      add(tally, tallyOf(check, want));
      console.log(`${site.name}/${file}: ${check.read} read of ${want.reviews.length} cards, status ${check.status}`);
      for (const p of check.problems) console.log(`    ${p}`);
    }
  }
  console.log(`\n${'site'.padEnd(12)} pages  cards   found  ${FIELDS.map((f) => f.padStart(7)).join(' ')}    name  rating   count`);
  const all = empty();
  for (const [site, t] of totals) {
    add(all, t);
    console.log(row(site, t));
  }
  console.log(row('all', all));
  console.log(`(cards read in total: ${all.read}; found = expected cards matched to a read review by its text or author)`);
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  const unseen = join(FIXTURES_DIR, 'unseen');
  for (const round of readdirSync(unseen, { withFileTypes: true }).filter((d) => d.isDirectory())) dirs.push(join(unseen, round.name));
}
for (const dir of dirs) {
  console.log(`== ${dir}`);
  evaluate(dir);
}
