import { buildTextMap, domRange, StaticRangeReuse, type TextMap, textOffset } from '../text-map';
import { type EditorKind, expectedAfter, type FieldAdapter } from './field-adapter';

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/**
 * Any contenteditable, and the base of the rich-editor adapters. Replacing selects the range,
 * waits until the editor has taken in the selection, then offers the text as a synthetic paste:
 * CKEditor, Quill, ProseMirror, Lexical and TinyMCE all turn a paste into a change of their own
 * model with one undo step (Quill and TinyMCE need a little more: see their adapters).
 * Chromium's execCommand fires no beforeinput, so it is only the fallback for plain
 * contenteditables that ignore the paste. Firefox drops the clipboardData of a constructed
 * ClipboardEvent, so there every editor gets the fallback, whose beforeinput the editors with a
 * model of their own take as a change of that model.
 */
export class ContentEditableAdapter implements FieldAdapter {
  readonly kind: EditorKind = 'contenteditable';
  readonly document: Document;
  private map: TextMap | null = null;
  private mapVersion = -1;
  private version = 0;
  private readonly ranges = new StaticRangeReuse();

  constructor(readonly element: HTMLElement) {
    this.document = element.ownerDocument;
  }

  /** Call when the content changed (input, mutation): the text map is rebuilt lazily. */
  invalidate(): void {
    this.version++;
  }

  protected textMap(): TextMap {
    if (!this.map || this.mapVersion !== this.version) {
      this.map = buildTextMap(this.element);
      this.mapVersion = this.version;
      this.ranges.nextReading();
    }
    return this.map;
  }

  readText(): string {
    this.invalidate();
    return this.textMap().text;
  }

  rangeOf(start: number, end: number): AbstractRange | null {
    return this.ranges.range(this.textMap(), start, end);
  }

  offsetOf(node: Node, offset: number): number | null {
    return this.element.contains(node) ? textOffset(this.textMap(), node, offset) : null;
  }

  /**
   * The selection as the field sees it: inside a shadow root Chromium's document selection
   * points at the host, its shadow root's (non-standard) getSelection at the text.
   */
  protected selection(): Selection | null {
    const root = this.element.getRootNode() as (ShadowRoot & { getSelection?(): Selection | null }) | Document;
    return root instanceof ShadowRoot && root.getSelection ? root.getSelection() : this.document.getSelection();
  }

  caretOffset(): number | null {
    const sel = this.selection();
    if (!sel?.rangeCount || !sel.anchorNode) return null;
    return this.offsetOf(sel.anchorNode, sel.anchorOffset);
  }

  select(start: number, end: number): void {
    const range = domRange(buildTextMap(this.element), start, end);
    const selection = this.selection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /**
   * Selects a range and waits until the editor has taken it in: editors copy the DOM selection
   * into their model on `selectionchange`, which the browser fires in a later task. Without the
   * wait, CKEditor, ProseMirror and Lexical paste at their previous caret.
   */
  protected async selectAndSync(start: number, end: number): Promise<void> {
    const range = domRange(buildTextMap(this.element), start, end);
    const current = this.selection();
    // Already selected (after an undo, a double-click): CKEditor 5 can hold such a selection in a
    // state in which a paste leaves its text selected, and the next keystroke would overwrite
    // it. Selected afresh, as a worker would, the caret lands after the text.
    if (range && current?.rangeCount && sameRange(current.getRangeAt(0), range)) await this.selectAndWait(start, start);
    await this.selectAndWait(start, end);
  }

  private async selectAndWait(start: number, end: number): Promise<void> {
    const win = this.document.defaultView ?? window;
    const changed = new Promise<void>((resolve) => {
      const timer = win.setTimeout(resolve, 100);
      this.document.addEventListener('selectionchange', () => {
        win.clearTimeout(timer);
        resolve();
      }, { once: true });
    });
    this.select(start, end);
    await changed;
    await nextFrame(win);
  }

  /** What the synthetic paste carries: the text, and HTML for rich content. */
  protected pasteData(text: string, html?: string): DataTransfer {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html) data.setData('text/html', html);
    return data;
  }

  /** Offers the text to the editor as a paste; true when the page handled it. */
  private dispatchInsert(text: string, html?: string): boolean {
    const paste = new ClipboardEvent('paste', { clipboardData: this.pasteData(text, html), bubbles: true, cancelable: true });
    // Firefox drops a constructed event's clipboardData. An empty paste is not offered: Quill
    // takes it anyway, deletes the words and inserts nothing.
    if (paste.clipboardData?.getData('text/plain') !== text) return false;
    this.element.dispatchEvent(paste);
    return paste.defaultPrevented;
  }

  /** Runs before the insertion, after the focus moved back to the field (Quill waits out its undo grouping). */
  protected async beforeInsert(): Promise<void> {}

  /** Runs after the execCommand fallback inserted the text (TinyMCE records an undo level). */
  protected afterFallbackInsert(): void {}

  /** The field's text once the editor has applied a handled paste (some apply it a task later). */
  private async textAfterPaste(before: string): Promise<string> {
    const win = this.document.defaultView ?? window;
    for (let i = 0; i < 8; i++) {
      await nextFrame(win);
      const text = buildTextMap(this.element).text;
      if (text !== before) return text;
    }
    return before;
  }

  async replace(start: number, end: number, text: string, html?: string): Promise<boolean> {
    const before = buildTextMap(this.element).text;
    const expected = expectedAfter(before, start, end, text);
    this.element.focus(); // back from the card, whose button took the focus
    await this.beforeInsert();
    // Typing during the wait (Quill, ProseMirror) moved the text: the range is no longer ours to replace.
    if (buildTextMap(this.element).text !== before) return false;
    await this.selectAndSync(start, end);
    const handled = this.dispatchInsert(text, html);
    let after = handled ? await this.textAfterPaste(before) : before;
    if (!handled || (after === before && expected !== before)) {
      this.select(start, end);
      this.document.execCommand('insertText', false, text);
      this.afterFallbackInsert();
      after = buildTextMap(this.element).text;
    }
    this.invalidate();
    // Rich content (headings, lists) reads back with other line breaks than its plain text.
    if (html && handled) return after !== before;
    return normalize(after) === normalize(expected);
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

// Editors differ in trailing newlines and non-breaking spaces; compare what the worker reads.
function normalize(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}
