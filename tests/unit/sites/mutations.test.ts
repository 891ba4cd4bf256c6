// @vitest-environment jsdom
/**
 * Adapters never throw and never yield half a record. Every saved page is mutated at random —
 * nodes removed, duplicated, moved, wrapped, texts cut or replaced with hostile strings, garbage
 * attributes, enormous numbers — and whatever an adapter returns must pass the background's
 * own validation whole: valid records, or none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteById } from '@/utils/sites/registry';
import { validateCaptureMessage } from '@/utils/validate';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:alert(1)',
  'https://evil.example/biz/x?hrid=1',
  '//evil.example/ShowUserReviews-g1-d2-r3-x.html',
  '\u202Egnp.exe\u202C',
  '9'.repeat(40),
  '-1',
  '',
  ' ',
  '★★★★★★★★★★',
  '😀'.repeat(50),
  'x'.repeat(30_000),
];
const ATTRIBUTES = ['aria-label', 'class', 'data-review-id', 'href', 'lang', 'content', 'datetime', 'title', 'id', 'data-testid', 'jsaction'];

type Mutation =
  | { kind: 'remove' | 'duplicate' | 'move' | 'wrap' | 'huge-number'; at: number }
  | { kind: 'cut'; at: number; keep: number }
  | { kind: 'text'; at: number; value: string }
  | { kind: 'attribute'; at: number; name: string; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('remove', 'duplicate', 'move', 'wrap', 'huge-number' as const), at: fc.nat() }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), keep: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 60 })) }),
  fc.record({
    kind: fc.constant('attribute' as const),
    at: fc.nat(),
    name: fc.constantFrom(...ATTRIBUTES),
    value: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 })),
  }),
);

function apply(doc: Document, m: Mutation): void {
  const all = doc.body.querySelectorAll('*');
  if (all.length === 0) return;
  const el = all[m.at % all.length]!;
  switch (m.kind) {
    case 'remove':
      el.remove();
      break;
    case 'duplicate':
      el.after(el.cloneNode(true));
      break;
    case 'move':
      (el.parentElement?.firstElementChild ?? el).before(el);
      break;
    case 'wrap': {
      const wrapper = doc.createElement('div');
      wrapper.className = 'x7Yq2';
      el.before(wrapper);
      wrapper.append(el);
      break;
    }
    case 'huge-number':
      for (const node of Array.from(el.childNodes))
        if (node.nodeType === 3) node.textContent = (node.textContent ?? '').replace(/\d+/g, '99999999999999999999');
      break;
    case 'cut':
      el.textContent = (el.textContent ?? '').slice(0, m.keep);
      break;
    case 'text':
      el.textContent = m.value;
      break;
    case 'attribute':
      el.setAttribute(m.name, m.value);
      break;
  }
}

describe.each(SITE_FIXTURES)('$file, mutated', (fixture) => {
  const html = renderFixture(fixture.file, { now: FIXED_NOW });
  const adapter = siteById(fixture.site)!;

  it('yields valid records or none, never an exception', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (const m of mutations) apply(doc, m);
        const result = adapter.extract(doc, new URL(fixture.url), FIXED_NOW);
        const message = { type: 'capture:page', visitId: 'v1', site: fixture.site, pageUrl: fixture.url, capture: result.capture, health: result.health };
        const checked = validateCaptureMessage(message, FIXED_NOW);
        if (!checked.ok) throw new Error(`invalid capture: ${checked.reason}`);
        // A review the background would drop is a half record the adapter should not have made.
        expect(checked.value.rejected.map((r) => `${r.reason}: ${JSON.stringify(result.capture!.reviews[r.index]).slice(0, 300)}`)).toEqual([]);
        for (const review of result.capture?.reviews ?? []) {
          expect(review.siteReviewId.length).toBeGreaterThan(0);
          expect(review.author.trim().length).toBeGreaterThan(0);
        }
      }),
      // FC_RUNS=200 npx vitest run tests/unit/sites/mutations.test.ts --testTimeout=120000 searches longer; CI runs a fixed seed.
      { numRuns: Number(process.env.FC_RUNS ?? 15), seed: process.env.FC_RUNS ? undefined : 20261122 },
    );
  });
});
