/**
 * One saved page against what its builder says it shows (`<name>.json` beside `<name>.html`:
 * every visible card in page order, the business figures). Shared by `npm run eval:pages`
 * (pages nobody tuned the readers on, scored once) and the unit test that keeps the pages
 * already scored right.
 */
import { JSDOM } from 'jsdom';
import { siteForUrl } from '@/utils/sites/registry';
import type { CapturedReview, ExtractResult } from '@/utils/sites/types';

export interface PageExpectation {
  url: string;
  lang?: string;
  business: { name: string; rating?: number | null; reviewCount?: number | null };
  reviews: Array<{ author: string; stars: number; date: string; textStart: string; hasOwnerReply: boolean }>;
}

export const FIELDS = ['author', 'stars', 'text', 'date', 'reply'] as const;
export type Field = (typeof FIELDS)[number];

export interface PageCheck {
  matched: boolean;
  status: string;
  read: number;
  found: number;
  right: Record<Field, number>;
  business: { name: boolean; rating?: boolean; count?: boolean };
  problems: string[];
}

/** Letters and digits only, lower case: what two renderings of the same words share. */
function squeeze(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function findReview(reviews: CapturedReview[], textStart: string, author: string): CapturedReview | undefined {
  const start = squeeze(textStart).slice(0, 24);
  return (
    reviews.find((r) => start.length > 0 && squeeze(r.text).startsWith(start)) ??
    reviews.find((r) => start.length > 0 && squeeze(r.text).includes(start)) ??
    reviews.find((r) => squeeze(r.author) === squeeze(author))
  );
}

export function checkPage(html: string, want: PageExpectation, now: number): PageCheck {
  const check: PageCheck = {
    matched: false,
    status: 'none',
    read: 0,
    found: 0,
    right: { author: 0, stars: 0, text: 0, date: 0, reply: 0 },
    business: { name: false },
    problems: [],
  };
  const adapter = siteForUrl(want.url);
  let result: ExtractResult | undefined;
  if (!adapter) check.problems.push(`no reader for ${want.url}`);
  else {
    check.matched = true;
    const dom = new JSDOM(html, { url: want.url });
    try {
      result = adapter.extract(dom.window.document, new URL(want.url), now);
    } catch (e) {
      check.problems.push(`threw: ${(e as Error).message}`);
    }
    dom.window.close();
  }
  check.status = result?.health.status ?? 'none';
  const got = result?.capture?.reviews ?? [];
  check.read = got.length;
  for (const w of want.reviews) {
    const r = findReview(got, w.textStart, w.author);
    if (!r) {
      check.problems.push(`missed ${w.author}: ${w.textStart.slice(0, 30)}`);
      continue;
    }
    check.found++;
    const verdicts: Record<Field, [boolean, string]> = {
      author: [squeeze(r.author) === squeeze(w.author), `author "${r.author}" ≠ "${w.author}"`],
      // On ten-point sites the page's own score, halved (what the page's reader sees as stars).
      stars: [
        Math.round(r.siteScore !== undefined && r.scale === 10 ? r.siteScore / 2 : (r.rating ?? NaN)) === w.stars,
        `stars ${r.rating} ≠ ${w.stars} (${w.author})`,
      ],
      text: [squeeze(r.text).startsWith(squeeze(w.textStart).slice(0, 24)), `text of ${w.author} starts "${r.text.slice(0, 30)}"`],
      date: [
        r.dateText !== undefined && r.publishedAt !== undefined && squeeze(r.dateText).includes(squeeze(w.date)),
        `date "${r.dateText ?? ''}" (${r.publishedAt === undefined ? 'unread' : new Date(r.publishedAt).toISOString().slice(0, 10)}) ≠ "${w.date}"`,
      ],
      reply: [Boolean(r.reply) === w.hasOwnerReply, `reply ${Boolean(r.reply)} ≠ ${w.hasOwnerReply} (${w.author})`],
    };
    for (const field of FIELDS) {
      const [ok, problem] = verdicts[field];
      if (ok) check.right[field]++;
      else check.problems.push(problem);
    }
  }
  const business = result?.capture?.business;
  check.business.name = Boolean(business && squeeze(business.name) === squeeze(want.business.name));
  if (!check.business.name) check.problems.push(`business "${business?.name ?? ''}" ≠ "${want.business.name}"`);
  if (typeof want.business.rating === 'number') {
    const shown = business?.scale === 10 ? business.siteScore : business?.rating;
    check.business.rating = shown !== undefined && Math.abs(shown - want.business.rating) < 0.051;
    if (!check.business.rating) check.problems.push(`rating ${shown} ≠ ${want.business.rating}`);
  }
  if (typeof want.business.reviewCount === 'number') {
    check.business.count = business?.reviewCount === want.business.reviewCount;
    if (!check.business.count) check.problems.push(`count ${business?.reviewCount} ≠ ${want.business.reviewCount}`);
  }
  return check;
}
