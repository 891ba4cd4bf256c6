/**
 * `npm run eval:pages -- DIR` — the site readers against saved pages built by someone who never
 * saw them. DIR holds `<site>/<name>.html` with `<site>/<name>.json` beside each page:
 * `{url, lang, business: {name, rating, reviewCount}, reviews: [{author, stars, date, textStart,
 * hasOwnerReply}]}`, every visible card in page order. Prints, per page and per site, how many
 * cards were read and how many of each field came out right.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { siteForUrl } from '@/utils/sites/registry';
import type { CapturedReview, ExtractResult } from '@/utils/sites/types';

interface Expected {
  url: string;
  lang?: string;
  business: { name: string; rating?: number | null; reviewCount?: number | null };
  reviews: Array<{ author: string; stars: number; date: string; textStart: string; hasOwnerReply: boolean }>;
}

/** Letters and digits only, lower case: what two renderings of the same words share. */
function squeeze(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Tally {
  pages: number;
  matched: number;
  expected: number;
  read: number;
  found: number;
  author: number;
  stars: number;
  text: number;
  date: number;
  reply: number;
  business: number;
  rating: number;
  count: number;
  businessChecks: number;
  ratingChecks: number;
  countChecks: number;
}

const empty = (): Tally => ({
  pages: 0,
  matched: 0,
  expected: 0,
  read: 0,
  found: 0,
  author: 0,
  stars: 0,
  text: 0,
  date: 0,
  reply: 0,
  business: 0,
  rating: 0,
  count: 0,
  businessChecks: 0,
  ratingChecks: 0,
  countChecks: 0,
});

function findReview(reviews: CapturedReview[], textStart: string, author: string): CapturedReview | undefined {
  const start = squeeze(textStart).slice(0, 24);
  return (
    reviews.find((r) => start.length > 0 && squeeze(r.text).startsWith(start)) ??
    reviews.find((r) => start.length > 0 && squeeze(r.text).includes(start)) ??
    reviews.find((r) => squeeze(r.author) === squeeze(author))
  );
}

function evaluate(dir: string): void {
  const totals = new Map<string, Tally>();
  const now = Date.now();
  for (const site of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const tally = totals.get(site.name) ?? empty();
    totals.set(site.name, tally);
    for (const file of readdirSync(join(dir, site.name)).filter((f) => f.endsWith('.html'))) {
      const jsonPath = join(dir, site.name, file.replace(/\.html$/, '.json'));
      if (!existsSync(jsonPath)) continue;
      const want = JSON.parse(readFileSync(jsonPath, 'utf8')) as Expected;
      tally.pages++;
      tally.expected += want.reviews.length;
      const adapter = siteForUrl(want.url);
      const problems: string[] = [];
      let result: ExtractResult | undefined;
      if (!adapter) problems.push(`no reader for ${want.url}`);
      else {
        tally.matched++;
        const dom = new JSDOM(readFileSync(join(dir, site.name, file), 'utf8'), { url: want.url });
        try {
          result = adapter.extract(dom.window.document, new URL(want.url), now);
        } catch (e) {
          problems.push(`threw: ${(e as Error).message}`);
        }
        dom.window.close();
      }
      const got = result?.capture?.reviews ?? [];
      tally.read += got.length;
      for (const w of want.reviews) {
        const r = findReview(got, w.textStart, w.author);
        if (!r) {
          problems.push(`missed ${w.author}: ${w.textStart.slice(0, 30)}`);
          continue;
        }
        tally.found++;
        if (squeeze(r.author) === squeeze(w.author)) tally.author++;
        else problems.push(`author "${r.author}" ≠ "${w.author}"`);
        if (r.rating !== undefined && Math.round(r.rating) === w.stars) tally.stars++;
        else problems.push(`stars ${r.rating} ≠ ${w.stars} (${w.author})`);
        if (squeeze(r.text).startsWith(squeeze(w.textStart).slice(0, 24))) tally.text++;
        else problems.push(`text of ${w.author} starts "${r.text.slice(0, 30)}"`);
        if (r.dateText !== undefined && r.publishedAt !== undefined && squeeze(r.dateText).includes(squeeze(w.date))) tally.date++;
        else
          problems.push(
            `date "${r.dateText ?? ''}" (${r.publishedAt === undefined ? 'unread' : new Date(r.publishedAt).toISOString().slice(0, 10)}) ≠ "${w.date}"`,
          );
        if (Boolean(r.reply) === w.hasOwnerReply) tally.reply++;
        else problems.push(`reply ${Boolean(r.reply)} ≠ ${w.hasOwnerReply} (${w.author})`);
      }
      const business = result?.capture?.business;
      tally.businessChecks++;
      if (business && squeeze(business.name) === squeeze(want.business.name)) tally.business++;
      else problems.push(`business "${business?.name ?? ''}" ≠ "${want.business.name}"`);
      if (typeof want.business.rating === 'number') {
        tally.ratingChecks++;
        if (business?.rating !== undefined && Math.abs(business.rating - want.business.rating) < 0.051) tally.rating++;
        else problems.push(`rating ${business?.rating} ≠ ${want.business.rating}`);
      }
      if (typeof want.business.reviewCount === 'number') {
        tally.countChecks++;
        if (business?.reviewCount === want.business.reviewCount) tally.count++;
        else problems.push(`count ${business?.reviewCount} ≠ ${want.business.reviewCount}`);
      }
      const status = result?.health.status ?? 'none';
      console.log(`${site.name}/${file}: ${got.length} read of ${want.reviews.length} cards, status ${status}`);
      for (const p of problems) console.log(`    ${p}`);
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? '   —  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  console.log(`\n${'site'.padEnd(12)} pages  cards  found  author  stars   text   date  reply  business rating  count`);
  const all = empty();
  for (const [site, t] of totals) {
    for (const k of Object.keys(all) as Array<keyof Tally>) all[k] += t[k];
    console.log(
      `${site.padEnd(12)} ${String(t.pages).padStart(5)} ${String(t.expected).padStart(6)} ${pct(t.found, t.expected)} ${pct(t.author, t.found)} ${pct(t.stars, t.found)} ${pct(t.text, t.found)} ${pct(t.date, t.found)} ${pct(t.reply, t.found)} ${pct(t.business, t.businessChecks)} ${pct(t.rating, t.ratingChecks)} ${pct(t.count, t.countChecks)}`,
    );
  }
  console.log(
    `${'all'.padEnd(12)} ${String(all.pages).padStart(5)} ${String(all.expected).padStart(6)} ${pct(all.found, all.expected)} ${pct(all.author, all.found)} ${pct(all.stars, all.found)} ${pct(all.text, all.found)} ${pct(all.date, all.found)} ${pct(all.reply, all.found)} ${pct(all.business, all.businessChecks)} ${pct(all.rating, all.ratingChecks)} ${pct(all.count, all.countChecks)}`,
  );
  console.log(`(cards read in total: ${all.read}; found = expected cards matched to a read review by text or author)`);
}

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:pages -- DIR   (DIR/<site>/<name>.html + <name>.json)');
  process.exit(2);
}
evaluate(dir);
