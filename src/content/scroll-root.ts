import type { ScrollRoot } from './on-screen-filter';

const SCROLLING = /(auto|scroll|overlay)/;

/**
 * The box a field's text scrolls in: the nearest element (the field itself included) that
 * scrolls vertically, else the frame's viewport for a field in an iframe, else the page's (null).
 * Read once per field: it asks for computed style.
 */
export function scrollRootOf(el: HTMLElement): ScrollRoot {
  const win = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && node !== el.ownerDocument.documentElement; node = node.parentElement) {
    if (node === el.ownerDocument.body) break;
    if (SCROLLING.test(win?.getComputedStyle(node).overflowY ?? '')) return node;
  }
  return win && win !== win.top ? el.ownerDocument : null;
}
