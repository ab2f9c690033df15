import { ContentEditableAdapter } from './contenteditable-adapter';
import type { EditorKind } from './field-adapter';

/** Quill's History module merges every change within `delay` (1000 ms by default) into one undo step. */
const QUILL_HISTORY_DELAY = 1000;

const sleep = (win: Window, ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));

/**
 * Quill 2 takes the synthetic paste through its clipboard module (one Delta, selection kept), but
 * its history merges the paste into the typing just before it when that was less than a second
 * ago, and Ctrl+Z would then wipe the typing too. The page's Quill object is out of reach of a
 * content script (no `history.cutoff()`), so the rewrite waits until the typing's undo group has
 * closed: no wait at all when the worker stopped typing a second ago, as is usual.
 */
export class QuillAdapter extends ContentEditableAdapter {
  override readonly kind: EditorKind = 'quill';
  /** Typing may have happened before we attached (the page was in use): count from now. */
  private lastInput = Date.now();

  constructor(element: HTMLElement) {
    super(element);
    element.addEventListener('input', () => {
      this.lastInput = Date.now();
    }, { capture: true, passive: true });
  }

  protected override async beforeInsert(): Promise<void> {
    const wait = this.lastInput + QUILL_HISTORY_DELAY + 20 - Date.now();
    if (wait > 0) await sleep(this.document.defaultView ?? window, wait);
  }
}
