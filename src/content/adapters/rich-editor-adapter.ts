import { ContentEditableAdapter } from './contenteditable-adapter';
import type { EditorKind } from './field-adapter';

/**
 * CKEditor 5 and Lexical: the base contenteditable path works as is (the synthetic paste, or in
 * Firefox the execCommand fallback's beforeinput, becomes one change of their own model and one
 * undo step); the kind is kept for the support matrix and the side panel.
 */
export class RichEditorAdapter extends ContentEditableAdapter {
  constructor(element: HTMLElement, override readonly kind: EditorKind) {
    super(element);
  }
}
