import type { FieldKind } from '../editable-fields';
import { ContentEditableAdapter } from './contenteditable-adapter';
import { HistoryGroupingAdapter } from './history-grouping-adapter';
import type { EditorKind, FieldAdapter } from './field-adapter';
import { RichEditorAdapter } from './rich-editor-adapter';
import { TextControlAdapter } from './text-control-adapter';
import { TinyMceAdapter } from './tinymce-adapter';

/**
 * Rich editors recognised by the markup of their editable root, each with its adapter.
 * CKEditor 5 and Lexical take the base contenteditable path (select, let the editor take in the
 * selection, synthetic paste); Quill and ProseMirror wait out their undo grouping, TinyMCE needs
 * its own insertion (EDITORS.md).
 */
const RICH_EDITORS: ReadonlyArray<{ kind: EditorKind; selector: string; create(el: HTMLElement): FieldAdapter }> = [
  { kind: 'ckeditor5', selector: '.ck-editor__editable, .ck-content[contenteditable]', create: (el) => new RichEditorAdapter(el, 'ckeditor5') },
  // The default undo grouping delays of Quill's History module and ProseMirror's history plugin.
  { kind: 'quill', selector: '.ql-editor', create: (el) => new HistoryGroupingAdapter(el, 'quill', 1000) },
  { kind: 'prosemirror', selector: '.ProseMirror', create: (el) => new HistoryGroupingAdapter(el, 'prosemirror', 500) },
  { kind: 'lexical', selector: '[data-lexical-editor]', create: (el) => new RichEditorAdapter(el, 'lexical') },
  { kind: 'tinymce', selector: 'body#tinymce, body.mce-content-body', create: (el) => new TinyMceAdapter(el) },
];

export function createAdapter(element: HTMLElement, kind: FieldKind): FieldAdapter {
  if (kind !== 'contenteditable') return new TextControlAdapter(element as HTMLTextAreaElement | HTMLInputElement);
  const rich = RICH_EDITORS.find((e) => element.matches(e.selector));
  return rich ? rich.create(element) : new ContentEditableAdapter(element);
}
