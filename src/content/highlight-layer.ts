import { CATEGORIES, type Category } from '../analysis/types';
import { ACTIVE_HIGHLIGHT, CATEGORY_PRIORITY, highlightCss, highlightName } from './category-style';
import { OnScreenFilter, type ScrollRoot } from './on-screen-filter';

interface CategoryRange {
  category: Category;
  range: AbstractRange;
}

/**
 * Underlines in contenteditable and rich editors through the CSS Custom Highlight API: no
 * markup enters the editor's DOM, so its model never sees us. One Highlight per category per
 * document, shared by all fields of that document.
 */
export class HighlightLayer {
  private readonly byOwner = new Map<object, { ranges: CategoryRange[]; root: ScrollRoot }>();
  /** What each category's Highlight holds now: an unchanged list is not set again. */
  private readonly drawn = new Map<Category, AbstractRange[]>();
  private readonly highlights = new Map<Category, Highlight>();
  private readonly registry: HighlightRegistry | undefined;
  private readonly onScreen: OnScreenFilter;
  private readonly styled = new WeakSet<ShadowRoot>();

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    this.registry = win?.CSS?.highlights;
    this.onScreen = new OnScreenFilter(win, () => this.render());
    this.adoptStyle(doc);
  }

  /** `::highlight()` rules apply per tree scope: a field in a shadow root needs them there too. */
  styleFor(el: Element): void {
    const root = el.getRootNode();
    if (root instanceof ShadowRoot && !this.styled.has(root)) {
      this.styled.add(root);
      this.adoptStyle(root);
    }
  }

  private adoptStyle(root: Document | ShadowRoot): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    // A constructed sheet adds no element to the page.
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(highlightCss());
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      const style = this.doc.createElement('style');
      style.dataset.krachtcoach = 'highlights';
      style.textContent = highlightCss();
      if (root instanceof ShadowRoot) root.append(style);
      else (this.doc.head ?? this.doc.documentElement).append(style);
    }
  }

  /** Draws an owner's (a field's) ranges; `root` is what its text scrolls in (see scrollRootOf). */
  set(owner: object, ranges: CategoryRange[], root: ScrollRoot = null): void {
    if (!ranges.length) this.byOwner.delete(owner);
    else this.byOwner.set(owner, { ranges, root });
    this.render();
  }

  clear(owner: object): void {
    if (this.byOwner.delete(owner)) this.render();
  }

  destroy(): void {
    this.onScreen.disconnect();
  }

  setActive(range: AbstractRange | null): void {
    if (!this.registry) return;
    if (range) {
      const active = new Highlight(range);
      active.priority = CATEGORY_PRIORITY.length + 1; // above every category
      this.registry.set(ACTIVE_HIGHLIGHT, active);
    } else this.registry.delete(ACTIVE_HIGHLIGHT);
  }

  private render(): void {
    if (!this.registry) return;
    const grouped = new Map<Category, AbstractRange[]>();
    for (const { ranges, root } of this.byOwner.values()) {
      for (const { category, range } of ranges) {
        if (!this.onScreen.shows(range, root)) continue;
        let list = grouped.get(category);
        if (!list) grouped.set(category, (list = []));
        list.push(range);
      }
    }
    this.onScreen.forgetUnused();
    for (const category of CATEGORIES) {
      const ranges = grouped.get(category) ?? [];
      // A keystroke elsewhere leaves most categories as they were.
      const before = this.drawn.get(category) ?? [];
      if (sameRanges(before, ranges)) continue;
      this.drawn.set(category, ranges);
      this.update(category, before, ranges);
    }
  }

  /**
   * Each category keeps one registered Highlight, changed in place: only the ranges that came or
   * went are touched (ranges the adapter reuses keep their identity), and the categories keep
   * their stacking order (registering anew would move one on top of the others).
   */
  private update(category: Category, before: readonly AbstractRange[], ranges: readonly AbstractRange[]): void {
    let highlight = this.highlights.get(category);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = CATEGORY_PRIORITY.length - CATEGORY_PRIORITY.indexOf(category);
      this.highlights.set(category, highlight);
    }
    // Registered again if the page cleared the registry (CSS.highlights.clear()).
    if (this.registry!.get(highlightName(category)) !== highlight) this.registry!.set(highlightName(category), highlight);
    // Our own lists say what changed: a content script in Firefox cannot iterate the page's Highlight.
    const next = new Set(ranges);
    const had = new Set(before);
    for (const range of before) if (!next.has(range)) highlight.delete(range);
    for (const range of ranges) if (!had.has(range)) highlight.add(range);
  }
}

function sameRanges(a: readonly AbstractRange[], b: readonly AbstractRange[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.startContainer !== y.startContainer || x.startOffset !== y.startOffset || x.endContainer !== y.endContainer || x.endOffset !== y.endOffset) {
      return false;
    }
  }
  return true;
}
