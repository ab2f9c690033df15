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
  /** Its textContent, as Locator's toHaveText and toContainText read it. */
  text: string;
  /** Its text as rendered (innerText: text-transform applied, hidden parts left out). */
  innerText: string;
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
  // Focused: the page's focus is on the shadow root's host, and the root's on this element.
  const hostFocused = root instanceof ShadowRoot ? (root.host.getRootNode() as Document | ShadowRoot).activeElement === root.host : root.activeElement === this;
  return {
    text: this.textContent ?? '',
    innerText: (this as HTMLElement).innerText ?? this.textContent ?? '',
    attributes,
    focused: root.activeElement === this && hostFocused,
    visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
  };
}

/** The elements matching `selector` inside any shadow root of the page, in document order of the roots. */
export async function shadowQuery(page: Page, selector: string): Promise<ShadowElement[]> {
  return (await queryNodes(page, selector)).map(({ nodeId: _, ...el }) => el);
}

/** A node read a moment ago is gone: the coach changed its DOM while the test was reading it. */
const NODE_GONE = /Could not find node|No node with given id|Node with given id does not belong|Cannot find context with specified id/;

/**
 * As shadowQuery, with each element's node id (valid until the next DOM.getDocument). The card
 * may re-render between two CDP calls of one read; such a read is thrown away and done again, so
 * every answer is one consistent picture of the page.
 */
async function queryNodes(page: Page, selector: string): Promise<Array<ShadowElement & { nodeId: number }>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await queryNodesOnce(page, selector);
    } catch (e) {
      if (attempt >= 20 || !NODE_GONE.test(String(e))) throw e;
    }
  }
}

async function queryNodesOnce(page: Page, selector: string): Promise<Array<ShadowElement & { nodeId: number }>> {
  const cdp = await sessionOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const found: Array<ShadowElement & { nodeId: number }> = [];
  for (const rootId of shadowRootsOf(root)) {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: rootId, selector });
    for (const nodeId of nodeIds) {
      const info = (await callOn(cdp, nodeId, describe.toString())) as Omit<ShadowElement, 'box'>;
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
      found.push({ ...info, box, nodeId });
    }
  }
  return found;
}

/** Calls `functionDeclaration` on the node in its frame's page world (this = the element), with one argument. */
async function callOn(cdp: CDPSession, nodeId: number, functionDeclaration: string, arg?: unknown): Promise<unknown> {
  const { object } = await cdp.send('DOM.resolveNode', { nodeId });
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
  }
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

/**
 * The few things the tests do with a Playwright Locator, for elements in the coach's closed
 * shadow roots: found over CDP, acted on with the real mouse and keyboard. Its reads return
 * plain values, for `expect.poll`.
 */
export class ShadowLocator {
  constructor(
    private readonly page: Page,
    private readonly selector: string,
    private readonly pick: { hasText?: string | RegExp; index?: number } = {},
  ) {}

  getByTestId(testid: string): ShadowLocator {
    return new ShadowLocator(this.page, `${this.selector} [data-testid="${testid}"]`, {});
  }

  /** Its descendants matching `css`. */
  locator(css: string): ShadowLocator {
    return new ShadowLocator(this.page, `${this.selector} ${css}`, {});
  }

  filter({ hasText }: { hasText: string | RegExp }): ShadowLocator {
    return new ShadowLocator(this.page, this.selector, { ...this.pick, hasText });
  }

  nth(index: number): ShadowLocator {
    return new ShadowLocator(this.page, this.selector, { ...this.pick, index });
  }

  first(): ShadowLocator {
    return this.nth(0);
  }

  last(): ShadowLocator {
    return this.nth(-1);
  }

  /** Every element it stands for now (one, after nth/first/last). */
  async all(): Promise<ShadowElement[]> {
    const { hasText, index } = this.pick;
    let found = await shadowQuery(this.page, this.selector);
    if (hasText !== undefined) found = found.filter((e) => (typeof hasText === 'string' ? e.text.includes(hasText) : hasText.test(e.text)));
    if (index === undefined) return found;
    const one = found.at(index);
    return one ? [one] : [];
  }

  async count(): Promise<number> {
    return (await this.all()).length;
  }

  /** Whether it is there and rendered (the first one). */
  async isVisible(): Promise<boolean> {
    return (await this.all())[0]?.visible ?? false;
  }

  async isFocused(): Promise<boolean> {
    return (await this.all())[0]?.focused ?? false;
  }

  /** Its textContent (as Locator's toHaveText reads it), or null when it is not there. */
  async text(): Promise<string | null> {
    return (await this.all())[0]?.text ?? null;
  }

  /** Its text as rendered (innerText), or null when it is not there. */
  async innerText(): Promise<string | null> {
    return (await this.all())[0]?.innerText ?? null;
  }

  async texts(): Promise<string[]> {
    return (await this.all()).map((e) => e.text);
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.all())[0]?.attributes[name] ?? null;
  }

  async boundingBox(): Promise<ShadowElement['box']> {
    return (await this.all())[0]?.box ?? null;
  }

  /** Waits until it is there and rendered. */
  async waitFor(timeout = 10_000): Promise<ShadowElement> {
    const end = Date.now() + timeout;
    for (;;) {
      const el = (await this.all())[0];
      if (el?.visible && el.box) return el;
      if (Date.now() > end) throw new Error(`niet zichtbaar in een shadow root: ${this.selector} ${JSON.stringify(this.pick)}`);
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
  }

  /** Runs `fn` on the (first) element in its frame's page world, as Locator.evaluate does. */
  async evaluate<R, A = undefined>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    const { hasText, index } = this.pick;
    let found = await queryNodes(this.page, this.selector);
    if (hasText !== undefined) found = found.filter((e) => (typeof hasText === 'string' ? e.text.includes(hasText) : hasText.test(e.text)));
    const el = found.at(index ?? 0);
    if (!el) throw new Error(`niet gevonden in een shadow root: ${this.selector}`);
    const cdp = await sessionOf(this.page);
    return (await callOn(cdp, el.nodeId, `function (arg) { return (${fn.toString()})(this, arg); }`, arg)) as R;
  }

  /** A real click in its middle (a trusted click). */
  async click(): Promise<void> {
    const { box } = await this.waitFor();
    await this.page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  }

  /** A real click into it, then the worker's typing over what is there. */
  async fill(text: string): Promise<void> {
    await this.click();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text);
  }
}

/** The coach's elements with this data-testid, in the closed shadow roots of the page and its frames. */
export function inShadow(page: Page, testid: string): ShadowLocator {
  return new ShadowLocator(page, `[data-testid="${testid}"]`);
}
