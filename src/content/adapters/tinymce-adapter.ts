import { ContentEditableAdapter } from './contenteditable-adapter';
import type { EditorKind } from './field-adapter';

/**
 * TinyMCE edits in an iframe (`body#tinymce`). A paste with only text/plain sends it down its
 * "paste bin" path, which waits for the browser's native paste and inserts a task later; with
 * text/html as well it inserts at once through its own pipeline (one undo level, plain text kept
 * plain). execCommand would insert but leave TinyMCE's undo stack behind.
 */
export class TinyMceAdapter extends ContentEditableAdapter {
  override readonly kind: EditorKind = 'tinymce';

  protected override pasteData(text: string, html?: string): DataTransfer {
    return super.pasteData(text, html ?? escapeHtml(text));
  }

  /**
   * Where the paste carries no data (Firefox), execCommand inserts but TinyMCE's undo manager
   * does not record it, and Ctrl+Z would jump past the typing before it. Announced as a
   * replacement of text (what a spell checker's suggestion is), TinyMCE adds an undo level.
   */
  protected override afterFallbackInsert(): void {
    const win = (this.document.defaultView ?? window) as Window & typeof globalThis;
    this.element.dispatchEvent(new win.InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}
