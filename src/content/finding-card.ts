import { replacementsOf } from '../analysis/rewrite';
import type { Finding } from '../analysis/types';
import { CATEGORY_DISPLAY } from '../analysis/categories';

interface CardActions {
  apply(index: number, suggestion: number): void;
  ignore(index: number): void;
  disableRule(rule: string): void;
  /** Resolves false when the panel could not be opened from here. */
  openPanel(): Promise<boolean>;
  close(returnFocus: boolean): void;
}

const CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; min-width: 240px; box-sizing: border-box;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
.cat { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; border-left: 4px solid; padding-left: 6px; }
.msg { font-weight: 600; margin: 6px 0 2px; }
.why { color: #4b5563; font-size: 13px; margin: 0 0 8px; }
.rewrites { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
.rewrite { text-align: left; border: 1px solid #86efac; background: #f0fdf4; padding: 5px 8px; color: #14532d; }
.rewrite small { display: block; color: #4b5563; font-size: 12px; }
.also { margin: 0 0 4px; font-size: 13px; color: #334155; }
.question { margin: 0; padding: 4px 8px; border-left: 3px solid #94a3b8; color: #334155; font-style: italic; }
.row { display: flex; gap: 6px; flex-wrap: wrap; }
.quiet { border: 1px solid #d1d5db; background: #f9fafb; padding: 3px 8px; font-size: 12px; color: #374151; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
`;

/** The small card for one finding, in a shadow root so the page's CSS cannot reach it. */
export class FindingCard {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private current: number | null = null;

  constructor(private readonly doc: Document, private readonly actions: CardActions) {
    this.host = doc.createElement('krachtcoach-card');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.root.append(style);
    this.host.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.actions.close(true);
      }
    });
  }

  get openIndex(): number | null {
    return this.current;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node));
  }

  show(index: number, finding: Finding, anchor: DOMRect, focus: boolean): void {
    this.current = index;
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `Krachtcoach: ${finding.message}`);
    card.dataset.testid = 'kc-card';
    // Every category on these words, the leading one first: one card, not one per category.
    const categories = [finding.category, ...new Set((finding.also ?? []).map((a) => a.category).filter((c) => c !== finding.category))];
    const cat = this.el('div', 'cat', categories.map((c) => CATEGORY_DISPLAY[c].name).join(' · '));
    cat.style.borderColor = CATEGORY_DISPLAY[finding.category].color;
    const rewrites = this.el('div', 'rewrites');
    replacementsOf(finding.suggestions).forEach((s, i) => {
      const b = this.el('button', 'rewrite', s.replacement);
      b.dataset.testid = 'kc-rewrite';
      b.dataset.replacement = s.replacement;
      b.append(this.el('small', '', s.label));
      b.addEventListener('click', () => this.actions.apply(index, i));
      rewrites.append(b);
    });
    // Questions are for the worker to answer in their own words: shown, never inserted.
    for (const s of finding.suggestions) {
      if (s.kind !== 'question') continue;
      const q = this.el('p', 'question', s.question);
      q.dataset.testid = 'kc-question';
      rewrites.append(q);
    }
    const row = this.el('div', 'row');
    const ignore = this.el('button', 'quiet', 'Negeer hier');
    ignore.dataset.testid = 'kc-ignore';
    ignore.addEventListener('click', () => this.actions.ignore(index));
    const off = this.el('button', 'quiet', 'Regel uitzetten');
    off.dataset.testid = 'kc-disable-rule';
    off.addEventListener('click', () => this.actions.disableRule(finding.rule));
    const panel = this.el('button', 'quiet', 'Paneel');
    panel.dataset.testid = 'kc-open-panel';
    panel.addEventListener('click', async () => {
      if (await this.actions.openPanel()) return;
      const hint = this.el('p', 'why', 'Open het paneel met Alt+Shift+K of de Krachtcoach-knop in de werkbalk.');
      hint.setAttribute('role', 'status');
      hint.dataset.testid = 'kc-panel-hint';
      panel.replaceWith(hint);
    });
    row.append(ignore, off, panel);
    const also = (finding.also ?? []).map((a) => this.el('p', 'also', a.message));
    card.append(cat, this.el('p', 'msg', finding.message), ...also, this.el('p', 'why', finding.explanation), rewrites, row);
    this.root.querySelector('.card')?.remove();
    this.root.append(card);
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.place(card, anchor);
    // The keyboard lands on the first replacement, or on "Negeer hier" when there is none.
    if (focus) (card.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  private place(card: HTMLElement, anchor: DOMRect): void {
    const win = this.doc.defaultView!;
    const { width, height } = card.getBoundingClientRect();
    let top = anchor.bottom + 6;
    if (top + height > win.innerHeight) top = Math.max(4, anchor.top - height - 6);
    const left = Math.min(Math.max(4, anchor.left), win.innerWidth - width - 4);
    card.style.top = `${top}px`;
    card.style.left = `${left}px`;
  }

  hide(): void {
    this.current = null;
    this.root.querySelector('.card')?.remove();
  }

  destroy(): void {
    this.host.remove();
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
    const e = this.doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
}
