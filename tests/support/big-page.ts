/**
 * Large review pages for benchmarks and load tests: a saved page with its cards cloned to N,
 * each with its own id, author and text (so nothing dedupes), optionally with long texts.
 */
import { JSDOM } from 'jsdom';
import { twoGis } from '../../utils/sites/twogis';
import { renderFixture } from './fixtures';
import { SITE_FIXTURES } from './site-fixtures';

const CARD_SELECTOR: Record<string, string> = {
  'google-maps': 'div.jftiEf[data-review-id]',
  yelp: 'li.y-css-mu4kr5',
  tripadvisor: '[data-automation="reviewCard"]',
  booking: '[data-testid="review-card"]',
  trustpilot: 'article[data-service-review-card-paper]',
  'yandex-maps': '[role="listitem"][aria-posinset]',
  // 2GIS has no class to select its cards by: they are found as the adapter finds them.
  '2gis': '',
};

/** The card elements of a saved page, by selector or (2GIS) as the adapter finds them. */
function cardsOf(doc: Document, site: string, file: string, now: number): Element[] {
  if (site !== '2gis') return Array.from(doc.querySelectorAll(CARD_SELECTOR[site]!));
  const url = new URL(SITE_FIXTURES.find((f) => f.file === file)!.url);
  return twoGis.scan(doc, url, now).cards;
}

const WORDS =
  'the pasta was great but the wait was long and the waiter seemed tired although the dessert made up for it and we will come back soon with friends for dinner'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  const out: string[] = [];
  let n = seed;
  let size = -1;
  while (size < length) {
    n = (n * 1103515245 + 12345) % 2147483648;
    const word = WORDS[n % WORDS.length]!;
    out.push(word);
    size += word.length + 1;
  }
  return `${out.join(' ').slice(0, length)}.`;
}

export interface BigPageOptions {
  site: keyof typeof CARD_SELECTOR;
  file: string;
  cards: number;
  /** Characters of review text per card (default: the fixture's own texts). */
  textLength?: number;
  now: number;
}

export function buildBigPage(options: BigPageOptions): string {
  const dom = new JSDOM(renderFixture(options.file, { now: options.now }));
  const doc = dom.window.document;
  const templates = cardsOf(doc, options.site, options.file, options.now);
  const first = templates[0];
  if (!first?.parentElement) throw new Error(`no cards in ${options.file}`);
  const list = first.parentElement;
  // Ids differ from one saved page to another, so two big pages never share reviews.
  const salt = [...options.file].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 46_656, 7).toString(36);
  templates.forEach((card) => card.remove());
  doc.querySelector('template')?.remove();
  for (let i = 0; i < options.cards; i++) {
    const card = templates[i % templates.length]!.cloneNode(true) as Element;
    for (const el of [card, ...Array.from(card.querySelectorAll('[data-review-id]'))]) {
      if (el.hasAttribute('data-review-id')) el.setAttribute('data-review-id', `Ch${salt}${i.toString(36).padStart(6, '0')}bench`);
    }
    card
      .querySelectorAll('a[href*="ShowUserReviews"]')
      .forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace(/-r\d+-/, `-r${700000000 + parseInt(salt, 36) * 10_000 + i}-`)));
    card
      .querySelectorAll('a[href*="/reviews/"]')
      .forEach((a) => a.setAttribute('href', `/reviews/${(0xbe0000 + parseInt(salt, 36)).toString(16)}${i.toString(16).padStart(18, '0')}`));
    for (const author of Array.from(
      card.querySelectorAll(
        '.d4r55, .user-passport-info a, span a[href*="/Profile/"], [data-testid="review-avatar"] .e6208ee469, [data-consumer-name-typography], [itemprop="author"] [itemprop="name"], span[title]',
      ),
    ))
      author.textContent = `Reviewer ${i}`;
    card.querySelectorAll('a[href*="/maps/user/"]').forEach((a) => a.setAttribute('href', `https://yandex.ru/maps/user/bench${salt}${i.toString(36)}`));
    if (card.hasAttribute('aria-label')) card.setAttribute('aria-label', `Reviewer ${i}`);
    const text =
      card.querySelector(
        '.MyEned .wiI7pd, [data-testid="review-positive-text"] span[lang], span[lang], [data-test-target="review-body"] .yCeTE, p[data-service-review-text-typography], .spoiler-view__text-container',
      ) ??
      (options.site === '2gis' ? Array.from(card.querySelectorAll('a')).sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0] : null);
    if (text) text.textContent = options.textLength ? sentence(i + 1, options.textLength) : `${text.textContent} (${i})`;
    list.append(card);
  }
  return dom.serialize();
}
