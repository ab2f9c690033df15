import type { DraftOffer } from '../../drafts/draft-vault';
import type { FieldIdentity } from '../../drafts/field-key';
import { wordCount } from '../../drafts/word-count';
import type { DraftConfig, DraftOfferItem } from '../../messaging/protocol';
import { createAdapter } from '../adapters/adapter-registry';
import type { FieldAdapter } from '../adapters/field-adapter';
import { coachableField, deepTarget } from '../editable-fields';
import { DraftNotice } from './draft-notice';
import { fieldIdentity, frameElementOf } from './field-identity';
import { mayKeepDraft } from './draft-safety';
import { pasteCarriesData, restoreHtml, restoreText } from './restore-html';

/** The background's side of drafts (the only place that holds the key and the database). */
export interface DraftTransport {
  config(): Promise<DraftConfig | undefined>;
  save(field: FieldIdentity, text: string): void;
  forget(field: FieldIdentity): void;
  offer(field: FieldIdentity): Promise<DraftOffer | null>;
  take(field: FieldIdentity): Promise<(DraftOffer & { text: string }) | null>;
  exclude(field: FieldIdentity): Promise<void>;
  /** To a watching side panel: whether drafts are kept here, and what this frame can offer (no text). */
  publishOffers(on: boolean, offers: DraftOfferItem[]): void;
  /** Opens the side panel, where the preview is (after the worker's click); false where the browser does not let us. */
  openPanel(): Promise<boolean>;
}

/** At most one save per field in this time while the worker types. */
export const SAVE_INTERVAL_MS = 2000;
/** How often a field the page may have emptied after a save is looked at. */
const EMPTIED_CHECK_MS = 2000;
/** Looks for fields again after the start: rich editors build theirs after the page has loaded. */
const RESCANS_MS = [300, 1000, 3000, 8000];
const FIELDS = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

interface Tracked {
  adapter: FieldAdapter;
  identity: FieldIdentity;
  /** The text last handed to the background. */
  sent: string;
  /** Whether this page life saw text in the field (only then can the page have emptied it). */
  hadText: boolean;
  /** Whether the last change we heard of was the worker's own input. */
  lastChangeTrusted: boolean;
  /** The field was looked at for a draft to offer. */
  offered: boolean;
  notice: DraftNotice | null;
  offerId: string | null;
  offer: DraftOffer | null;
}

let nextOfferId = 0;

/** Runs `task` when the frame is idle (within a second at the latest). */
function idle(win: Window & typeof globalThis, task: () => void): void {
  if (win.requestIdleCallback) win.requestIdleCallback(task, { timeout: 1000 });
  else win.setTimeout(task, 0);
}

/**
 * Keeps the latest text of each coached field as a draft where the worker (or the organisation)
 * switched drafts on, and offers it back when the field comes back empty or shorter. The text
 * goes only to the background, off the keystroke path (a timer, then an idle moment; at once on
 * pagehide); nothing of it ever enters the page's DOM (the preview is in the side panel), or a log.
 */
export class DraftKeeper {
  private config: DraftConfig = { on: false, excluded: [] };
  private readonly tracked = new Map<HTMLElement, Tracked>();
  /** Targets of input events since the last save, with whether the last one was the worker's (resolved to fields off the keystroke path). */
  private readonly changed = new Map<EventTarget, boolean>();
  private saveTimer = 0;
  private emptiedTimer = 0;
  private readonly timers: number[] = [];
  private readonly win: Window & typeof globalThis;

  constructor(private readonly doc: Document, private readonly transport: DraftTransport, private readonly watched: () => boolean) {
    this.win = (doc.defaultView ?? window) as Window & typeof globalThis;
  }

  start(signal: AbortSignal): void {
    const opts = { capture: true, passive: true, signal };
    // The keystroke path: a check and a set insertion, nothing read from the field.
    this.doc.addEventListener('input', (e) => {
      if (!this.config.on) return;
      const target = deepTarget(e);
      if (target) this.changed.set(target, e.isTrusted);
      if (!this.saveTimer) this.saveTimer = this.win.setTimeout(() => idle(this.win, () => this.saveChanged()), SAVE_INTERVAL_MS);
    }, opts);
    // Leaving the page (a time-out's redirect, a wrong click, closing the tab): save at once.
    this.win.addEventListener('pagehide', () => this.saveChanged(), opts);
    this.doc.addEventListener('visibilitychange', () => this.doc.visibilityState === 'hidden' && this.saveChanged(), opts);
    this.doc.addEventListener('focusin', (e) => this.config.on && this.lookAt(deepTarget(e)), opts);
    this.listenForSubmit(this.doc, opts);
    // An editor in a same-origin frame (TinyMCE) is saved by the form of the page around it.
    const frame = frameElementOf(this.doc);
    if (frame) this.listenForSubmit(frame.ownerDocument, opts, frame);
    signal.addEventListener('abort', () => this.stop());
  }

