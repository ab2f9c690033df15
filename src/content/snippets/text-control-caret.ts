/** The styles that decide where text wraps and how tall a line is. */
const COPIED = [
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontFamily', 'lineHeight',
  'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize', 'direction',
] as const;

/**
 * Where the caret of a textarea or text input is on screen (a box one line tall), kept inside
 * the field's visible box. A textarea has no ranges to measure, so a throwaway copy with the same
 * box and font lays the text out up to the caret; it is in the page for one layout only.
 */
export function textControlCaretRect(field: HTMLTextAreaElement | HTMLInputElement, offset: number): DOMRect {
  const doc = field.ownerDocument;
  const style = doc.defaultView!.getComputedStyle(field);
  const copy = doc.createElement('div');
  for (const p of COPIED) copy.style[p] = style[p];
  const multiline = field instanceof HTMLTextAreaElement;
  Object.assign(copy.style, {
    position: 'absolute',
    visibility: 'hidden',
    top: '0',
    left: '-10000px',
    boxSizing: 'border-box',
    // clientWidth leaves out a scroll bar, which the copy has none of.
    width: `${field.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`,
    overflow: 'hidden',
    whiteSpace: multiline ? 'pre-wrap' : 'pre',
    overflowWrap: multiline ? 'break-word' : 'normal',
  });
  copy.textContent = field.value.slice(0, offset);
  const marker = doc.createElement('span');
  marker.textContent = field.value.slice(offset, offset + 1) || '.';
  copy.append(marker);
  doc.documentElement.append(copy);
  const x = marker.offsetLeft, y = marker.offsetTop, lineHeight = marker.offsetHeight;
  copy.remove();

  const box = field.getBoundingClientRect();
  const left = box.left + field.clientLeft + x - field.scrollLeft;
  const top = box.top + field.clientTop + y - field.scrollTop;
  // A caret scrolled out of the field's view is shown at the field's nearest edge.
  const clampedTop = Math.max(box.top, Math.min(top, box.bottom - lineHeight));
  const clampedLeft = Math.max(box.left, Math.min(left, box.right));
  return new DOMRect(clampedLeft, clampedTop, 0, lineHeight);
}
