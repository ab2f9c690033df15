/** Half a screen (or scroll box) above and below is drawn too, so scrolling shows underlines at once. */
const MARGIN = '50% 0px';

/** What a field scrolls in: its own scroll box, its frame's viewport, or (null) the page's. */
export type ScrollRoot = Element | Document | null;

/**
 * Tells which highlight ranges are on screen. Chromium rebuilds the markers of every registered
 * highlight range after each change of the page and repaints their text, so a keystroke costs
 * in proportion to the ranges drawn: a long report draws only what can be seen (and half a
 * screen around it). IntersectionObservers on the elements that hold the ranges answer without
 * forcing layout; one per scroll root, because a root margin only widens its own root.
 */
export class OnScreenFilter {
  private readonly IO: typeof IntersectionObserver | undefined;
  private readonly observers = new Map<ScrollRoot, IntersectionObserver>();
  /** The observer watching each element. */
  private readonly observed = new Map<Element, IntersectionObserver>();
  private readonly offScreen = new WeakSet<Element>();
  /** Elements asked about since the last `forgetUnused`: the others hold no finding any more. */
  private readonly used = new Set<Element>();
  /** An element was let go since the last look at the observers: one of them may watch nothing now. */
  private letGo = false;

  constructor(win: Window | null, private readonly onChange: () => void) {
    this.IO = (win as (Window & typeof globalThis) | null)?.IntersectionObserver;
  }

  private observerFor(root: ScrollRoot): IntersectionObserver {
    let observer = this.observers.get(root);
    if (!observer) {
      observer = new this.IO!((entries) => this.seen(entries), { root, rootMargin: MARGIN });
      this.observers.set(root, observer);
    }
    return observer;
  }

  private seen(entries: IntersectionObserverEntry[]): void {
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
    if (changed) this.onChange();
  }

  /** True until an observer has said otherwise: a new paragraph is drawn right away. */
  shows(range: AbstractRange, root: ScrollRoot = null): boolean {
    if (!this.IO) return true;
    const node = range.startContainer;
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el) return true;
    this.used.add(el);
    if (!this.observed.has(el)) {
      const observer = this.observerFor(root);
      observer.observe(el);
      this.observed.set(el, observer);
      return true;
    }
    return !this.offScreen.has(el);
  }

  /**
   * After a drawing pass: stops watching the elements no finding is in any more. An element the
   * editor removed while off screen brings no observer callback, and would be kept alive.
   */
  forgetUnused(): void {
    for (const el of this.observed.keys()) if (!this.used.has(el)) this.forget(el);
    this.used.clear();
    // An observer that watches nothing any more (its field went, with its scroll box or mirror)
    // would keep that root alive. Looked at only after a let-go: this runs at every key press.
    if (!this.letGo) return;
    this.letGo = false;
    const busy = new Set(this.observed.values());
    for (const [root, observer] of this.observers) {
      if (busy.has(observer)) continue;
      observer.disconnect();
      this.observers.delete(root);
    }
  }

  private forget(el: Element): void {
    this.observed.get(el)?.unobserve(el);
    this.observed.delete(el);
    this.offScreen.delete(el);
    this.letGo = true;
  }

  disconnect(): void {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    this.observed.clear();
  }
}