  /** The background's config for this frame's site: on, and the fields the worker excluded. */
  setConfig(config: DraftConfig | undefined): void {
    const was = this.config.on;
    this.config = config ?? { on: false, excluded: [] };
    if (!this.config.on) {
      this.forgetFields();
      return;
    }
    for (const t of this.tracked.values()) if (this.excluded(t.identity)) this.untrack(t);
    if (!was) this.scan();
    this.publishOffers();
  }

  private stop(): void {
    this.forgetFields();
    for (const t of this.timers) this.win.clearTimeout(t);
  }

  private forgetFields(): void {
    this.win.clearTimeout(this.saveTimer);
    this.win.clearInterval(this.emptiedTimer);
    this.saveTimer = this.emptiedTimer = 0;
    this.changed.clear();
    for (const t of this.tracked.values()) t.notice?.destroy();
    this.tracked.clear();
    this.publishOffers();
  }

  private excluded(identity: FieldIdentity): boolean {
    return this.config.excluded.some((e) => e.selector === identity.selector && e.label === identity.label);
  }

  /** Looks for fields now and a few times after the start (editors that come late). */
  private scan(): void {
    const look = () => {
      if (!this.config.on) return;
      for (const el of this.doc.querySelectorAll(FIELDS)) this.lookAt(el);
    };
    look();
    for (const ms of RESCANS_MS) this.timers.push(this.win.setTimeout(() => idle(this.win, look), ms));
  }

  /** The field `target` belongs to, tracked from now on; null when it may not be kept. */
  private track(target: EventTarget | null): Tracked | null {
    const known = this.tracked.get(target as HTMLElement);
    if (known) return known;
    const field = coachableField(target);
    if (!field) return null;
    const existing = this.tracked.get(field.element);
    if (existing) return existing;
    const adapter = createAdapter(field.element, field.kind);
    const identity = fieldIdentity(field.element, adapter.kind);
    if (!mayKeepDraft(field.element, identity.label) || this.excluded(identity)) return null;
    const text = adapter.readText();
    const t: Tracked = { adapter, identity, sent: text, hadText: text.trim() !== '', lastChangeTrusted: false, offered: false, notice: null, offerId: null, offer: null };
    this.tracked.set(field.element, t);
    return t;
  }

  private untrack(t: Tracked): void {
    t.notice?.destroy();
    this.tracked.delete(t.adapter.element);
  }

  /** A field seen for the first time: is there a draft with more in it than the field has now? */
  private lookAt(target: EventTarget | null): void {
    const t = this.track(target);
    if (!t || t.offered) return;
    t.offered = true;
    void this.transport.offer(t.identity).then((offer) => {
      if (!offer || !this.config.on || !t.adapter.element.isConnected || this.tracked.get(t.adapter.element) !== t) return;
      if (wordCount(t.adapter.readText()) >= offer.words) return;
      this.showOffer(t, offer);
    });
  }

  private showOffer(t: Tracked, offer: DraftOffer): void {
    t.offer = offer;
    t.offerId = `d${nextOfferId++}`;
    t.notice?.destroy();
    t.notice = new DraftNotice(t.adapter.element, offer, {
      restore: () => void this.restore(t),
      openPanel: () => this.transport.openPanel(),
      never: () => {
        this.closeOffer(t);
        this.untrack(t);
        void this.transport.exclude(t.identity);
      },
      dismiss: () => this.closeOffer(t),
    });
    this.publishOffers();
  }

  private closeOffer(t: Tracked): void {
    t.notice?.destroy();
    t.notice = null;
    t.offer = null;
    t.offerId = null;
    this.publishOffers();
  }

  /**
   * Puts the draft back into its field through the editor itself, as one undo step (the way the
   * coach applies a rewrite): the shorter text the field holds now is replaced, and Ctrl+Z brings
   * it back. Only ever after the worker's click (the notice's or the panel's).
   */
  private async restore(t: Tracked): Promise<boolean> {
    const draft = await this.transport.take(t.identity);
    this.closeOffer(t);
    if (!draft || !t.adapter.element.isConnected) return false;
    const win = (t.adapter.document.defaultView ?? window) as Window & typeof globalThis;
    const text = restoreText(t.adapter.kind, draft.text, pasteCarriesData(win));
    const ok = await t.adapter.replace(0, t.adapter.readText().length, text, restoreHtml(t.adapter.kind, draft.text));
    // The editor did not take it (Firefox into an empty CKEditor 5): the offer stays, with the
    // panel's preview to copy from, rather than vanishing with nothing restored.
    if (!ok && wordCount(t.adapter.readText()) < draft.words) {
      this.showOffer(t, { at: draft.at, words: draft.words });
      return false;
    }
    t.sent = draft.text;
    t.hadText = true;
    return ok;
  }

