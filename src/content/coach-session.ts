import type { Analyzer } from '../analysis/analyzer';
import { placeholderRange, replacementsOf } from '../analysis/rewrite';
import type { Finding, Mode } from '../analysis/types';
import { type FieldState, PUBLISH_INTERVAL_MS } from '../messaging/protocol';
import { createAdapter } from './adapters/adapter-registry';
import { coachableField, deepTarget, stillCoachable } from './editable-fields';
import { type CoachSettings, FieldCoach } from './field-coach';
import { FindingCard } from './finding-card';
import { HighlightLayer } from './highlight-layer';
import { HoverIntent } from './hover-intent';
import { PlaceholderReturn } from './placeholder-return';
import { answerReplacement } from './question-answer';
import { SnippetExpander } from './snippets/snippet-expander';
import { onlyTrusted, TypedRun } from './trusted-input';

export interface SessionHooks {
  settings(): CoachSettings;
  disableRule(rule: string): void;
  /** "Ongedaan maken" on the card after "Regel uit". */
  enableRule(rule: string): void;
  /** The card's "Instellingen": the background opens the options page. */
  openOptions(): void;
  /** Resolves false when the panel could not be opened from the page. */
  openPanel(): Promise<boolean>;
  /** Whether a side panel shows this tab: field states are only made and sent while one does. */
  watched(): boolean;
  /** Called after the focused field was analysed. */
  publish(state: FieldState): void;
  /** The worker went into a frame (once per frame element): it may lack the coach. */
  frameEntered(): void;
}

let nextId = 0;

/** Runs `task` when the frame is idle (soon at the latest), or a task later where there is no requestIdleCallback. */
function idle(doc: Document, task: () => void): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win?.requestIdleCallback) win.requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 0);
}

/** An analysis this cheap runs right after the change, in the keystroke's own frame. */
const CHEAP_MS = 8;
/** How often attached fields are checked for changes no event announced. */
const SAFETY_MS = 1000;

/** The words a card is for: a finding of a field. */
interface CardKey {
  coach: FieldCoach;
  index: number;
}

/**
 * Krachtcoach in one document (each frame runs its own session): attaches to fields on focus
 * or input, re-analyses in a task right after a change (before the next paint, after the
 * editor's own handlers), shows the card on hover or Alt+Enter.
 */
export class CoachSession {
  private readonly coaches = new Map<HTMLElement, FieldCoach>();
  private readonly layer: HighlightLayer;
  private readonly card: FindingCard;
  private readonly pending = new Set<FieldCoach>();
  private scheduled = false;
  private keysSinceSlash = Number.POSITIVE_INFINITY;
  /** How long the last analysis and drawing took (ms): decides how the next one is scheduled. */
  private lastCost = 0;
  /** When the change that the pending analysis answers happened (for the browser bench). */
  private changedAt = 0;
  private readonly channel = new MessageChannel();
  private publishTimer = 0;
  private publishing: FieldCoach | null = null;
  private active: FieldCoach | null = null;
  private cardCoach: FieldCoach | null = null;
  /** The finding the card shows, to tell whether a re-analysis left it as it was. */
  private cardFinding: Finding | null = null;
  /** What had the focus when the card opened: it gets it back when the card closes from inside. */
  private focusBefore: Element | null = null;
  private readonly intent: HoverIntent<CardKey>;
  /** Where the pointer was at its last move: a move event at the same place is the page moving under it. */
  private pointerAt: { x: number; y: number } | null = null;
  private safetyTimer = 0;
  private readonly snippets = new SnippetExpander();
  private readonly placeholderReturn = new PlaceholderReturn();
  private readonly framesEntered = new WeakSet<Element>();
  /** What the worker typed key by key: a shortcut expands only from that. */
  private readonly typed = new TypedRun();

  constructor(private readonly doc: Document, private readonly analyzer: Analyzer, private readonly hooks: SessionHooks) {
    this.layer = new HighlightLayer(doc);
    this.intent = new HoverIntent<CardKey>(
      { open: (k) => this.openCard(k.coach, k.index, false, true), close: () => this.closeCard(false) },
      (a, b) => a.coach === b.coach && a.index === b.index,
    );
    this.card = new FindingCard(doc, {
      apply: (i, s) => void this.applySuggestion(this.cardCoach, i, s),
      answer: (i, answer) => void this.answerQuestion(i, answer),
      ignore: (i) => {
        const coach = this.cardCoach;
        const f = coach?.findings[i];
        this.closeCard(true);
        if (coach && f) this.ignore(coach, f);
      },
      disableRule: (rule) => {
        const focus = this.card.hasFocus();
        this.hooks.disableRule(rule);
        // The card stays to say so, with a way back; the underline is gone meanwhile.
        this.card.confirmRuleOff(rule, focus);
        this.layer.setActive(null);
      },
      enableRule: (rule) => {
        this.hooks.enableRule(rule);
        this.closeCard(true);
      },
      openOptions: () => {
        this.hooks.openOptions();
        this.closeCard(false);
      },
      openPanel: () => this.hooks.openPanel(),
      close: (returnFocus) => this.closeCard(returnFocus),
      pointerOver: () => this.intent.overCard(),
    });
  }

