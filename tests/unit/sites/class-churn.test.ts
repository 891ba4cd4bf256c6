// @vitest-environment jsdom
/**
 * A redesign that renames every hashed class. Each saved page has all its class names replaced
 * by new ones (as a site's CSS-module build does), and the adapter must still read every
 * review, field for field, through roles, `data-*` and `aria-*` attributes and text anchors.
 *
 * Left out, because there the class is the data: Tripadvisor's 2020–21 layout (nothing but
 * classes) and its legacy `ui_bubble_rating bubble_50` ratings, and Booking's server-rendered
 * review list (its BUI classes, `c-review-block`, are names, not hashes, and unchanged for years).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteById } from '@/utils/sites/registry';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

const CLASS_IS_DATA: Record<string, string[]> = {
  'tripadvisor/attraction-legacy.html': ['*'],
  'tripadvisor/hotel-en.html': ['rating'],
  'booking/reviewlist-legacy.html': ['*'],
};

const FIELDS = [
  'siteReviewId',
  'author',
  'rating',
  'title',
  'text',
  'truncated',
  'lang',
  'translated',
  'dateText',
  'publishedAt',
  'datePrecision',
  'reply',
  'url',
  'siteScore',
  'scale',
  'scoreWord',
  'liked',
  'disliked',
  'authorCountry',
  'stay',
] as const;

function renameEveryClass(doc: Document): number {
  const names = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const renamed = (el.getAttribute('class') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => {
        if (!names.has(name)) names.set(name, `x${names.size.toString(36)}Qz${(names.size * 7919).toString(36).slice(-3)}`);
        return names.get(name)!;
      });
    el.setAttribute('class', renamed.join(' '));
  }
  return names.size;
}

describe.each(SITE_FIXTURES.filter((f) => !CLASS_IS_DATA[f.file]?.includes('*')))('$file with every class renamed', (fixture) => {
  it('reads the same business and reviews, and the same status', () => {
    const expected = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', fixture.file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
      capture: { business: Record<string, unknown>; reviews: Array<Record<string, unknown>> } | null;
      health: { status: string };
    };
    const doc = new DOMParser().parseFromString(renderFixture(fixture.file, { now: FIXED_NOW }), 'text/html');
    expect(renameEveryClass(doc)).toBeGreaterThan(0);
    const { capture, health } = siteById(fixture.site)!.extract(doc, new URL(fixture.url), FIXED_NOW);
    expect(health.status).toBe(expected.health.status);
    expect(capture?.business).toEqual(expected.capture?.business);
    const skip = CLASS_IS_DATA[fixture.file] ?? [];
    const pick = (review: Record<string, unknown>) => Object.fromEntries(FIELDS.filter((f) => !skip.includes(f)).map((f) => [f, review[f]]));
    expect((capture?.reviews ?? []).map((r) => pick(r as unknown as Record<string, unknown>))).toEqual((expected.capture?.reviews ?? []).map(pick));
  });
});
