import type { FieldAdapter } from '../adapters/field-adapter';
import { textControlCaretRect } from './text-control-caret';

/** Where a form or picker opens: at the caret, or at the top of the field when there is none to measure. */
function anchorFor(adapter: FieldAdapter): DOMRect {
  const field = adapter.element;
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    return textControlCaretRect(field, adapter.caretOffset() ?? field.value.length);
  }
  const sel = adapter.document.getSelection();
  if (adapter.rangeOf && sel?.rangeCount) {
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    if (rect.width || rect.height) return rect;
  }
  const r = field.getBoundingClientRect();
  return new DOMRect(r.left, r.top, r.width, Math.min(r.height, 40));
}

/**
 * Where the picker and the form open: in the top document the content script can reach, with the
 * anchor moved out of the frames on the way, so an editor in a small iframe (TinyMCE) does not
 * cut them off.
 */
export function overlayPlace(adapter: FieldAdapter): { doc: Document; anchor: DOMRect } {
  let doc = adapter.document;
  let { left, top, width, height } = anchorFor(adapter);
  for (;;) {
    let frame: Element | null = null;
    try {
      frame = doc.defaultView?.frameElement ?? null; // null, or a throw, across origins
    } catch {
      frame = null;
    }
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    left += r.left + frame.clientLeft;
    top += r.top + frame.clientTop;
    doc = frame.ownerDocument;
  }
  return { doc, anchor: new DOMRect(left, top, width, height) };
}