  start(signal: AbortSignal): void {
    this.channel.port1.onmessage = () => this.flush();
    const opts = { capture: true, signal };
    // Everything that acts for the worker (expanding a shortcut, opening or closing the card,
    // selecting a placeholder) listens to trusted events only: a page script's events are not
    // the worker's (onlyTrusted). Analysing a change is not acting, whoever made the change.
    this.doc.addEventListener('focusin', (e) => {
      this.typed.reset();
      this.onFocus(deepTarget(e));
    }, opts);
    this.doc.defaultView?.addEventListener('blur', () => this.onWindowBlur(), opts);
    this.doc.addEventListener('input', (e) => {
      this.typed.input(e);
      this.onInput(e);
    }, opts);
    // Changes that bring no input event (an editor's own undo, a paste it handles itself): the
    // events around them, then a safety check every second for what no event announces (a
    // toolbar button, the page's own code). A MutationObserver on the editor would see all of
    // it, but costs every keystroke in a rich editor a few percent.
    for (const type of ['keyup', 'paste', 'cut', 'drop', 'compositionend']) {
      this.doc.addEventListener(type, (e) => {
        // Of the keys, only shortcuts (Ctrl+Z, Ctrl+Y, Ctrl+B …) change text without an input event.
        if (e instanceof KeyboardEvent && !e.ctrlKey && !e.metaKey) return;
        const coach = this.attach(deepTarget(e));
        if (coach) this.schedule(coach, true);
      }, opts);
    }
    this.safetyTimer = window.setInterval(() => this.safetyCheck(), SAFETY_MS);
    // Hit-testing runs at most once per frame, whatever the mouse does.
    let pointer: MouseEvent | null = null;
    this.doc.addEventListener(
      'mousemove',
      onlyTrusted((e: MouseEvent) => {
        if (!pointer) requestAnimationFrame(() => pointer && (this.onPointer(pointer), (pointer = null)));
        pointer = e;
      }),
      { ...opts, passive: true },
    );
    this.doc.addEventListener('keydown', (e) => {
      this.typed.keydown(e);
      if (e.isTrusted) this.onKey(e);
    }, opts);
    this.doc.addEventListener('keyup', (e) => this.typed.keyup(e), opts);
    // The pointer left the frame (into the page around an editor's iframe, or out of the window).
    this.doc.addEventListener('mouseout', onlyTrusted((e: MouseEvent) => {
      if (!e.relatedTarget) this.intent.away();
    }), opts);
    this.doc.addEventListener('mousedown', onlyTrusted((e: MouseEvent) => {
      this.typed.reset(); // the caret may go elsewhere
      if (!this.card.contains(e.target as Node)) this.closeCard(false);
    }), opts);
    // After the editor placed the caret for the click (click comes after mouseup).
    this.doc.addEventListener('click', onlyTrusted((e: MouseEvent) => this.placeholderReturn.onClick({ target: deepTarget(e), clientX: e.clientX, clientY: e.clientY })), opts);
    signal.addEventListener('abort', () => this.destroy());
    // A field that already has focus when we arrive (activation on a page in use).
    if (this.doc.activeElement) this.onFocus(this.doc.activeElement);
  }

  private attach(target: EventTarget | null): FieldCoach | null {
    // A field we coach already (the usual input event): checked cheaply, and let go when it
    // may no longer be coached (a password field again, read-only, opted out).
    const known = this.coaches.get(target as HTMLElement);
    if (known) {
      if (stillCoachable(known.adapter.element)) return known;
      this.detach(known);
      return null;
    }
    const field = coachableField(target);
    if (!field) return null;
    let coach = this.coaches.get(field.element);
    if (!coach) {
      coach = new FieldCoach(`f${nextId++}`, createAdapter(field.element, field.kind), this.analyzer, this.layer, this.hooks.settings);
      this.layer.styleFor(field.element);
      this.coaches.set(field.element, coach);
      coach.update();
    }
    return coach;
  }

