/** Half a screen above and below the viewport is drawn too, so scrolling shows underlines at once. */
const MARGIN = '50% 0px';

/**
 * Tells which highlight ranges are on screen. Chromium rebuilds the markers of every registered
 * highlight range after each change of the page and repaints their text, so a keystroke costs
 * in proportion to the ranges drawn: a long report draws only what can be seen (and half a
 * screen around it). An IntersectionObserver on the elements that hold the ranges answers
 * without forcing layout.
 */
export class OnScreenFilter {
  private readonly observer: IntersectionObserver | null;
  private readonly observed = new Set<Element>();
  private readonly offScreen = new WeakSet<Element>();
  /** Elements asked about since the last `forgetUnused`: the others hold no finding any more. */
  private readonly used = new Set<Element>();

  constructor(win: Window | null, onChange: () => void) {
    const IO = (win as (Window & typeof globalThis) | null)?.IntersectionObserver;
    this.observer = IO
      ? new IO((entries) => {
          let changed = false;
          for (const entry of entries) {
            const el = entry.target;
            if (!el.isConnected) {
              // The editor replaced it: stop watching, or the observer keeps it alive.
              this.forget(el);
              continue;
            }
            // An element without a box of its own (display: contents) never intersects: draw it.
            const box = entry.boundingClientRect;
            const shown = entry.isIntersecting || (box.width === 0 && box.height === 0);
            if (shown === this.offScreen.has(el)) {
              changed = true;
              if (shown) this.offScreen.delete(el);
              else this.offScreen.add(el);
            }
          }
          if (changed) onChange();
        }, { rootMargin: MARGIN })
      : null;
  }

  /** True until the observer has said otherwise: a new paragraph is drawn right away. */
  shows(range: AbstractRange): boolean {
    if (!this.observer) return true;
    const node = range.startContainer;
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el) return true;
    this.used.add(el);
    if (!this.observed.has(el)) {
      this.observed.add(el);
      this.observer.observe(el);
      return true;
    }
    return !this.offScreen.has(el);
  }

  /**
   * After a drawing pass: stops watching the elements no finding is in any more. An element the
   * editor removed while off screen brings no observer callback, and would be kept alive.
   */
  forgetUnused(): void {
    for (const el of this.observed) if (!this.used.has(el)) this.forget(el);
    this.used.clear();
  }

  private forget(el: Element): void {
    this.observer?.unobserve(el);
    this.observed.delete(el);
    this.offScreen.delete(el);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observed.clear();
  }
}
