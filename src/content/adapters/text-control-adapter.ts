import { type EditorKind, expectedAfter, type FieldAdapter } from './field-adapter';

/**
 * Textarea and text input. `execCommand('insertText')` goes through the browser's own editing,
 * so the native undo stack and the page's input listeners (React, Vue) see a normal edit.
 */
export class TextControlAdapter implements FieldAdapter {
  readonly kind: EditorKind;
  readonly document: Document;

  constructor(readonly element: HTMLTextAreaElement | HTMLInputElement) {
    this.kind = element instanceof HTMLTextAreaElement ? 'textarea' : 'input';
    this.document = element.ownerDocument;
  }

  readText(): string {
    return this.element.value;
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const el = this.element;
    const expected = expectedAfter(el.value, start, end, text);
    el.focus();
    el.setSelectionRange(start, end);
    const done = this.document.execCommand('insertText', false, text);
    if (!done || el.value !== expected) {
      // Last resort: keeps the text right, at the cost of the native undo entry.
      el.setRangeText(text, start, end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    return el.value === expected;
  }

  caretOffset(): number | null {
    return this.element.selectionStart;
  }

  select(start: number, end: number): void {
    this.element.focus();
    this.element.setSelectionRange(start, end);
  }
}