  /** Going into a frame brings its parent no focus event, only a blur of the parent's window. */
  private onWindowBlur(): void {
    setTimeout(() => {
      const frame = this.doc.activeElement;
      if (!(frame instanceof HTMLIFrameElement) || this.framesEntered.has(frame)) return;
      this.framesEntered.add(frame);
      this.hooks.frameEntered();
    }, 0);
  }

  private onFocus(target: EventTarget | null): void {
    const coach = this.attach(target);
    if (coach) void this.snippets.refresh();
    // The mode's rules are compiled at the first text that needs them: in an empty field that is
    // the first keystroke, which would wait 50-70 ms (bench:browser). Compile them while the
    // worker has not typed yet.
    if (coach) idle(this.doc, () => this.analyzer.prepare(coach.likelyMode));
    if (coach && coach !== this.active) {
      this.active = coach;
      this.publish(coach);
    }
  }

  private onInput(e: Event): void {
    // Typing in the card's own answer field is the card's.
    if (this.card.contains(e.target as Node)) return;
    if (e.isTrusted) {
      this.placeholderReturn.forget();
      // The worker types: the card goes, and a pointer resting on words opens none until it moves.
      this.intent.stopOpening();
      if (this.cardCoach) this.closeCard(false);
    }
    const coach = this.attach(deepTarget(e));
    if (!coach) return;
    this.schedule(coach);
    // Only the worker's own keystrokes expand a shortcut (TypedRun): a page script that types
    // one must not get the snippet's text into a field it can read.
    if (!e.isTrusted) return;
    // A typed shortcut starts with "/" and is at most 8 characters and a space long: only in the
    // keystrokes right after a slash is the text before the caret worth reading.
    const data = (e as InputEvent).data;
    if (data?.includes('/')) this.keysSinceSlash = 0;
    else if (data) this.keysSinceSlash += data.length;
    if (this.keysSinceSlash <= 9 && data && /[a-z0-9 ]$/.test(data)) void this.snippets.onInput(coach.adapter, (text) => this.typed.typed(text));
  }

  /** The field a snippet from the panel or the picker goes into: the one that had focus last. */
  async insertSnippet(id: string): Promise<boolean> {
    return this.active ? this.snippets.insertById(this.active.adapter, id) : false;
  }

  /** Plain text from the assistant at the caret of the field that had focus last (at its end when the caret is elsewhere). */
  async insertText(text: string): Promise<boolean> {
    const coach = this.active;
    if (!coach?.adapter.element.isConnected) return false;
    const caret = coach.adapter.caretOffset() ?? coach.adapter.readText().length;
    const ok = await coach.adapter.replace(caret, caret, text);
    coach.update();
    this.publish(coach);
    return ok;
  }

  async openPicker(): Promise<boolean> {
    if (!this.active || !this.doc.hasFocus()) return false;
    return this.snippets.pickAndInsert(this.active.adapter);
  }

  /**
   * Coalesces changes into one analysis. While an analysis costs little (the usual case: one
   * changed paragraph) it runs in a microtask, so the highlights change in the same frame as the
   * keystroke; once it costs more it moves to a message-channel task, after the editor's own
   * input handling and before the next paint (a frame callback would add up to 16 ms).
   */
  private schedule(coach: FieldCoach, afterTask = false): void {
    this.pending.add(coach);
    if (this.scheduled) return;
    this.scheduled = true;
    this.changedAt = performance.now();
    // A paste or cut event comes before the editor changes its text: read it a task later.
    if (!afterTask && this.lastCost < CHEAP_MS) queueMicrotask(() => this.flush());
    else this.channel.port2.postMessage(null);
  }

  /** Re-analyses a field whose text changed, or whose highlighted nodes the editor replaced, unannounced. */
  private safetyCheck(): void {
    if (this.doc.visibilityState !== 'visible') return;
    for (const coach of this.coaches.values()) if (coach.stale()) this.schedule(coach, true);
  }

  /** Runs the pending analyses now. */
  flush(): void {
    if (!this.scheduled) return; // a task and a microtask may both have been asked
    this.scheduled = false;
    const began = performance.now();
    for (const coach of this.pending) {
      if (!coach.adapter.element.isConnected) {
        this.detach(coach);
        continue;
      }
      coach.update();
      if (coach === this.active && this.hooks.watched()) this.publishSoon(coach);
      if (coach === this.cardCoach) this.refreshCard(coach);
    }
    this.pending.clear();
    this.lastCost = performance.now() - began;
    // `npm run bench:browser` sets this attribute to read change -> highlights drawn. Only in
    // the e2e build: the production build gives a page no timings of ours.
    if (import.meta.env.MODE === 'e2e' && this.doc.documentElement.hasAttribute('data-krachtcoach-bench')) {
      const end = performance.now();
      performance.measure('krachtcoach-update', { start: this.changedAt, end });
      performance.measure('krachtcoach-work', { start: began, end });
    }
  }