  /** The panel's "terugzetten". */
  restoreById(id: string): Promise<boolean> {
    const t = [...this.tracked.values()].find((x) => x.offerId === id);
    return t ? this.restore(t) : Promise.resolve(false);
  }

  /** The panel's "Bekijk". */
  async previewById(id: string): Promise<(DraftOffer & { text: string }) | null> {
    const t = [...this.tracked.values()].find((x) => x.offerId === id);
    return t ? this.transport.take(t.identity) : null;
  }

  /** Sends what this frame offers to a watching panel. */
  publishOffers(): void {
    if (!this.watched()) return;
    const offers: DraftOfferItem[] = [];
    for (const t of this.tracked.values()) {
      if (t.offer && t.offerId) offers.push({ id: t.offerId, label: t.identity.label || 'Tekstveld', at: t.offer.at, words: t.offer.words });
    }
    this.transport.publishOffers(this.config.on, offers);
  }

  /** Hands the changed fields' text to the background. */
  private saveChanged(): void {
    this.win.clearTimeout(this.saveTimer);
    this.saveTimer = 0;
    if (!this.config.on) return;
    const began = performance.now();
    const targets = [...this.changed];
    this.changed.clear();
    for (const [target, trusted] of targets) {
      const t = this.track(target);
      if (!t || !t.adapter.element.isConnected) continue;
      t.lastChangeTrusted = trusted;
      const text = t.adapter.readText();
      if (text === t.sent) continue;
      t.sent = text;
      if (text.trim() === '') {
        // Emptied by the worker's own keys: the last draft stays (a select-all slip is undone
        // from it). Emptied by the page: the text was saved.
        if (t.hadText && !t.lastChangeTrusted) this.transport.forget(t.identity);
        continue;
      }
      t.hadText = true;
      // The worker writes again: an open offer for this field is no longer what they want.
      if (t.notice && t.lastChangeTrusted) this.closeOffer(t);
      this.transport.save(t.identity, text);
    }
    this.watchForEmptied();
    // `npm run bench:browser` reads what a save costs the page (read the text, hand it over).
    // Only in the e2e build: the production build gives a page no timings of ours.
    if (import.meta.env.MODE === 'e2e' && targets.length && this.doc.documentElement.hasAttribute('data-krachtcoach-bench')) {
      performance.measure('krachtcoach-draft-save', { start: began, end: performance.now() });
    }
  }

  /**
   * A page that saves by script (no form submit) often empties the field afterwards, without an
   * input event: the fields with text are looked at every few seconds, and one the page emptied
   * loses its draft.
   */
  private watchForEmptied(): void {
    if (this.emptiedTimer) return;
    this.emptiedTimer = this.win.setInterval(() => {
      let watching = 0;
      for (const t of this.tracked.values()) {
        if (!t.hadText || !t.adapter.element.isConnected) continue;
        watching++;
        if (this.changed.has(t.adapter.element)) continue; // an input event will tell
        if (t.adapter.readText().trim() !== '') continue;
        t.hadText = false;
        t.sent = '';
        this.transport.forget(t.identity);
      }
      if (!watching) {
        this.win.clearInterval(this.emptiedTimer);
        this.emptiedTimer = 0;
      }
    }, EMPTIED_CHECK_MS);
  }

  /** A form submit saves its fields: their drafts go. `frame`: our document is an editor inside that form. */
  private listenForSubmit(doc: Document, opts: AddEventListenerOptions, frame?: Element): void {
    doc.addEventListener('submit', (e) => {
      if (!this.config.on) return;
      const form = e.target;
      if (!(form instanceof (doc.defaultView as Window & typeof globalThis).HTMLFormElement)) return;
      if (frame && !form.contains(frame)) return;
      this.changed.clear();
      for (const t of this.tracked.values()) {
        if (!frame && !form.contains(t.adapter.element)) continue;
        t.sent = t.adapter.readText();
        t.hadText = false;
        this.closeOffer(t);
        this.transport.forget(t.identity);
      }
    }, opts);
  }
}
