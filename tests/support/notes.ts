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
