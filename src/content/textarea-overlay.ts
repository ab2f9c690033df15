interface LineView {
  el: HTMLDivElement;
  /** The line's only child: a keystroke changes its data, never the mirror's nodes. */
  node: Text;
  start: number;
  /** Ranges handed out for this line's text as it is now, by "start,end" (reused while it stays). */
  ranges: Map<string, StaticRange>;
}

const COPIED = [
  'box-sizing', 'width', 'height', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'font-stretch', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align',
  'direction', 'tab-size', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width',
  'border-right-width', 'border-bottom-width', 'border-left-width',
] as const;

/** An empty line still takes its height. */
const EMPTY_LINE = '\u200b';

/** The length of the field's line (its stand-in for an empty line does not count). */
function lengthOf(line: LineView): number {
  return line.node.data === EMPTY_LINE ? 0 : line.node.length;
}

/**
 * Textareas and inputs cannot host Custom Highlights: a mirror with the same box, font and
 * scroll position lies over the field, its text transparent, and the findings are highlighted
 * in the mirror's text like in any editor (the HighlightLayer draws them).
 *
 * A keystroke only changes the data of one line's text node. Chromium ends the field's undo
 * step for typing at any insertion or removal of nodes in the page, so a mirror rebuilt per
 * keystroke made every typed character its own Ctrl+Z (os-input.spec.ts); only a new or joined
 * line adds or removes a node. It lives in a closed shadow root outside the field and ignores the
 * pointer; the page finds no copy of the text in it (its element has no text of its own).
 */
export class TextareaOverlay {
  private readonly host: HTMLElement;
  /** The box the mirror's lines scroll in, in step with the field. */
  readonly mirror: HTMLDivElement;
  private readonly observer: ResizeObserver;
  private lines: LineView[] = [];
  private frame = 0;
  private readonly onScroll = () => this.schedulePosition();

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {
    const doc = field.ownerDocument;
    this.host = doc.createElement('krachtcoach-overlay');
    this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483000;pointer-events:none;';
    const shadow = this.host.attachShadow({ mode: 'closed' });
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

  /** Copies the field's text into the mirror, one block per line (a line wraps the same on its own as in the field). */
  setText(text: string): void {
    const parts = text.split('\n');
    const doc = this.field.ownerDocument;
    let start = 0;
    for (let i = 0; i < parts.length; i++) {
      const data = parts[i] || EMPTY_LINE;
      let line = this.lines[i];
      if (!line) {
        const el = doc.createElement('div');
        const node = doc.createTextNode(data);
        el.append(node);
        this.mirror.append(el);
        line = { el, node, start, ranges: new Map() };
        this.lines.push(line);
      } else if (line.node.data !== data) {
        line.node.data = data;
        line.ranges.clear();
      }
      line.start = start;
      start += parts[i]!.length + 1;
    }
    for (const gone of this.lines.splice(parts.length)) gone.el.remove();
    // Box and font follow the field through ResizeObserver and scroll events; a keystroke only
    // changes the text and perhaps the scroll position.
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  /** The mirror's range for a text range of the field (findings never cross a line break). */
  rangeOf(start: number, end: number): StaticRange | null {
    const line = this.lineOf(start);
    if (!line) return null;
    const from = start - line.start;
    const to = Math.min(end - line.start, lengthOf(line));
    if (to <= from) return null;
    const key = `${from},${to}`;
    let range = line.ranges.get(key);
    if (!range) {
      range = new StaticRange({ startContainer: line.node, startOffset: from, endContainer: line.node, endOffset: to });
      line.ranges.set(key, range);
    }
    return range;
  }

  /** The line that holds a text offset, by binary search over the line starts. */
  private lineOf(offset: number): LineView | undefined {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  /** The text range of the line under a viewport y, by binary search over the line blocks. */
  lineAt(y: number): { start: number; end: number } | null {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.lines[mid]!;
      const r = line.el.getBoundingClientRect();
      if (y < r.top) hi = mid - 1;
      else if (y > r.bottom) lo = mid + 1;
      else return { start: line.start, end: line.start + lengthOf(line) };
    }
    return null;
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
