import { buildTextMap, domRange, type TextMap, textOffset } from '../text-map';
import { type EditorKind, expectedAfter, type FieldAdapter } from './field-adapter';

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/**
 * Any contenteditable, and the base of the rich-editor adapters. Replacing selects the range,
 * lets the editor take in the selection, then offers the text as a synthetic paste: CKEditor,
 * Quill, ProseMirror, Lexical and TinyMCE all turn a paste into a change of their own model with
 * one undo step. Chromium's execCommand fires no beforeinput, so it is only the fallback for
 * plain contenteditables that ignore the paste.
 */
export class ContentEditableAdapter implements FieldAdapter {
  readonly kind: EditorKind = 'contenteditable';
  readonly document: Document;
  private map: TextMap | null = null;
  private mapVersion = -1;
  private version = 0;

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
    }
    return this.map;
  }

  readText(): string {
    this.invalidate();
    return this.textMap().text;
  }

  rangeOf(start: number, end: number): Range | null {
    return domRange(this.textMap(), start, end);
  }

  caretOffset(): number | null {
    const sel = this.document.getSelection();
    if (!sel?.rangeCount || !this.element.contains(sel.anchorNode)) return null;
    return textOffset(this.textMap(), sel.anchorNode!, sel.anchorOffset);
  }

  select(start: number, end: number): void {
    const range = domRange(buildTextMap(this.element), start, end);
    const selection = this.document.getSelection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** Offers the text to the editor; true when the page handled it. */
  protected dispatchInsert(text: string): boolean {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    this.element.dispatchEvent(paste);
    return paste.defaultPrevented;
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const before = buildTextMap(this.element).text;
    const expected = expectedAfter(before, start, end, text);
    const win = this.document.defaultView ?? window;
    this.element.focus();
    this.select(start, end);
    await nextFrame(win); // editors sync their model selection on selectionchange
    const handled = this.dispatchInsert(text);
    if (handled) await nextFrame(win);
    let after = buildTextMap(this.element).text;
    if (!handled || (after === before && expected !== before)) {
      this.select(start, end);
      this.document.execCommand('insertText', false, text);
      after = buildTextMap(this.element).text;
    }
    this.invalidate();
    return normalize(after) === normalize(expected);
  }
}

// Editors differ in trailing newlines and non-breaking spaces; compare what the worker reads.
function normalize(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}
