/**
 * Which of many strings occur in a text, in one pass over it: an Aho-Corasick automaton over the
 * strings' own alphabet. A regex alternation of a thousand rule literals, or `includes` once per
 * phrase, costs the engine a third of its time on a long report; this costs a table lookup per
 * character. Strings are read in UTF-16 code units, as `includes` reads them.
 */
export class StringSetScanner {
  /** Per char code, its column in `child` (0: a character no string holds). */
  private readonly column: Uint8Array | Uint16Array;
  private readonly width: number;
  /**
   * Per node and column, the node one character further: the trie's own child, else where the
   * node's suffix link leads with that character (0: the root). A full transition table, so
   * reading a character is one lookup, never a walk along suffix links.
   */
  private readonly child: Uint16Array | Int32Array;
  /** Per node, the nearest node on its suffix chain (itself included) where strings end; 0: none. */
  private readonly report: Int32Array;
  /** Per node, the next node with strings ending on its suffix chain, below itself; 0: none. */
  private readonly below: Int32Array;
  /** Per node, the first string (id + 1) that ends exactly there; 0: none. */
  private readonly firstEnding: Int32Array;
  /** Per string id, the next string (id + 1) that ends at the same node; 0: none. */
  private readonly nextEnding: Int32Array;
  /** Per node, the scan that last reported it: each string is reported once per scan. */
  private readonly reported: Int32Array;
  private scans = 0;

  constructor(strings: readonly string[]) {
    const columns = new Map<number, number>();
    let chars = 0;
    for (const s of strings) {
      chars += s.length;
      for (let i = 0; i < s.length; i++) if (!columns.has(s.charCodeAt(i))) columns.set(s.charCodeAt(i), columns.size + 1);
    }
    const width = (this.width = columns.size + 1);
    const column = (this.column = width <= 256 ? new Uint8Array(65536) : new Uint16Array(65536));
    for (const [code, col] of columns) column[code] = col;

    // The trie, a node per distinct prefix (node 0 is the root): at most one per character.
    // Node numbers fit in 16 bits for all but huge sets: half the table to clear and to read.
    const child = chars < 0xffff ? new Uint16Array((chars + 1) * width) : new Int32Array((chars + 1) * width);
    const firstEnding = new Int32Array(chars + 1);
    const nextEnding = new Int32Array(strings.length);
    // Per node, how it was reached: for the suffix links, in order of depth.
    const parent = new Int32Array(chars + 1);
    const via = new Int32Array(chars + 1);
    const depth = new Int32Array(chars + 1);
    // Per node, its first child and the next of its parent's children: its own row's trie edges.
    const firstChild = new Int32Array(chars + 1);
    const nextSibling = new Int32Array(chars + 1);
    let deepest = 0;
    let count = 1;
    for (let id = 0; id < strings.length; id++) {
      const s = strings[id]!;
      if (!s) continue; // the empty string is in every text; nobody asks for it
      let node = 0;
      for (let i = 0; i < s.length; i++) {
        const slot = node * width + column[s.charCodeAt(i)]!;
        if (!child[slot]) {
          child[slot] = count;
          parent[count] = node;
          via[count] = column[s.charCodeAt(i)]!;
          depth[count] = i + 1;
          nextSibling[count] = firstChild[node]!;
          firstChild[node] = count;
          count++;
        }
        node = child[slot]!;
      }
      nextEnding[id] = firstEnding[node]!;
      firstEnding[node] = id + 1;
      if (s.length > deepest) deepest = s.length;
    }

    // Shallower nodes first: a node's suffix links are known before its children's.
    const atDepth = new Int32Array(deepest + 2);
    for (let node = 1; node < count; node++) atDepth[depth[node]! + 1]!++;
    for (let d = 1; d <= deepest + 1; d++) atDepth[d]! += atDepth[d - 1]!;
    const order = new Int32Array(count);
    for (let node = 1; node < count; node++) order[atDepth[depth[node]!]!++] = node;
    const fail = new Int32Array(count);
    const report = new Int32Array(count);
    const below = new Int32Array(count);
    for (let q = 0; q < count - 1; q++) {
      const node = order[q]!;
      const c = via[node]!;
      // The parent's suffix link has its complete row already: one lookup gives this node's.
      if (parent[node]) fail[node] = child[fail[parent[node]!]! * width + c]!;
      below[node] = report[fail[node]!]!;
      report[node] = firstEnding[node] ? node : below[node]!;
      // The suffix link's row (shallower, so already complete), then the node's own trie edges
      // over it: a copy of a row costs a page load far less than filling it entry by entry.
      const row = node * width;
      const linked = fail[node]! * width;
      child.copyWithin(row, linked, linked + width);
      for (let next = firstChild[node]!; next; next = nextSibling[next]!) child[row + via[next]!] = next;
    }
    this.child = child;
    this.report = report;
    this.below = below;
    this.firstEnding = firstEnding;
    this.nextEnding = nextEnding;
    this.reported = new Int32Array(count);
  }

  /** The node after reading a character in `col` at `node`. */
  private step(node: number, col: number): number {
    return col ? this.child[node * this.width + col]! : 0; // col 0: a character no string holds
  }

  /** Whether one of the strings occurs in `text`. */
  occursIn(text: string): boolean {
    const { column, report } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, column[text.charCodeAt(i)]!);
      if (report[node]) return true;
    }
    return false;
  }

  /** Appends to `found` the id of every string that occurs in `text`, each once. */
  scan(text: string, found: number[]): void {
    const { column, report, below, firstEnding, nextEnding, reported } = this;
    if (this.scans === 0x7fffffff) this.reported.fill((this.scans = 0));
    const scan = ++this.scans;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, column[text.charCodeAt(i)]!);
      // A node reported in this scan has had its whole suffix chain reported with it.
      for (let at = report[node]!; at && reported[at] !== scan; at = below[at]!) {
        reported[at] = scan;
        for (let id = firstEnding[at]!; id; id = nextEnding[id - 1]!) found.push(id - 1);
      }
    }
  }
}
