// @vitest-environment jsdom
/**
 * Issue 12, point 1: a saved page of each site rewritten the way a redesign does it (card anchors
 * renamed or gone, new wrappers) while the header with its count and the review list stay. No card
 * can be read, and the page must say "layout changed", never "no reviews" — for every adapter.
 */
import { describe, expect, it } from 'vitest';
import { siteById } from '@/utils/sites/registry';
import { pageSaysReviews, readReviewSignals } from '@/utils/sites/review-signals';
import { healthOf, withReviewSignals } from '@/utils/sites/define-site';
import type { SiteId } from '@/utils/sites/types';
import { FIXED_NOW, renderFixture } from '../../support/fixtures';
import { SITE_FIXTURES } from '../../support/site-fixtures';

const REDESIGNS: Array<{ site: SiteId; page: string; from: string }> = [
  { site: 'yelp', page: 'yelp/redesign-de.html', from: 'yelp/cafe-de.html' },
  { site: 'google-maps', page: 'google-maps/redesign-zh.html', from: 'google-maps/teahouse-zh.html' },
  { site: 'tripadvisor', page: 'tripadvisor/redesign-ru.html', from: 'tripadvisor/restaurant-ru.html' },
  { site: 'booking', page: 'booking/redesign-en.html', from: 'booking/property-dialog-en.html' },
  { site: 'trustpilot', page: 'trustpilot/redesign-de.html', from: 'trustpilot/repair-de.html' },
  { site: 'yandex-maps', page: 'yandex-maps/redesign-tr.html', from: 'yandex-maps/restaurant-tr.html' },
  { site: '2gis', page: '2gis/redesign-kz.html', from: '2gis/clinic-kz.html' },
];

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Markup a test adds to a saved page, as nodes of that page. */
function nodes(doc: Document, html: string): Node[] {
  return Array.from(parse(`<!DOCTYPE html><html><body>${html}</body></html>`).body.childNodes).map((n) => doc.importNode(n, true));
}

function extract(site: SiteId, file: string, mutate?: (doc: Document) => void) {
  const fixture = SITE_FIXTURES.find((f) => f.file === file)!;
  const doc = parse(renderFixture(file, { now: FIXED_NOW }));
  mutate?.(doc);
  return siteById(site)!.extract(doc, new URL(fixture.url), FIXED_NOW);
}

describe.each(REDESIGNS)('$site: $page', ({ site, page, from }) => {
  it('is the same page as the one it was made from, header and all, but no card can be read: layout changed', () => {
    const before = extract(site, from);
    expect(before.health.status).toBe('ok');
    expect(before.capture!.reviews.length).toBeGreaterThan(0);
    const after = extract(site, page);
    expect(after.health).toMatchObject({ status: 'layout-changed', cardsRead: 0, looksLikeReviewPage: true });
    // The header is still read, so the popup can name the business beside the warning.
    expect(after.capture!.business).toEqual(before.capture!.business);
    expect(after.capture!.business.reviewCount).toBeGreaterThan(0);
    expect(after.capture!.reviews).toEqual([]);
  });

  it('says so from signs the card anchors do not share: the count in the page’s language, a reviews tab, heading or pager', () => {
    const signals = readReviewSignals(parse(renderFixture(page, { now: FIXED_NOW })));
    expect(signals.noneYet).toBe(false);
    expect(pageSaysReviews(signals)).toBe(true);
    expect(signals.count).toBeGreaterThan(0);
  });

  it('with the header’s count unread as well, the page’s own words still tell a redesign from an empty listing', () => {
    const fixture = SITE_FIXTURES.find((f) => f.file === page)!;
    const adapter = siteById(site)!;
    const doc = parse(renderFixture(page, { now: FIXED_NOW }));
    const url = new URL(fixture.url);
    const scan = adapter.scan(doc, url, FIXED_NOW);
    // What the adapter would have seen had the header's count also moved: a business, no count, no card.
    const blind = { ...scan, business: { ...scan.business!, reviewCount: undefined }, expectsReviews: false, status: undefined };
    expect(withReviewSignals(blind, doc, adapter.isReviewPage).expectsReviews).toBe(true);
    expect(healthOf(withReviewSignals(blind, doc, adapter.isReviewPage), 0).status).toBe('layout-changed');
    // The empty listing of the same site, seen the same way, stays without reviews.
    const empty = parse('<!DOCTYPE html><html><body><h1>Tacos El Rey</h1><h2>Reviews</h2><p>Be the first to review!</p></body></html>');
    expect(healthOf(withReviewSignals(blind, empty, adapter.isReviewPage), 0).status).toBe('no-reviews');
  });
});

