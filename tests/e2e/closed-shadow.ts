import type { CDPSession, Page } from '@playwright/test';

/**
 * The coach's card, picker, form and overlay live in closed shadow roots, so no page script can
 * reach them, and Playwright's locators cannot either. The tests read them the way DevTools
 * does, over the Chrome DevTools Protocol (DOM.getDocument with pierce sees closed roots, in
 * frames too), and act on them only with real input (page.mouse, page.keyboard) at the boxes
 * read here. Nothing in the product opens a door for the tests.
 */

/** What a test may know of an element in a shadow root. */
export interface ShadowElement {
  text: string;
  attributes: Record<string, string>;
  /** Where it is on the page (viewport pixels of the top frame), or null when not rendered. */
  box: { x: number; y: number; width: number; height: number } | null;
  /** Whether it has the focus in its own shadow root. */
  focused: boolean;
  visible: boolean;
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  shadowRoots?: CdpNode[];
  children?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** Every shadow root in the page and its same-process frames, open or closed. */
function shadowRootsOf(node: CdpNode, out: number[] = []): number[] {
  for (const root of node.shadowRoots ?? []) {
    out.push(root.nodeId);
    shadowRootsOf(root, out);
  }
  for (const child of node.children ?? []) shadowRootsOf(child, out);
  if (node.contentDocument) shadowRootsOf(node.contentDocument, out);
  return out;
}

/** Runs in the page on the element: what ShadowElement says, except the box (read by CDP). */
function describe(this: Element) {
  const attributes: Record<string, string> = {};
  for (const a of Array.from(this.attributes)) attributes[a.name] = a.value;
  const root = this.getRootNode() as ShadowRoot | Document;
  const r = this.getBoundingClientRect();
  const style = getComputedStyle(this);
  return {
    text: (this as HTMLElement).innerText ?? this.textContent ?? '',
    attributes,
    focused: root.activeElement === this,
    visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
  };
}

/** The elements matching `selector` inside any shadow root of the page, in document order of the roots. */
export async function shadowQuery(page: Page, selector: string): Promise<ShadowElement[]> {
  const cdp = await sessionOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const found: ShadowElement[] = [];
  for (const rootId of shadowRootsOf(root)) {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: rootId, selector });
    for (const nodeId of nodeIds) {
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: describe.toString(),
        returnByValue: true,
      });
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
      const info = result.value as Omit<ShadowElement, 'box'>;
      let box: ShadowElement['box'] = null;
      try {
        const { quads } = await cdp.send('DOM.getContentQuads', { nodeId });
        const q = quads[0];
        if (q) {
          const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
          const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
          box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
        }
      } catch {
        // not rendered
      }
      found.push({ ...info, box });
    }
  }
  return found;
}

/** The elements with this data-testid in shadow roots (and any further CSS after it, e.g. `[aria-selected="true"]`). */
export function byTestId(page: Page, testid: string, more = ''): Promise<ShadowElement[]> {
  return shadowQuery(page, `[data-testid="${testid}"]${more}`);
}

/** How many elements with this data-testid the shadow roots hold. */
export async function countTestId(page: Page, testid: string, more = ''): Promise<number> {
  return (await byTestId(page, testid, more)).length;
}

/** The text of the nth element with this data-testid, or null when there is none. */
export async function textOfTestId(page: Page, testid: string, n = 0): Promise<string | null> {
  return (await byTestId(page, testid))[n]?.text ?? null;
}

/** Clicks the middle of the nth element with this data-testid with the real mouse (a trusted click). */
export async function clickTestId(page: Page, testid: string, n = 0, more = ''): Promise<void> {
  const el = (await byTestId(page, testid, more))[n];
  if (!el?.box) throw new Error(`geen zichtbaar element [data-testid="${testid}"]${more} (nr. ${n})`);
  await page.mouse.click(el.box.x + el.box.width / 2, el.box.y + el.box.height / 2);
}