  /** The panel gets the field's state at most every PUBLISH_INTERVAL_MS while the worker types. */
  private publishSoon(coach: FieldCoach): void {
    this.publishing = coach;
    if (this.publishTimer) return;
    this.publishTimer = window.setTimeout(() => {
      this.publishTimer = 0;
      if (this.publishing) this.publish(this.publishing);
      this.publishing = null;
    }, PUBLISH_INTERVAL_MS);
  }

  refreshAll(): void {
    for (const coach of this.coaches.values()) this.schedule(coach);
  }

  private detach(coach: FieldCoach): void {
    if (this.cardCoach === coach) this.closeCard(false);
    this.pending.delete(coach);
    coach.destroy();
    this.coaches.delete(coach.adapter.element);
    if (this.active === coach) this.active = null;
  }

  private publish(coach: FieldCoach): void {
    const r = coach.result;
    if (!r || !this.hooks.watched()) return;
    this.hooks.publish({
      fieldId: coach.id,
      editor: coach.adapter.kind,
      mode: r.mode,
      modeGuessed: r.modeGuessed,
      text: coach.text,
      findings: r.findings,
      ...(r.message ? { parts: r.message.parts, missing: r.message.missing } : {}),
    });
  }

  activeState(): void {
    if (this.active) this.publish(this.active);
  }

  /** Hands the pointer's whereabouts to the hover intent: on words, on the card, or away. */
  private onPointer(e: MouseEvent): void {
    const moved = !this.pointerAt || this.pointerAt.x !== e.clientX || this.pointerAt.y !== e.clientY;
    this.pointerAt = { x: e.clientX, y: e.clientY };
    if (this.card.contains(e.target as Node)) {
      this.intent.overCard();
      return;
    }
    for (const coach of this.coaches.values()) {
      const i = coach.findingAt(e.clientX, e.clientY);
      if (i === null) continue;
      // Words that scrolled under a resting pointer open nothing; the card's own words keep it.
      if (moved || (this.cardCoach === coach && this.card.openIndex === i)) this.intent.overWords({ coach, index: i });
      return;
    }
    this.intent.away();
  }

