import type { Category } from '../analysis/types';
import { CATEGORY_PRIORITY, decoration } from './category-style';

export interface OverlayMark {
  start: number;
  end: number;
  category: Category;
  /** Index of the finding, to find it back on hover. */
  index: number;
}

const COPIED = [
  'box-sizing', 'width', 'height', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'font-stretch', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align',
  'direction', 'tab-size', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width',
  'border-right-width', 'border-bottom-width', 'border-left-width',
] as const;

/**
 * Textareas and inputs cannot host Custom Highlights: a mirror with the same box, font and
 * scroll position lies over the field, its text transparent and only the findings underlined.
 * It lives in a shadow root outside the field and ignores the pointer.
 */
export class TextareaOverlay {
  private readonly host: HTMLElement;
  private readonly mirror: HTMLDivElement;
  private readonly observer: ResizeObserver;
  private spans: HTMLSpanElement[] = [];
  private frame = 0;
  private readonly onScroll = () => this.schedulePosition();

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {
    const doc = field.ownerDocument;
    this.host = doc.createElement('krachtcoach-overlay');
    this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483000;pointer-events:none;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.mirror = doc.createElement('div');
    shadow.append(this.mirror);
    doc.documentElement.append(this.host);
    this.observer = new ResizeObserver(() => this.schedulePosition());
    this.observer.observe(field);
    field.addEventListener('scroll', this.onScroll);
    doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', this.onScroll);
    this.position();
  }

  render(text: string, marks: readonly OverlayMark[]): void {
    const doc = this.field.ownerDocument;
    const frag = doc.createDocumentFragment();
    this.spans = [];
    // Overlapping findings: cut the text at every boundary and draw the highest-priority one.
    const cuts = new Set<number>([0, text.length]);
    for (const m of marks) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const covering = marks.filter((m) => m.start <= a && b <= m.end);
      const piece = text.slice(a, b);
      if (!covering.length) {
        frag.append(piece);
        continue;
      }
      covering.sort((x, y) => CATEGORY_PRIORITY.indexOf(x.category) - CATEGORY_PRIORITY.indexOf(y.category));
      const top = covering[0]!;
      const span = doc.createElement('span');
      span.textContent = piece;
      span.dataset.index = String(top.index);
      span.dataset.category = top.category;
      span.style.cssText = decoration(top.category);
      frag.append(span);
      this.spans.push(span);
    }
    // A trailing newline needs a character after it to take up its line, as in the textarea.
    if (text.endsWith('\n')) frag.append(' ');
    this.mirror.replaceChildren(frag);
    // Box and font follow the field through ResizeObserver and scroll events; a keystroke only
    // changes the text and perhaps the scroll position.
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  /** The finding index under a viewport point, if any. */
  indexAt(x: number, y: number): number | null {
    for (const span of this.spans) {
      for (const r of span.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return Number(span.dataset.index);
      }
    }
    return null;
  }

  /** Viewport rectangle of a finding, for placing the card. */
  rectOf(index: number): DOMRect | null {
    const span = this.spans.find((s) => Number(s.dataset.index) === index);
    return span ? span.getBoundingClientRect() : null;
  }

  private schedulePosition(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  private position(): void {
    const field = this.field;
    const win = field.ownerDocument.defaultView;
    if (!win || !field.isConnected) return;
    const cs = win.getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const style = this.mirror.style;
    for (const p of COPIED) style.setProperty(p, cs.getPropertyValue(p));
    const single = field instanceof HTMLInputElement;
    style.position = 'absolute';
    style.left = `${rect.left + win.scrollX}px`;
    style.top = `${rect.top + win.scrollY}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    style.boxSizing = 'border-box';
    style.borderStyle = 'solid';
    style.borderColor = 'transparent';
    style.color = 'transparent';
    style.overflow = 'hidden';
    style.whiteSpace = single ? 'pre' : 'pre-wrap';
    style.overflowWrap = single ? 'normal' : 'break-word';
    style.margin = '0';
    if (!single) {
      // Room for the textarea's scrollbar, so both wrap at the same width.
      const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
      style.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    } else {
      style.lineHeight = `${field.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)}px`;
    }
    this.mirror.scrollTop = field.scrollTop;
    this.mirror.scrollLeft = field.scrollLeft;
  }

  destroy(): void {
    this.observer.disconnect();
    this.field.removeEventListener('scroll', this.onScroll);
    const win = this.field.ownerDocument.defaultView;
    win?.removeEventListener('scroll', this.onScroll, { capture: true });
    win?.removeEventListener('resize', this.onScroll);
    this.host.remove();
  }
}
