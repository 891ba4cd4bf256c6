/**
 * What size the popup's text is rendered at, read in the page itself, for both browsers' suites:
 * Playwright runs the functions as they are (`page.evaluate(renderedTextSizes)`), Firefox's popup
 * (driven through its remote debugging protocol) as an expression (`inPage(renderedTextSizes)`).
 * The functions are self-contained: they are serialized into the page.
 */

export interface TextSize {
  text: string;
  px: number;
  where: string;
}

/** Smallest size any visible text may have (issue 13.3). */
export const MIN_TEXT_PX = 13;

/** Text that describes the business or a review (its metadata): never larger than the business's name. */
export const METADATA_SELECTOR =
  '[data-testid="group"], .business-head .role, [data-testid="freshness"] li, .stats li, .review-date, .review-site, .score-label';

/** Every visible text node (and form control) of the page with its rendered size; SVG text scaled as drawn. */
export function renderedTextSizes(): TextSize[] {
  const out: TextSize[] = [];
  const where = (el: Element): string => `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ').join('.')}`;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const el = node.parentElement;
    if (!text || !el || el.closest('.visually-hidden, option, script, style')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    const svg = el.closest('svg');
    const scale = svg ? (svg.getScreenCTM()?.a ?? 1) : 1;
    out.push({ text: text.slice(0, 40), px: parseFloat(style.fontSize) * scale, where: where(el) });
  }
  for (const control of document.querySelectorAll('select, input[type="text"], input[type="number"], textarea')) {
    const r = control.getBoundingClientRect();
    if (r.width > 1 && r.height > 1)
      out.push({ text: `<${control.tagName.toLowerCase()}>`, px: parseFloat(getComputedStyle(control).fontSize), where: where(control) });
  }
  return out;
}

/** The rendered font size of each visible element `selector` matches. */
export function fontSizesOf(selector: string): number[] {
  return [...document.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0).map((e) => parseFloat(getComputedStyle(e).fontSize));
}

/** A self-contained function and its JSON argument as one expression, for pages driven by expressions. */
export function inPage<A>(fn: (arg: A) => unknown, arg?: A): string {
  return `(${String(fn)})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}

/** The sizes found, grouped for a log line: "13 px: 84 (review-date, chip…), 14 px: 120 (…)". */
export function sizeSummary(sizes: readonly TextSize[]): string {
  const by = new Map<number, Set<string>>();
  for (const s of sizes) {
    const px = Math.round(s.px * 100) / 100;
    if (!by.has(px)) by.set(px, new Set());
    by.get(px)!.add(s.where.split('.').filter(Boolean).slice(0, 2).join('.'));
  }
  return [...by.entries()]
    .sort(([a], [b]) => a - b)
    .map(([px, where]) => `${px} px: ${sizes.filter((s) => Math.round(s.px * 100) / 100 === px).length} (${[...where].slice(0, 6).join(', ')})`)
    .join('; ');
}
