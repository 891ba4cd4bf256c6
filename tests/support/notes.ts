/**
 * Reading and clicking the on-page notes from a test. They live in closed shadow roots, which
 * page scripts (and Playwright's selectors) cannot enter; the DevTools protocol can.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface PageNote {
  /** The text of the review card the note is in (its own, without the note). */
  card: string;
  text: string;
  hideButton: number;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join(' ');
}

function find(node: DomNode, wanted: (n: DomNode) => boolean, path: DomNode[] = [], out: Array<{ node: DomNode; path: DomNode[] }> = []) {
  if (wanted(node)) out.push({ node, path });
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) find(child, wanted, [...path, node], out);
  return out;
}

/** Light-DOM text only: what the site itself shows. */
function lightText(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'review-sentinel-note' || node.localName === 'script' || node.localName === 'style') return '';
  return (node.children ?? []).map(lightText).join(' ');
}

async function session(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Every note on the page, with the text the owner sees. */
export async function pageNotes(page: Page): Promise<PageNote[]> {
  const cdp = await session(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return find(root, (n) => n.localName === 'review-sentinel-note').map(({ node, path }) => {
      const button = find(node, (n) => n.localName === 'button')[0]!.node;
      return {
        card: lightText(path.at(-1)!).replace(/\s+/g, ' ').trim(),
        text: textOf(node).replace(/\s+/g, ' ').trim(),
        hideButton: button.backendNodeId,
      };
    });
  } finally {
    await cdp.detach();
  }
}

/** Clicks a note's × the way the owner would (a real click at its position). */
export async function clickHide(page: Page, note: PageNote): Promise<void> {
  const cdp = await session(page);
  try {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: note.hideButton });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: note.hideButton })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await cdp.detach();
  }
}

export interface NoteLook {
  /** The text of the review card the note is in. */
  card: string;
  text: string;
  /** The note box's computed colours, as the browser paints them (`rgb(…)`). */
  background: string;
  color: string;
  /** The class of the note box (`note negative dark`…). */
  className: string;
}

/** The colours each note is painted in: computed styles read inside the closed shadow roots. */
export async function noteLooks(page: Page): Promise<NoteLook[]> {
  const cdp = await session(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const out: NoteLook[] = [];
    for (const { node, path } of find(root, (n) => n.localName === 'review-sentinel-note')) {
      const box = find(node, (n) => n.localName === 'div' && (n.attributes ?? []).some((a, i, all) => all[i - 1] === 'class' && /\bnote\b/.test(a)))[0]!.node;
      const attrs = box.attributes ?? [];
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: box.nodeId })) as {
        computedStyle: Array<{ name: string; value: string }>;
      };
      const style = (name: string): string => computedStyle.find((p) => p.name === name)?.value ?? '';
      out.push({
        card: lightText(path.findLast((n) => lightText(n).replace(/\s+/g, ' ').trim().length > 40) ?? path.at(-1)!)
          .replace(/\s+/g, ' ')
          .trim(),
        text: textOf(node).replace(/\s+/g, ' ').trim(),
        background: style('background-color'),
        color: style('color'),
        className: attrs[attrs.indexOf('class') + 1] ?? '',
      });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}
