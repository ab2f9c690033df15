import type { Analyzer } from '../analysis/analyzer';
import { mergeOverlapping } from '../analysis/merge-findings';
import type { AnalysisResult, AnalyzeOptions, Finding, Mode } from '../analysis/types';
import type { FieldAdapter } from './adapters/field-adapter';
import type { HighlightLayer } from './highlight-layer';
import type { ScrollRoot } from './on-screen-filter';
import { scrollRootOf } from './scroll-root';
import { TextareaOverlay } from './textarea-overlay';
import { caretAt, liveRange } from './text-map';

/** What the worker and the organisation set (src/settings), as the engine takes it. */
export type CoachSettings = Pick<AnalyzeOptions, 'disabledRules' | 'categories' | 'ignoredTerms'>;

/** Where a field's mode comes from when the worker did not choose: an attribute, then the field's label. */
function hintedMode(el: HTMLElement): Mode | undefined {
  const attr = el.closest('[data-krachtcoach-mode]')?.getAttribute('data-krachtcoach-mode');
  if (attr === 'report' || attr === 'worksheet' || attr === 'message') return attr;
  const label = [el.getAttribute('aria-label'), el.id && el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent, el.getAttribute('name')]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  if (/werkblad|krachteninventarisatie|actieplan|hersteldoel|doel/.test(label)) return 'worksheet';
  if (/boodschap|bericht aan/.test(label)) return 'message';
  return undefined;
}

/**
 * Coaches one field: reads its text through the adapter, analyses it (the engine caches by
 * paragraph, so a keystroke re-analyses one paragraph) and draws the findings.
 */
export class FieldCoach {
  result: AnalysisResult | null = null;
  text = '';
  /** Keys of findings the worker chose to ignore here. */
  private readonly ignored = new Set<string>();
  private modeOverride: Mode | undefined;
  /** The field's own hint (attribute or label), read once: it does not change while typing. */
  private readonly hint: Mode | undefined;
  private overlay: TextareaOverlay | null = null;
  private ranges: Array<AbstractRange | null> = [];
  /** What the field's text scrolls in, read at the first drawing (undefined: not yet read). */
  private scrollRoot: ScrollRoot | undefined;

  constructor(
    readonly id: string,
    readonly adapter: FieldAdapter,
    private readonly analyzer: Analyzer,
    private readonly layer: HighlightLayer,
    private readonly settings: () => CoachSettings,
  ) {
    this.hint = hintedMode(adapter.element);
  }

  /** The mode the next analysis will most likely use: the worker's choice, the field's hint, or the last one. */
  get likelyMode(): Mode {
    return this.modeOverride ?? this.hint ?? this.result?.mode ?? 'report';
  }

  get findings(): Finding[] {
    return this.result?.findings ?? [];
  }

  setMode(mode: Mode | undefined): void {
    this.modeOverride = mode;
    this.update();
  }

  /** The engine's findings before merging: "Negeer hier" on one underline ignores all of them. */
  private unmerged: Finding[] = [];

  ignore(finding: Finding): void {
    for (const f of this.unmerged) if (f.start < finding.end && finding.start < f.end) this.ignored.add(ignoreKey(this.text, f));
    this.update();
  }

  update(): void {
    const text = this.adapter.readText();
    this.text = text;
    const mode = this.modeOverride ?? this.hint;
    const result = this.analyzer.analyze(text, { ...this.settings(), ...(mode ? { mode } : {}) });
    if (this.ignored.size) result.findings = result.findings.filter((f) => !this.ignored.has(ignoreKey(text, f)));
    this.unmerged = result.findings;
    // One underline and one card per span (merge-findings.ts); the panel gets the same.
    result.findings = mergeOverlapping(result.findings);
    this.result = result;
    this.draw();
  }

  /** Highlights the findings: in the field's own text, or in the mirror over a textarea or input. */
  private draw(): void {
    const findings = this.findings;
    let rangeOf: (start: number, end: number) => AbstractRange | null;
    if (this.adapter.rangeOf) {
      rangeOf = this.adapter.rangeOf.bind(this.adapter);
      if (this.scrollRoot === undefined) this.scrollRoot = scrollRootOf(this.adapter.element);
    } else {
      if (!this.overlay) {
        this.overlay = new TextareaOverlay(this.adapter.element as HTMLTextAreaElement | HTMLInputElement);
        this.layer.styleFor(this.overlay.mirror);
        this.scrollRoot = this.overlay.mirror;
      }
      const overlay = this.overlay;
      overlay.setText(this.text);
      rangeOf = (start, end) => overlay.rangeOf(start, end);
    }
    this.ranges = findings.map((f) => rangeOf(f.start, f.end));
    this.layer.set(
      this,
      findings.flatMap((f, i) => (this.ranges[i] ? [{ category: f.category, range: this.ranges[i]! }] : [])),
      this.scrollRoot,
    );
  }

  /**
   * The finding under a viewport point: the caret position there gives the text offset, and only
   * the findings at that offset are measured (hovering a long report stays cheap).
   */
  findingAt(x: number, y: number): number | null {
    // Which text can be under the point: the mirror's line there (it ignores the pointer, so no
    // caret can be asked of it), or the offset of the caret position there.
    let from: number;
    let to: number;
    if (this.overlay) {
      // Lines scrolled out of the field are still laid out in the mirror, only clipped.
      const box = this.overlay.mirror.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) return null;
      const line = this.overlay.lineAt(y);
      if (!line) return null;
      [from, to] = [line.start, line.end];
    } else {
      const root = this.adapter.element.getRootNode();
      const caret = caretAt(this.adapter.document, x, y, root instanceof ShadowRoot ? root : undefined);
      const offset = caret && this.adapter.offsetOf?.(caret.node, caret.offset);
      if (offset === null || offset === undefined) return null;
      from = to = offset;
    }
    for (let i = 0; i < this.findings.length; i++) {
      const f = this.findings[i]!;
      if (f.start > to) break;
      if (f.end < from || !this.ranges[i]) continue;
      const live = liveRange(this.ranges[i]!);
      for (const r of live?.getClientRects() ?? []) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
    }
    return null;
  }

  /** Whether what we drew is out of date: other text, or highlights on nodes the editor replaced. */
  stale(): boolean {
    if (!this.adapter.element.isConnected) return true;
    if (this.ranges.some((r) => r && (!r.startContainer.isConnected || !r.endContainer.isConnected))) return true;
    return this.adapter.readText() !== this.text;
  }

  /** The finding that contains a text offset (the caret), for keyboard use. */
  findingAtOffset(offset: number): number | null {
    const i = this.findings.findIndex((f) => f.start <= offset && offset <= f.end);
    return i < 0 ? null : i;
  }

  rectOf(index: number): DOMRect | null {
    const range = this.ranges[index];
    return range ? (liveRange(range)?.getBoundingClientRect() ?? null) : null;
  }

  rangeOfFinding(index: number): AbstractRange | null {
    return this.ranges[index] ?? null;
  }

  destroy(): void {
    this.layer.clear(this);
    this.overlay?.destroy();
  }
}

/**
 * A finding is ignored by its rule, its sentence and its place in that sentence: edits in other
 * sentences keep it ignored, and a second occurrence of the same word stays flagged.
 */
function ignoreKey(text: string, f: Finding): string {
  let from = f.start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = f.end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  return `${f.rule}\u0000${f.start - from}\u0000${text.slice(from, to)}`;
}
