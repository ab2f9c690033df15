import type { FieldAdapter } from './adapters/field-adapter';
import { caretAt } from './text-map';

interface Placeholder {
  adapter: FieldAdapter;
  start: number;
  end: number;
  text: string;
}

/** What of a click decides whether it was on the placeholder: where it landed. */
export interface ClickPoint {
  /** The element clicked, inside shadow roots (deepTarget). */
  target: EventTarget | null;
  clientX: number;
  clientY: number;
}

/**
 * A rewrite applied from the side panel leaves its [placeholder] selected in the field, but the
 * keyboard stays in the panel: a browser gives an extension no way to hand focus back to the
 * page (os-input.spec.ts). The worker's click back into the placeholder would only place a caret
 * in it; this selects the whole placeholder on that first click, so typing replaces it, as after
 * a rewrite from the card. One click only, and only a click that landed on the placeholder
 * itself: a click anywhere else, above all in another field, goes where the worker put it and
 * the focus stays there.
 */
export class PlaceholderReturn {
  private waiting: Placeholder | null = null;

  remember(adapter: FieldAdapter, start: number, end: number): void {
    this.waiting = { adapter, start, end, text: adapter.readText().slice(start, end) };
  }

  forget(): void {
    this.waiting = null;
  }

  /**
   * After a click in the page: selects the placeholder when the click landed in it, unchanged.
   * A task later: a click inside the still selected placeholder collapses the selection only
   * after the click event (the browser keeps it until then for a drag).
   */
  onClick(click: ClickPoint): void {
    const p = this.waiting;
    this.waiting = null;
    if (!p || !landedIn(click.target, p.adapter.element)) return;
    // For editors with DOM text: the caret position under the click point itself.
    const pointed = pointedOffset(p.adapter, click);
    setTimeout(() => {
      const el = p.adapter.element;
      if (!el.isConnected || !focusedIn(el)) return;
      if (p.adapter.readText().slice(p.start, p.end) !== p.text) return;
      // A textarea or input tells no offset for a point: its caret, which the click just placed there.
      const caret = p.adapter.offsetOf ? pointed : collapsedCaret(el);
      if (caret === null || caret < p.start || caret > p.end) return;
      p.adapter.select(p.start, p.end);
    }, 0);
  }
}

/** Whether the click's own target is the field or inside it. */
function landedIn(target: EventTarget | null, field: HTMLElement): boolean {
  return target instanceof Node && (target === field || field.contains(target));
}

function pointedOffset(adapter: FieldAdapter, click: ClickPoint): number | null {
  if (!adapter.offsetOf) return null;
  const root = adapter.element.getRootNode();
  const caret = caretAt(adapter.document, click.clientX, click.clientY, root instanceof ShadowRoot ? root : undefined);
  return caret ? adapter.offsetOf(caret.node, caret.offset) : null;
}

/** Whether the focus is in the field (also when the field lives in a shadow root). */
function focusedIn(el: HTMLElement): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !!active && (active === el || el.contains(active));
}

/** The caret of a text field when nothing is selected (a click, not a drag). */
function collapsedCaret(el: HTMLElement): number | null {
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return null;
  return el.selectionStart !== null && el.selectionStart === el.selectionEnd ? el.selectionStart : null;
}
