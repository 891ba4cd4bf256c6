/**
 * Saved pages built apart from the readers (tests/fixtures/unseen/round-N, by a writer who read
 * only SITES.md), scored once with `npm run eval:pages` before any fix (figures in the README),
 * then kept here: every card read, every field right, the business and its figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../support/fixtures';
import { checkPage, type PageExpectation } from '../../support/page-check';

/** The day the pages were saved: their relative dates ("gestern", "vor 5 Stunden") count from it. */
const SAVED_ON = Date.UTC(2026, 11, 2, 12);
const UNSEEN = join(FIXTURES_DIR, 'unseen');

const pages = readdirSync(UNSEEN).flatMap((round) =>
  readdirSync(join(UNSEEN, round)).flatMap((site) =>
    readdirSync(join(UNSEEN, round, site))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ name: `${round}/${site}/${f.replace(/\.json$/, '')}`, base: join(UNSEEN, round, site, f.replace(/\.json$/, '')) })),
  ),
);

describe.each(pages)('$name', ({ base }) => {
  const want = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as PageExpectation;
  const check = checkPage(readFileSync(`${base}.html`, 'utf8'), want, SAVED_ON);

  it('is read by its site at its address, every card and nothing else', () => {
    expect(check.matched).toBe(true);
    expect(check.status).toBe('ok');
    expect(check.read).toBe(want.reviews.length);
    expect(check.found).toBe(want.reviews.length);
  });

  it('gives every field of every review and the business as the page shows them', () => {
    expect(check.problems).toEqual([]);
  });
});

it('holds pages of all seven sites', () => {
  expect(new Set(pages.map((p) => p.name.split('/')[1]))).toEqual(
    new Set(['google-maps', 'yelp', 'tripadvisor', 'booking', 'trustpilot', 'yandex-maps', '2gis']),
  );
});
