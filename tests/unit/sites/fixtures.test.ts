// @vitest-environment jsdom
/**
 * Every saved page against its expected records (`<page>.expected.json` beside it: every
 * field of every review, the business and the layout health), at a fixed capture time.
 */
import { describe, expect, it } from 'vitest';
import { siteById, siteForUrl } from '@/utils/sites/registry';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

describe.each(SITE_FIXTURES)('$file', (fixture) => {
  const doc = new DOMParser().parseFromString(renderFixture(fixture.file, { now: FIXED_NOW }), 'text/html');
  const adapter = siteById(fixture.site)!;
  const result = adapter.extract(doc, new URL(fixture.url), FIXED_NOW);

  it(`is served by the ${fixture.site} content script at its real address`, () => {
    expect(siteForUrl(fixture.url)?.id).toBe(fixture.site);
  });

  it(`yields ${fixture.reviews} reviews with status "${fixture.status}"`, () => {
    expect(result.capture?.reviews.length ?? 0).toBe(fixture.reviews);
    expect(result.health.status).toBe(fixture.status);
  });

  it('yields exactly the expected records', async () => {
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(`../../fixtures/${fixture.file.replace(/\.html$/, '.expected.json')}`);
  });

  it('never lets boilerplate into texts or dates', () => {
    for (const review of result.capture?.reviews ?? []) {
      const fields = [review.text, review.dateText ?? '', review.reply?.text ?? '', review.title ?? ''];
      for (const field of fields) {
        expect(field).not.toMatch(
          /subjective opinion|Date of stay|Trip type|Response from the owner|Ответ владельца|Business Owner|Read more|See more|^More$|Helpful|Useful \d/,
        );
      }
    }
  });
});
