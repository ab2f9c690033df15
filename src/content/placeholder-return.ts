import type { FieldAdapter } from './adapters/field-adapter';

interface Placeholder {
  adapter: FieldAdapter;
  start: number;
  end: number;
  text: string;
}

/**
 * A rewrite applied from the side panel leaves its [placeholder] selected in the field, but the
 * keyboard stays in the panel: a browser gives an extension no way to hand focus back to the
 * page (os-input.spec.ts). The worker's click back into the placeholder would only place a caret
 * in it; this selects the whole placeholder on that first click, so typing replaces it, as after
 * a rewrite from the card. One click only, and only inside the placeholder: a click elsewhere
 * goes where the worker put it.
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
   * After a click in the page: selects the placeholder when the caret landed in it, unchanged.
   * A task later: a click inside the still selected placeholder collapses the selection only
   * after the click event (the browser keeps it until then for a drag).
   */
  onClick(): void {
    const p = this.waiting;
    this.waiting = null;
    if (!p) return;
    setTimeout(() => {
      if (!p.adapter.element.isConnected) return;
      const caret = p.adapter.caretOffset();
      if (caret === null || caret < p.start || caret > p.end) return;
      if (p.adapter.readText().slice(p.start, p.end) !== p.text) return;
      p.adapter.select(p.start, p.end);
    }, 0);
  }
}
