import { CATEGORY_DISPLAY } from '../analysis/categories';
import { shownMessages } from '../analysis/merge-findings';
import { replacementsOf } from '../analysis/rewrite';
import type { Finding } from '../analysis/types';
import { type Box, placeCard, visibleViewport } from './card-placement';
import { curlyQuotes, messageUnderCategory, quoted } from '../analysis/message-text';
import { onlyTrusted } from './trusted-input';

export interface CardActions {
  apply(index: number, suggestion: number): void;
  /** The worker's own answer to a question, in place of the finding's words. */
  answer(index: number, answer: string): void;
  ignore(index: number): void;
  disableRule(rule: string): void;
  /** "Ongedaan maken" after "Regel uit". */
  enableRule(rule: string): void;
  openOptions(): void;
  /** Resolves false when the panel could not be opened from here. */
  openPanel(): Promise<boolean>;
  close(returnFocus: boolean): void;
  /** The pointer is on the card (it keeps a hover card open). */
  pointerOver(): void;
}

const CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; width: max-content; max-width: min(360px, calc(100vw - 8px)); min-width: min(240px, calc(100vw - 8px));
  box-sizing: border-box; overflow: auto; overscroll-behavior: contain; scrollbar-width: thin;
  scroll-padding-bottom: 52px; /* what Tab scrolls to is not left under the sticky buttons */
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px 0; }
.cat { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; border-left: 4px solid; padding-left: 6px; color: #374151; }
.quote { margin: 6px 0 0; font-weight: 600; }
.msg { margin: 2px 0 8px; }
details { margin: 0 0 8px; font-size: 13px; color: #4b5563; }
summary { cursor: pointer; color: #1d4ed8; width: max-content; border-radius: 4px; }
details p { margin: 4px 0 0; }
.rewrites { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
button, input { font: inherit; }
button { cursor: pointer; border-radius: 6px; }
.rewrite { text-align: left; border: 1px solid #86efac; background: #f0fdf4; padding: 5px 8px; color: #14532d; }
.rewrite small { display: block; color: #4b5563; font-size: 12px; }
.question { margin: 0 0 6px; padding: 2px 0 2px 8px; border-left: 3px solid #94a3b8; }
.question label { display: block; font-size: 13px; color: #334155; margin-bottom: 2px; }
.more { margin: 0 0 4px; }
.more[open] > summary { margin-bottom: 6px; }
.answer { display: flex; gap: 4px; }
.answer input { flex: 1; min-width: 0; box-sizing: border-box; border: 1px solid #9ca3af; border-radius: 6px; padding: 3px 6px; font-size: 13px; color: #111827; background: #fff; }
.apply { border: 1px solid #86efac; background: #f0fdf4; color: #14532d; padding: 3px 8px; font-size: 13px; }
/* The card's own buttons stay in view while the rest scrolls (a card in a small editor frame). */
.row { display: flex; gap: 6px; flex-wrap: wrap; position: sticky; bottom: 0; background: #fff; padding: 6px 0 10px; border-top: 1px solid #e5e7eb; box-shadow: 0 -6px 6px -6px rgba(0,0,0,.2); }
.quiet { border: 1px solid #d1d5db; background: #f9fafb; padding: 3px 8px; font-size: 12px; color: #374151; }
.notice { margin: 0 0 2px; }
.hint { color: #4b5563; font-size: 13px; margin: 0; }
button:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
`;

/** How many of a finding's questions the card shows before "Meer vragen". */
const SHOWN_QUESTIONS = 2;

/** Typing in the card is ours: the page's own key and input listeners must not act on it. */
const KEPT_IN = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'];

/**
 * The small card for one finding, in a closed shadow root: the page's CSS cannot reach it, and
 * its scripts can neither read it nor reach its buttons (issue 14). It never
 * covers the words it explains and always fits in the frame's visible viewport (card-placement).
 * Opened by hover it leaves the focus where it is; opened with Alt+Enter the focus is on its
 * first action.
 */
export class FindingCard {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private current: number | null = null;
  private anchor: Box | null = null;
  /** The card shows the confirmation after "Regel uit", not a finding. */
  private confirming = false;

  constructor(private readonly doc: Document, private readonly actions: CardActions) {
    this.host = doc.createElement('krachtcoach-card');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.root.append(style);
    for (const type of KEPT_IN) this.host.addEventListener(type, (e) => e.stopPropagation());
    // Every action of the card answers the worker's own keys and clicks only (onlyTrusted): a
    // page script's click on "Regel uit" must not switch a rule off everywhere.
    this.host.addEventListener('keydown', onlyTrusted((e: KeyboardEvent) => {
      if (e.key === 'Escape') this.actions.close(true);
    }));
    // A click on the card's text must not take the focus from the field (only its controls take it).
    this.root.addEventListener('mousedown', (e) => {
      const target = e.composedPath()[0];
      if (!(target instanceof Element) || !target.closest('button, input, summary')) e.preventDefault();
    });
    this.root.addEventListener('mouseover', onlyTrusted(() => this.actions.pointerOver()));
  }

  get openIndex(): number | null {
    return this.current;
  }

  /** Whether the card shows the confirmation after "Regel uit" (a re-analysis does not close it). */
  get showsConfirmation(): boolean {
    return this.confirming;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node));
  }

  /** Whether the focus is inside the card. */
  hasFocus(): boolean {
    return this.doc.activeElement === this.host;
  }

  show(index: number, finding: Finding, anchor: Box, focus: boolean): void {
    this.current = index;
    this.anchor = anchor;
    this.confirming = false;
    const card = this.frame(`Krachtcoach: ${finding.message}`);
    // Every category on these words, the leading one first: one card, not one per category.
    const categories = [finding.category, ...new Set((finding.also ?? []).map((a) => a.category).filter((c) => c !== finding.category))];
    const cat = this.el('div', 'cat', categories.map((c) => CATEGORY_DISPLAY[c].name).join(' · '));
    cat.style.borderColor = CATEGORY_DISPLAY[finding.category].color;
    // The words as they stand in the text: the messages may speak of another form of them.
    const quote = this.el('p', 'quote', quoted(finding.text));
    quote.dataset.testid = 'kc-quote';
    // The why, and what the other categories on these words say, fold open on request.
    const why = this.el('details');
    // (A category that only makes the lead's point again is named above, its message not repeated.)
    const also = shownMessages(finding)
      .slice(1)
      .map((a) => this.el('p', '', `${CATEGORY_DISPLAY[a.category].name}: ${messageUnderCategory(a.message, a.category)}`));
    why.append(this.el('summary', '', 'Waarom?'), this.el('p', '', curlyQuotes(finding.explanation)), ...also);
    const rewrites = this.el('div', 'rewrites');
    replacementsOf(finding.suggestions).forEach((s, i) => {
      const b = this.el('button', 'rewrite', s.replacement);
      b.dataset.testid = 'kc-rewrite';
      b.dataset.replacement = s.replacement;
      b.append(this.el('small', '', s.label));
      b.addEventListener('click', onlyTrusted(() => this.actions.apply(index, i)));
      rewrites.append(b);
    });
    if (!rewrites.childElementCount) rewrites.remove();
    // A question is answered in the worker's own words, which then replace the finding's words.
    const questions = finding.suggestions.flatMap((s, i) => (s.kind === 'question' ? [this.question(index, s.question, i)] : []));
    // Two questions in view; more (several categories on the same words) fold away.
    if (questions.length > SHOWN_QUESTIONS) {
      const more = this.el('details', 'more');
      more.append(this.el('summary', '', `Meer vragen (${questions.length - SHOWN_QUESTIONS})`), ...questions.splice(SHOWN_QUESTIONS));
      questions.push(more);
    }
    const row = this.el('div', 'row');
    const ignore = this.button('quiet', 'Negeer hier', 'kc-ignore', () => this.actions.ignore(index));
    const off = this.button('quiet', 'Regel uit', 'kc-disable-rule', () => this.actions.disableRule(finding.rule));
    off.title = 'Deze regel overal uitzetten (terug te zetten in Instellingen)';
    const panel = this.button('quiet', 'Paneel', 'kc-open-panel', async () => {
      if (await this.actions.openPanel()) return;
      const hint = this.el('p', 'hint', 'Open het paneel met Alt+Shift+K of de Krachtcoach-knop in de werkbalk.');
      hint.setAttribute('role', 'status');
      hint.dataset.testid = 'kc-panel-hint';
      panel.replaceWith(hint);
    });
    row.append(ignore, off, panel);
    card.append(cat, quote, this.el('p', 'msg', messageUnderCategory(finding.message, finding.category)), rewrites, ...questions, why, row);
    this.mount(card);
    // The keyboard lands on the first action: a replacement, else a question's answer, else "Negeer hier".
    if (focus) card.querySelector<HTMLElement>('.rewrite, input, .quiet')?.focus();
  }

  /**
   * After "Regel uit": the card stays, says the rule is off and offers to undo it or to go to the
   * settings, where switched-off rules are listed.
   */
  confirmRuleOff(rule: string, focus: boolean): void {
    if (this.current === null || !this.anchor) return;
    this.confirming = true;
    const card = this.frame('Krachtcoach: regel uitgezet');
    const notice = this.el('p', 'notice', `Regel ${quoted(rule)} staat uit.`);
    notice.setAttribute('role', 'status');
    notice.dataset.testid = 'kc-rule-off';
    const row = this.el('div', 'row');
    const undo = this.button('quiet', 'Ongedaan maken', 'kc-enable-rule', () => this.actions.enableRule(rule));
    const options = this.button('quiet', 'Instellingen', 'kc-open-options', () => this.actions.openOptions());
    row.append(undo, options);
    card.append(notice, row);
    this.mount(card);
    if (focus) undo.focus();
  }

  hide(): void {
    this.current = null;
    this.anchor = null;
    this.confirming = false;
    this.root.querySelector('.card')?.remove();
  }

  destroy(): void {
    this.host.remove();
  }

  private question(index: number, question: string, n: number): HTMLElement {
    const box = this.el('div', 'question');
    box.dataset.testid = 'kc-question';
    const id = `kc-q-${n}`;
    const label = this.el('label', '', question);
    label.htmlFor = id;
    const input = this.el('input');
    input.id = id;
    input.type = 'text';
    input.autocomplete = 'off';
    input.placeholder = 'Je eigen woorden';
    input.dataset.testid = 'kc-question-input';
    // Never coached itself, should the page's other tools look.
    input.dataset.krachtcoach = 'off';
    input.setAttribute('data-gramm', 'false');
    const submit = () => this.actions.answer(index, input.value);
    input.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Enter' && !e.isComposing && !e.altKey) {
        e.preventDefault();
        submit();
      }
    });
    const apply = this.button('apply', 'Vervang', 'kc-question-apply', submit);
    apply.setAttribute('aria-label', `Vervang ${quoted(question)} door je antwoord`);
    const answer = this.el('div', 'answer');
    answer.append(input, apply);
    box.append(label, answer);
    return box;
  }

  private frame(label: string): HTMLDivElement {
    const card = this.el('div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', label);
    card.dataset.testid = 'kc-card';
    return card;
  }

  private mount(card: HTMLElement): void {
    this.root.querySelector('.card')?.remove();
    // Measured unseen at its natural size, then placed.
    card.style.visibility = 'hidden';
    card.style.top = '0px';
    card.style.left = '0px';
    this.root.append(card);
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    const win = this.doc.defaultView;
    if (!win || !this.anchor) return;
    const { width, height } = card.getBoundingClientRect();
    const at = placeCard(this.anchor, { width, height }, visibleViewport(win));
    card.style.top = `${at.top}px`;
    card.style.left = `${at.left}px`;
    card.style.maxHeight = `${at.maxHeight}px`;
    card.dataset.side = at.side;
    card.style.visibility = '';
  }

  private button(cls: string, text: string, testid: string, onClick: () => void): HTMLButtonElement {
    const b = this.el('button', cls, text);
    b.type = 'button';
    b.dataset.testid = testid;
    b.addEventListener('click', onlyTrusted(onClick));
    return b;
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text?: string): HTMLElementTagNameMap[K] {
    const e = this.doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
}
