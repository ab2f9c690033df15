/** What the coach needs from a field, whatever editor renders it. One implementation per editor kind. */
export interface FieldAdapter {
  readonly element: HTMLElement;
  /** Editor kind, for the support matrix and the side panel. */
  readonly kind: EditorKind;
  /** The document that holds the editable content (an iframe's for TinyMCE). */
  readonly document: Document;
  readText(): string;
  /** DOM range of a text range, for contenteditable-based fields (static: for highlights). */
  rangeOf?(start: number, end: number): AbstractRange | null;
  /** Text offset of a DOM position inside the field, for contenteditable-based fields. */
  offsetOf?(node: Node, offset: number): number | null;
  /**
   * Replaces a text range through the editor itself, so its model and undo stack stay right.
   * Rich editors take `html` (paragraphs, lists) where given; plain fields take the text.
   * Resolves true when the field's text afterwards is what the replacement should give.
   */
  replace(start: number, end: number, text: string, html?: string): Promise<boolean>;
  /** Text offset of the caret, or null when the selection is elsewhere. */
  caretOffset(): number | null;
  /** Selects a text range (a placeholder after insertion). */
  select(start: number, end: number): void;
}

export type EditorKind = 'textarea' | 'input' | 'contenteditable' | 'ckeditor5' | 'tinymce' | 'quill' | 'prosemirror' | 'lexical';

export function expectedAfter(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}
