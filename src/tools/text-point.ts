/**
 * Runs in the page (any driver's evaluate): the viewport point in the middle of `text` (its first
 * occurrence) in the field `selector`, for a click there. In editable content, the box of a range
 * over it; in a textarea or input, measured with the field's font on a canvas, on its first line.
 */
export function readTextPoint({ selector, text }: { selector: string; text: string }): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const at = el.value.indexOf(text);
    if (at < 0) return null;
    const style = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = style.font;
    const x = ctx.measureText(el.value.slice(0, at + (text.length >> 1))).width;
    const r = el.getBoundingClientRect();
    const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
    const y = el instanceof HTMLInputElement ? r.top + r.height / 2 : r.top + el.clientTop + Number.parseFloat(style.paddingTop) + line / 2;
    return { x: r.left + el.clientLeft + Number.parseFloat(style.paddingLeft) + x - el.scrollLeft, y };
  }
  if (!el) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}
