import type { FieldKind } from '../editable-fields';
import { ContentEditableAdapter } from './contenteditable-adapter';
import type { EditorKind, FieldAdapter } from './field-adapter';
import { TextControlAdapter } from './text-control-adapter';

/**
 * Rich editors recognised by the markup of their editable root. They all render a
 * contenteditable and take a synthetic paste through their own model (RECIPES.md), so they share
 * the contenteditable adapter; the kind is kept for the support matrix and the side panel.
 */
const RICH_EDITORS: ReadonlyArray<{ kind: EditorKind; selector: string }> = [
  { kind: 'ckeditor5', selector: '.ck-editor__editable, .ck-content[contenteditable]' },
  { kind: 'quill', selector: '.ql-editor' },
  { kind: 'prosemirror', selector: '.ProseMirror' },
  { kind: 'lexical', selector: '[data-lexical-editor]' },
  { kind: 'tinymce', selector: 'body#tinymce, body.mce-content-body' },
];

class RichEditorAdapter extends ContentEditableAdapter {
  constructor(element: HTMLElement, override readonly kind: EditorKind) {
    super(element);
  }
}

export function createAdapter(element: HTMLElement, kind: FieldKind): FieldAdapter {
  if (kind !== 'contenteditable') return new TextControlAdapter(element as HTMLTextAreaElement | HTMLInputElement);
  const rich = RICH_EDITORS.find((e) => element.matches(e.selector));
  return rich ? new RichEditorAdapter(element, rich.kind) : new ContentEditableAdapter(element);
}
