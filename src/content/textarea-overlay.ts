import type { Category } from '../analysis/types';
import { CATEGORY_PRIORITY, decoration } from './category-style';

export interface OverlayMark {
  start: number;
  end: number;
  category: Category;
}

interface LineView {
  /** The line's text and its marks (relative offsets): an unchanged line keeps its element. */
  signature: string;
  el: HTMLDivElement;
  start: number;
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
  private lines: LineView[] = [];
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

  /**
   * Draws the marks. One block per line of the field (a line wraps the same on its own as in the
   * textarea); a line whose text and marks did not change keeps its element, so a keystroke
   * re-lays out one line of the mirror, not the whole report. Findings never cross a line break.
   */
  render(text: string, marks: readonly OverlayMark[]): void {
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    const next: LineView[] = [];
    let m = 0;
    let lineStart = 0;
    for (const line of text.split('\n')) {
      const lineEnd = lineStart + line.length;
      const own: OverlayMark[] = [];
      while (m < sorted.length && sorted[m]!.start < lineEnd + 1) {
        const mark = sorted[m++]!;
        if (mark.end > mark.start) own.push({ start: mark.start - lineStart, end: Math.min(mark.end, lineEnd) - lineStart, category: mark.category });
      }
      const signature = `${line}\u0000${own.map((o) => `${o.start},${o.end},${o.category}`).join(';')}`;
      const old = this.lines[next.length];
      next.push({ signature, start: lineStart, el: old?.signature === signature ? old.el : this.lineElement(line, own) });
      lineStart = lineEnd + 1;
    }
    const sameShape = next.length === this.lines.length;
    if (sameShape) {
      next.forEach((l, i) => {
        if (l.el !== this.lines[i]!.el) this.lines[i]!.el.replaceWith(l.el);
      });
    } else {
      this.mirror.replaceChildren(...next.map((l) => l.el));
    }
    this.lines = next;
    // Box and font follow the field through ResizeObserver and scroll events; a keystroke only
    // changes the text and perhaps the scroll position.
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  /** A line with its marks; overlapping marks are cut at their edges and the highest priority drawn. */
  private lineElement(line: string, marks: readonly OverlayMark[]): HTMLDivElement {
    const doc = this.field.ownerDocument;
    const el = doc.createElement('div');
    if (!line) {
      el.textContent = '\u200b'; // an empty line still takes its height
      return el;
    }
    const cuts = new Set<number>([0, line.length]);
    for (const mark of marks) cuts.add(mark.start).add(mark.end);
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const piece = line.slice(a, b);
      let top: OverlayMark | undefined;
      for (const mark of marks) {
        if (mark.start <= a && b <= mark.end && (!top || CATEGORY_PRIORITY.indexOf(mark.category) < CATEGORY_PRIORITY.indexOf(top.category))) top = mark;
      }
      if (!top) {
        el.append(piece);
        continue;
      }
      const span = doc.createElement('span');
      span.textContent = piece;
      span.dataset.category = top.category;
      span.dataset.start = String(a);
      span.style.cssText = decoration(top.category);
      el.append(span);
    }
    return el;
  }

  /** The line under a viewport y, by binary search over the line blocks. */
  private lineAt(y: number): LineView | undefined {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.lines[mid]!.el.getBoundingClientRect();
      if (y < r.top) hi = mid - 1;
      else if (y > r.bottom) lo = mid + 1;
      else return this.lines[mid];
    }
    return undefined;
  }

  /** The text offset of the mark under a viewport point, if any. */
  offsetAt(x: number, y: number): number | null {
    const line = this.lineAt(y);
    if (!line) return null;
    for (const span of line.el.querySelectorAll<HTMLElement>('span[data-start]')) {
      for (const r of span.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return line.start + Number(span.dataset.start);
      }
    }
    return null;
  }

  /** Viewport rectangle of the mark that starts at a text offset, for placing the card. */
  rectAt(offset: number): DOMRect | null {
    let line: LineView | undefined;
    for (const l of this.lines) {
      if (l.start > offset) break;
      line = l;
    }
    const span = line?.el.querySelector<HTMLElement>(`span[data-start="${offset - line.start}"]`);
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
    style.contain = 'strict'; // its layout never reaches the page
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
