/**
 * Plain text of a contenteditable element and the way back from text offsets to DOM positions.
 * Blocks (paragraphs, list items, headings, table cells) and <br> become line breaks, so the
 * engine sees paragraphs as the worker sees them.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface NodeSpan {
  node: Text;
  start: number;
}

export interface TextMap {
  text: string;
  nodes: NodeSpan[];
}

export function buildTextMap(root: HTMLElement): TextMap {
  const nodes: NodeSpan[] = [];
  // Pieces joined once at the end, with the length and last character kept on the side: asking a
  // growing string whether it ends with a line break flattens it, every block of a long report.
  const parts: string[] = [];
  let length = 0;
  let atLineStart = true;
  const add = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    atLineStart = piece.endsWith('\n');
  };
  const breakLine = () => {
    if (length && !atLineStart) add('\n');
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        nodes.push({ node: child as Text, start: length });
        add(data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as HTMLElement;
        if (SKIP_TAGS.has(el.tagName) || el.getAttribute('contenteditable') === 'false') continue;
        if (el.tagName === 'BR') {
          add('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(el.tagName);
        if (block) breakLine();
        walk(el);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  return { text: parts.join(''), nodes };
}

/** The text node and offset at a text position; positions between nodes belong to the later node. */
export function domPoint(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { nodes } = map;
  let lo = 0;
  let hi = nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  let span = nodes[found]!;
  // At the exact end of a node, a range end stays in that node rather than jumping ahead.
  if (preferEnd && span.start === offset && found > 0) {
    const prev = nodes[found - 1]!;
    if (prev.start + prev.node.data.length === offset) span = prev;
  }
  const within = offset - span.start;
  if (within > span.node.data.length) return null;
  return { node: span.node, offset: within };
}

/**
 * Static ranges kept from one reading of a field to the next. After a keystroke most findings
 * sit on the same text nodes at the same offsets; handing back the same objects spares a long
 * report hundreds of new ranges (and their garbage) per key press.
 */
export class StaticRangeReuse {
  private previous = new Map<Text, StaticRange[]>();
  private current = new Map<Text, StaticRange[]>();
  /** Whether ranges were asked for since the last reading (the safety check reads without drawing). */
  private asked = false;

  /** Call when the text map was read again: ranges not asked for since are let go. */
  nextReading(): void {
    if (!this.asked) return;
    this.asked = false;
    this.previous = this.current;
    this.current = new Map();
  }

  range(map: TextMap, start: number, end: number): StaticRange | null {
    this.asked = true;
    const a = domPoint(map, start);
    const b = domPoint(map, end, true);
    if (!a || !b) return null;
    if (a.node !== b.node) {
      return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
    }
    const node = a.node;
    const found = this.previous.get(node)?.find((r) => r.startOffset === a.offset && r.endOffset === b.offset);
    const range = found ?? new StaticRange({ startContainer: node, startOffset: a.offset, endContainer: node, endOffset: b.offset });
    let kept = this.current.get(node);
    if (!kept) this.current.set(node, (kept = []));
    kept.push(range);
    return range;
  }
}

/** A live Range from a static one, for measuring (getClientRects) and selecting. */
export function liveRange(range: AbstractRange): Range | null {
  try {
    const live = range.startContainer.ownerDocument!.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null; // the editor changed the nodes since
  }
}

/**
 * The text node and offset under a viewport point. Inside a shadow root the browser answers
 * with the host unless that root is named (`shadowRoots`).
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoot?: ShadowRoot): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y, shadowRoot ? { shadowRoots: [shadowRoot] } : undefined);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function domRange(map: TextMap, start: number, end: number): Range | null {
  const a = domPoint(map, start);
  const b = domPoint(map, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The text offset of a DOM position inside the mapped root (for the caret). */
export function textOffset(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const span = map.nodes.find((n) => n.node === node);
    return span ? span.start + offset : null;
  }
  const child = node.childNodes[offset];
  if (!child) {
    // After the last child: the end of the last text inside this node.
    let end: number | null = null;
    for (const n of map.nodes) if (node.contains(n.node)) end = n.start + n.node.data.length;
    return end ?? (node.contains(map.nodes[0]?.node ?? null) ? 0 : null);
  }
  for (const n of map.nodes) {
    if (child === n.node || child.contains(n.node)) return n.start;
  }
  return null;
}
