/**
 * Small, forgiving DOM readers shared by the site adapters. Every function accepts
 * missing elements and never throws on odd markup.
 */

/** Selector lists are tried in order: semantic anchors first, hashed classes last. */
export type SelectorList = readonly string[];

export interface SelectorHit<E extends Element = Element> {
  element: E;
  index: number;
}

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the first selector in the list that matches anything. */
export function queryFirst(root: ParentNode | null | undefined, list: SelectorList): SelectorHit | null {
  if (!root) return null;
  for (let index = 0; index < list.length; index++) {
    const element = safeQuery(root, list[index]!);
    if (element) return { element, index };
  }
  return null;
}

/** All elements of the first selector in the list that matches anything. */
export function queryAllFirst(root: ParentNode | null | undefined, list: SelectorList): { elements: Element[]; index: number } {
  if (!root) return { elements: [], index: -1 };
  for (let index = 0; index < list.length; index++) {
    const elements = safeQueryAll(root, list[index]!);
    if (elements.length > 0) return { elements, index };
  }
  return { elements: [], index: -1 };
}

/** Keeps only elements that have no ancestor in the same list (outermost matches). */
export function outermost<E extends Element>(elements: readonly E[]): E[] {
  const set = new Set<Element>(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'svg', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'TABLE',
  'HEADER',
  'FOOTER',
]);

export interface ReadTextOptions {
  /** Elements matching this selector are left out (e.g. "More" links, labels). */
  skip?: string;
  /**
   * Characters read at most (default 21,000). A hostile or broken page can put megabytes into
   * one card; the background keeps 20,000 characters of a text, so reading stops soon after
   * that and the cost of a card (time and garbage) stays bounded.
   */
  maxLength?: number;
}

const READ_TEXT_MAX = 21_000;

export interface ReadTextResult {
  text: string;
  /** Reading stopped at `maxLength`: the element holds more than `text`. */
  cut: boolean;
}

function matchesSafe(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The visible text of an element as a reader sees it: `<br>` and block elements become
 * line breaks, buttons and scripts are left out, runs of spaces collapse.
 */
export function readText(el: Element | null | undefined, options: ReadTextOptions = {}): string {
  return readTextWithin(el, options).text;
}

/** `readText`, saying whether the element held more than was read. */
export function readTextWithin(el: Element | null | undefined, options: ReadTextOptions = {}): ReadTextResult {
  if (!el) return { text: '', cut: false };
  const parts: string[] = [];
  const max = options.maxLength ?? READ_TEXT_MAX;
  let length = 0;
  const walk = (node: Node): void => {
    if (length >= max) return;
    if (node.nodeType === 3) {
      const data = node as CharacterData;
      const value = data.length > max - length ? data.substringData(0, max - length) : (data.nodeValue ?? '');
      parts.push(value);
      length += value.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (SKIPPED_TAGS.has(tag) || element.getAttribute('role') === 'button') return;
    if (element.hasAttribute('hidden')) return;
    if (matchesSafe(element, options.skip)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(el);
  return { text: normalizeText(parts.join('')), cut: length >= max };
}

const LINE_BREAK = /\r\n?|\n/;
const SPACE_RUN = /[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Collapses spaces inside lines, trims lines, keeps at most one blank line between paragraphs.
 * One pass over the lines: a long text makes little garbage.
 */
export function normalizeText(text: string): string {
  const out: string[] = [];
  let blank = 0;
  for (const raw of text.split(LINE_BREAK)) {
    const line = raw.replace(SPACE_RUN, ' ').trim();
    if (!line) {
      blank++;
      continue;
    }
    if (out.length > 0) out.push(blank > 0 ? '\n\n' : '\n');
    out.push(line);
    blank = 0;
  }
  return out.join('');
}

const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Single-line text (labels, names, dates). */
export function readLine(el: Element | null | undefined): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(SPACES, ' ').trim();
}

export function attr(el: Element | null | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name);
  return value == null ? undefined : value.trim() || undefined;
}

/** The language hint of an element: its own or nearest ancestor's `lang`. */
export function langOf(el: Element | null | undefined): string | undefined {
  for (let e: Element | null | undefined = el; e; e = e.parentElement) {
    const lang = e.getAttribute('lang');
    if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang.trim())) return lang.trim();
  }
  return undefined;
}

/** Parses every `application/ld+json` block; broken JSON is skipped. */
export function readJsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of safeQueryAll(doc, 'script[type="application/ld+json"]')) {
    try {
      const value: unknown = JSON.parse(script.textContent ?? '');
      if (Array.isArray(value)) out.push(...(value as unknown[]));
      else if (value && typeof value === 'object' && Array.isArray((value as { '@graph'?: unknown })['@graph'])) {
        out.push(...(value as { '@graph': unknown[] })['@graph']);
      } else out.push(value);
    } catch {
      /* a broken block on the page is not our error */
    }
  }
  return out;
}

export interface TextElement {
  element: Element;
  /** The element's whole text on one line. */
  text: string;
}

/**
 * Elements that hold text directly (parents of non-blank text nodes), in page order, with
 * their text, skipping any longer than `maxLength`. One walk over the text nodes: cheap even
 * on cards with deep markup, unlike reading every element's textContent.
 */
export function textElements(root: Element, maxLength = 300): TextElement[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  const out: TextElement[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // A text node this long cannot be a label: skip it without reading it (it may be megabytes).
    if (!parent || seen.has(parent) || (node as CharacterData).length > maxLength * 2 || !node.nodeValue || !/\S/.test(node.nodeValue)) continue;
    seen.add(parent);
    const raw = parent.textContent ?? '';
    if (raw.length > maxLength * 2) continue;
    const text = raw.replace(SPACES, ' ').trim();
    if (text.length <= maxLength) out.push({ element: parent, text });
  }
  return out;
}

/** The first of several elements in document order (a reply's toggle and its opened block). */
export function firstInDocument(elements: ReadonlyArray<Element | undefined | null>): Element | undefined {
  let first: Element | undefined;
  for (const el of elements) {
    // DOCUMENT_POSITION_PRECEDING (2): `el` comes before `first`.
    if (el && (!first || (first.compareDocumentPosition(el) & 2) !== 0)) first = el;
  }
  return first;
}