  /**
   * Alt+Enter opens the card for the finding at the caret, with focus on its first action. Esc
   * in the field closes an open card, and only the card: the page (a dialog around the field)
   * does not see that Esc.
   */
  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.cardCoach && !this.card.contains(e.target as Node) && !e.defaultPrevented) {
      e.preventDefault();
      e.stopPropagation();
      this.closeCard(false);
      return;
    }
    if (!(e.altKey && e.key === 'Enter')) return;
    const coach = this.attach(deepTarget(e));
    if (!coach) return;
    const caret = coach.adapter.caretOffset();
    const i = caret === null ? null : coach.findingAtOffset(caret);
    if (i === null) return;
    // The key is ours now: the editor must not also take the Enter (ProseMirror, Lexical and
    // TinyMCE would split the paragraph). We listen in the capture phase, before them.
    e.preventDefault();
    e.stopPropagation();
    this.openCard(coach, i, true, false);
  }

  private openCard(coach: FieldCoach, index: number, focus: boolean, byPointer: boolean): void {
    const f = coach.findings[index];
    const rect = coach.rectOf(index);
    if (!f || !rect) return;
    if (!this.cardCoach) this.focusBefore = deepActiveElement(this.doc);
    this.cardCoach = coach;
    this.cardFinding = f;
    this.card.show(index, f, rect, focus);
    this.intent.opened({ coach, index }, byPointer);
    this.layer.setActive(coach.rangeOfFinding(index));
  }

  /**
   * After a re-analysis the open card stays when its finding is still there unchanged (typing
   * elsewhere in the field, a late frame after the last key press); otherwise it closes.
   */
  private refreshCard(coach: FieldCoach): void {
    // The confirmation after "Regel uit" outlives its finding, which is gone by then.
    if (this.card.showsConfirmation) return;
    const index = this.card.openIndex;
    const now = index === null ? undefined : coach.findings[index];
    const shown = this.cardFinding;
    if (index !== null && now && shown && now.rule === shown.rule && now.start === shown.start && now.end === shown.end && now.text === shown.text) {
      this.layer.setActive(coach.rangeOfFinding(index));
      return;
    }
    this.closeCard(false);
  }

  /**
   * Closes the card. With `returnFocus`, and only when the focus is in the card, the focus goes
   * back to the field that had it before the card opened (else to the card's own field).
   */
  private closeCard(returnFocus: boolean): void {
    const coach = this.cardCoach;
    const hadFocus = this.card.hasFocus();
    const before = this.focusBefore;
    this.cardCoach = null;
    this.cardFinding = null;
    this.focusBefore = null;
    this.card.hide();
    this.intent.closed();
    this.layer.setActive(null);
    if (!returnFocus || !coach || !hadFocus) return;
    const field = before instanceof HTMLElement && before.isConnected && coachableField(before) ? before : coach.adapter.element;
    field.focus();
  }

  /** "Negeer hier" (card or panel): the finding goes, and a watching panel hears of it at once. */
  private ignore(coach: FieldCoach, finding: Finding): void {
    coach.ignore(finding);
    this.publish(coach);
  }

  /**
   * The panel's "Negeer": the finding on exactly that range of that field, if the text there is
   * still what the panel saw. Resolves whether one was ignored.
   */
  ignoreAt(fieldId: string, start: number, end: number, expected: string): boolean {
    const coach = this.coachById(fieldId);
    if (!coach || coach.adapter.readText().slice(start, end) !== expected) return false;
    const finding = coach.findings.find((f) => f.start === start && f.end === end);
    if (!finding) return false;
    if (this.cardCoach === coach && this.cardFinding === finding) this.closeCard(false);
    this.ignore(coach, finding);
    return true;
  }

  /**
   * The worker's answer to a card's question replaces the finding's words, as one undo step of
   * the field. An empty answer changes nothing and leaves the card open.
   */
  private async answerQuestion(index: number, answer: string): Promise<boolean> {
    const coach = this.cardCoach;
    const f = coach?.findings[index];
    if (!coach || !f) return false;
    const replacement = answerReplacement(coach.adapter.readText(), f.start, f.end, answer);
    if (replacement === null) return false;
    this.closeCard(false);
    if (coach.adapter.readText().slice(f.start, f.end) !== f.text) return false;
    const ok = await coach.adapter.replace(f.start, f.end, replacement);
    coach.update();
    this.publish(coach);
    return ok;
  }

  async applySuggestion(coach: FieldCoach | null, index: number, suggestion: number): Promise<boolean> {
    const f = coach?.findings[index];
    // Only a replacement goes into the text; a question is for the worker to answer.
    const s = f ? replacementsOf(f.suggestions)[suggestion] : undefined;
    if (!coach || !f || !s) return false;
    this.closeCard(false);
    return this.replace(coach, f.start, f.end, f.text, s.replacement);
  }

  /** Replaces a range if it still holds `expected`; selects a [placeholder] in the replacement. */
  async replace(coach: FieldCoach, start: number, end: number, expected: string, replacement: string): Promise<boolean> {
    if (coach.adapter.readText().slice(start, end) !== expected) return false;
    const ok = await coach.adapter.replace(start, end, replacement);
    const placeholder = placeholderRange(replacement);
    if (ok && placeholder) coach.adapter.select(start + placeholder.start, start + placeholder.end);
    coach.update();
    this.publish(coach);
    return ok;
  }

  /** A rewrite chosen in the side panel: as replace(), and its placeholder waits for the worker's click back (PlaceholderReturn). */
  async replaceFromPanel(coach: FieldCoach, start: number, end: number, expected: string, replacement: string): Promise<boolean> {
    const ok = await this.replace(coach, start, end, expected, replacement);
    const placeholder = placeholderRange(replacement);
    if (ok && placeholder) this.placeholderReturn.remember(coach.adapter, start + placeholder.start, start + placeholder.end);
    return ok;
  }

  coachById(id: string): FieldCoach | undefined {
    for (const c of this.coaches.values()) if (c.id === id) return c;
    return undefined;
  }

  setMode(id: string, mode: Mode | undefined): void {
    const coach = this.coachById(id);
    if (!coach) return;
    coach.setMode(mode);
    this.publish(coach);
  }

  private destroy(): void {
    window.clearInterval(this.safetyTimer);
    this.channel.port1.close();
    window.clearTimeout(this.publishTimer);
    for (const coach of this.coaches.values()) coach.destroy();
    this.coaches.clear();
    this.layer.destroy();
    this.card.destroy();
  }
}

/** The focused element, inside open shadow roots (a field in a web component). */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