describe('a page that says it has reviews is never "no reviews"', () => {
  it('a real listing without reviews stays "no reviews", even beside a neighbour’s "117 reviews"', () => {
    expect(extract('yelp', 'yelp/new-business.html').health.status).toBe('no-reviews');
    expect(extract('google-maps', 'google-maps/no-reviews.html').health.status).toBe('no-reviews');
    const yelp = extract('yelp', 'yelp/new-business.html', (doc) => {
      doc.querySelector('aside')!.append(...nodes(doc, '<div><a href="/biz/other-tacos-chicago">Other Tacos</a> <span>117 reviews</span></div>'));
    });
    expect(yelp.health.status).toBe('no-reviews');
  });

  it('the same listing whose header says "117 reviews" but shows none is a layout change', () => {
    const yelp = extract('yelp', 'yelp/new-business.html', (doc) => {
      doc
        .querySelector('h1')!
        .after(...nodes(doc, '<div><div aria-label="4 star rating" role="img"></div><span>4.1</span> <a href="#reviews">117 reviews</a></div>'));
      doc.querySelector('#reviews p')!.remove();
    });
    expect(yelp.health.status).toBe('layout-changed');
    expect(yelp.capture?.business.reviewCount).toBe(117);
    const google = extract('google-maps', 'google-maps/no-reviews.html', (doc) => {
      doc
        .querySelector('h1')!
        .after(
          ...nodes(
            doc,
            '<div class="F7nice"><span><span aria-hidden="true">4.6</span><span role="img" aria-label="4.6 stars"></span></span><span aria-label="117 reviews">(117)</span></div>',
          ),
        );
      for (const el of Array.from(doc.querySelectorAll('.fontBodyMedium > span, .fontHeadlineSmall'))) el.remove();
    });
    expect(google.health.status).toBe('layout-changed');
  });
});

describe('review signals in the pages’ languages', () => {
  const signalsOf = (html: string) => readReviewSignals(parse(`<!DOCTYPE html><html><body>${html}</body></html>`));
  it.each([
    ['<a href="#reviews">117 reviews</a>', 117],
    ['<span>(213 Beiträge)</span>', 213],
    ['<a href="#REVIEWS">Отзывов: 15 320</a>', 15_320],
    ['<div>1 087 оценок</div>', 1087],
    ['<span aria-label="1,083 則評論">(1,083)</span>', 1083],
    ['<div>512 条评价</div>', 512],
    ['<button role="tab">Reviews (117)</button>', 117],
    ['<span>1.208 değerlendirme</span>', 1208],
    ['<span>842 avis</span>', 842],
    ['<span>96 reseñas</span>', 96],
  ])('reads the count in %s', (html, count) => {
    expect(signalsOf(html).count).toBe(count);
  });

  it.each([
    '<p>Be the first to review!</p>',
    '<div>No reviews yet</div>',
    '<div>Нет отзывов</div>',
    '<div>暂无评价</div>',
    '<p>Noch keine Bewertungen</p>',
    '<p>Henüz yorum yok</p>',
  ])('hears "none yet" in %s', (html) => {
    const signals = signalsOf(`<h2>Reviews</h2>${html}`);
    expect(signals.noneYet).toBe(true);
    expect(pageSaysReviews(signals)).toBe(false);
  });

  it('finds a selected reviews tab, a reviews heading and a pager; a reviewer’s own count is no business count but still says reviews exist', () => {
    expect(
      signalsOf('<div role="tablist"><button role="tab" aria-selected="true" aria-label="Reviews for Cafe Uno">Reviews</button></div>').reviewsTabSelected,
    ).toBe(true);
    expect(signalsOf('<div role="tablist"><a role="tab" aria-selected="true">Отзывы 512</a></div>').reviewsTabSelected).toBe(true);
    expect(signalsOf('<div role="tablist"><button role="tab" aria-selected="true">Overview</button></div>').reviewsTabSelected).toBe(false);
    expect(signalsOf('<h2>Recommended Reviews</h2>').reviewsHeading).toBe(true);
    expect(signalsOf('<h2>Opening hours</h2>').reviewsHeading).toBe(false);
    expect(signalsOf('<nav><button aria-label="Next page">›</button></nav>').pager).toBe(true);
    expect(signalsOf('<a href="?start=10">Далее</a>').pager).toBe(true);
    expect(pageSaysReviews(signalsOf('<p>Open now · Italian</p>'))).toBe(false);
    const ld = readReviewSignals(
      parse(
        '<html><head><script type="application/ld+json">{"@type":"Restaurant","aggregateRating":{"ratingValue":"4.5","reviewCount":"384"}}</script></head><body></body></html>',
      ),
    );
    expect(ld.count).toBe(384);
  });
});
