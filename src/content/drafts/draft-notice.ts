import { offerText } from '../../drafts/offer-text';
import { onlyTrusted } from '../trusted-input';
import { frameElementOf } from './field-identity';

export interface NoticeActions {
  /** "Concept van … terugzetten". */
  restore(): void;
  /** "Bekijk in het paneel": opens the side panel, which has the preview; false where it cannot. */
  openPanel(): Promise<boolean>;
  /** "Nooit voor dit veld". */
  never(): void;
  /** "Niet nu". */
  dismiss(): void;
}

const CSS = `
:host { all: initial; }
.notice { position: fixed; z-index: 2147483646; max-width: 360px; box-sizing: border-box; padding: 8px 10px;
  background: #fff; color: #1f2933; border: 1px solid #c5ccd3; border-radius: 6px; box-shadow: 0 2px 6px rgba(0,0,0,.12);
  font: 13px/1.4 system-ui, sans-serif; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button { font: inherit; cursor: pointer; border-radius: 4px; padding: 3px 8px; }
.restore { background: #1d5c8f; color: #fff; border: 1px solid #1d5c8f; }
.quiet { background: none; border: 1px solid transparent; color: #1d5c8f; text-decoration: underline; padding: 3px 4px; }
button:focus-visible { outline: 2px solid #1d5c8f; outline-offset: 2px; }
.hint { margin: 6px 0 0; color: #3e4c59; }
`;

/** Where a rect of a frame's document is in the top same-origin document's viewport. */
function rectInTop(el: HTMLElement): { rect: DOMRect; doc: Document } {
  let rect = el.getBoundingClientRect();
  let doc = el.ownerDocument;
  let frame = frameElementOf(doc);
  for (let depth = 0; frame && depth < 4; depth++) {
    const f = frame.getBoundingClientRect();
    rect = new DOMRect(rect.x + f.x + frame.clientLeft, rect.y + f.y + frame.clientTop, rect.width, rect.height);
    doc = frame.ownerDocument;
    frame = frameElementOf(doc);
  }
  return { rect, doc };
}

/**
 * The quiet offer beside a field that came back empty or shorter than its draft. In a closed
 * shadow root (the page can neither read the offer nor press it), answering only the worker's
 * own clicks. It appears without taking the focus or moving anything, and stays until the worker
 * answers it or the field goes.
 */
export class DraftNotice {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLElement;
  private readonly doc: Document;
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(private readonly field: HTMLElement, offer: { at: number; words: number }, actions: NoticeActions, now = Date.now()) {
    this.doc = rectInTop(field).doc;
    const doc = this.doc;
    this.host = doc.createElement('krachtcoach-draft');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.box = doc.createElement('div');
    this.box.className = 'notice';
    this.box.setAttribute('role', 'region');
    this.box.setAttribute('aria-label', 'Krachtcoach: concept');
    this.box.dataset.testid = 'kc-draft-notice';
    const row = doc.createElement('div');
    row.className = 'row';
    const button = (text: string, cls: string, testid: string, act: () => void) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = cls;
      b.textContent = text;
      b.dataset.testid = testid;
      b.addEventListener('click', onlyTrusted(() => act()));
      return b;
    };
    // No preview here: text drawn in the page, even in a closed shadow root, can be found and read
    // out by the page's scripts (window.find and a selection). The panel, an extension page, shows it.
    const look = button('Bekijk in het paneel', 'quiet', 'kc-draft-look', () => {
      void actions.openPanel().then((opened) => {
        if (opened || this.box.querySelector('.hint')) return;
        const hint = doc.createElement('p');
        hint.className = 'hint';
        hint.setAttribute('role', 'status');
        hint.dataset.testid = 'kc-draft-panel-hint';
        hint.textContent = 'Open het paneel met Alt+Shift+K of de Krachtcoach-knop in de werkbalk: daar staat het voorbeeld.';
        this.box.append(hint);
        this.place();
      });
    });
    row.append(
      button(offerText(offer, now), 'restore', 'kc-draft-restore', () => actions.restore()),
      look,
      button('Niet nu', 'quiet', 'kc-draft-dismiss', () => actions.dismiss()),
      button('Nooit voor dit veld', 'quiet', 'kc-draft-never', () => actions.never()),
    );
    this.box.append(row);
    this.root.append(style, this.box);
    // Keys and clicks in the notice are ours: the page's handlers must not act on them.
    for (const type of ['keydown', 'keyup', 'keypress', 'mousedown', 'click']) this.host.addEventListener(type, (e) => e.stopPropagation());
    // Not in <body>: an editor whose body is the editable (TinyMCE) would take us into its text.
    doc.documentElement.append(this.host);
    this.place();
    const follow = () => {
      if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.place()));
    };
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    for (const win of new Set([doc.defaultView, field.ownerDocument.defaultView])) {
      win?.addEventListener('scroll', follow, opts);
      win?.addEventListener('resize', follow, opts);
    }
  }

  /** Below the field's bottom-left corner, or above it when there is no room below; always in the viewport. */
  private place(): void {
    // The field went (a dialog closed, the page changed its form): the offer goes out of sight with it.
    this.host.style.display = this.field.isConnected ? '' : 'none';
    if (!this.field.isConnected) return;
    const { rect } = rectInTop(this.field);
    const view = this.doc.documentElement;
    const own = this.box.getBoundingClientRect();
    const below = rect.bottom + 4;
    const top = below + own.height <= view.clientHeight ? below : Math.max(4, rect.top - own.height - 4);
    const left = Math.min(Math.max(4, rect.left), Math.max(4, view.clientWidth - own.width - 4));
    this.box.style.top = `${Math.round(top)}px`;
    this.box.style.left = `${Math.round(left)}px`;
  }

  destroy(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}
