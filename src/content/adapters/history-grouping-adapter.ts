import { ContentEditableAdapter } from './contenteditable-adapter';
import type { EditorKind } from './field-adapter';

const sleep = (win: Window, ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));

/**
 * Editors whose history merges every change within a delay into one undo step: Quill's History
 * module (`delay`, 1000 ms) and ProseMirror's history plugin (`newGroupDelay`, 500 ms). A rewrite
 * chosen right after typing would join the typing's undo step, and one Ctrl+Z would wipe the
 * typing too. The page's editor object is out of reach of a content script (no
 * `history.cutoff()`, no `closeHistory`), so the rewrite waits until the typing's group has
 * closed: no wait at all when the worker stopped typing that long ago, as is usual.
 */
export class HistoryGroupingAdapter extends ContentEditableAdapter {
  /** Typing may have happened before we attached (the page was in use): count from now. */
  private lastInput = Date.now();

  constructor(element: HTMLElement, override readonly kind: EditorKind, private readonly groupDelayMs: number) {
    super(element);
    element.addEventListener('input', () => {
      this.lastInput = Date.now();
    }, { capture: true, passive: true });
  }

  protected override async beforeInsert(): Promise<void> {
    const wait = this.lastInput + this.groupDelayMs + 20 - Date.now();
    if (wait > 0) await sleep(this.document.defaultView ?? window, wait);
  }
}
