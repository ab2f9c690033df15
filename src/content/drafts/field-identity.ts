import type { FieldIdentity } from '../../drafts/field-key';

/**
 * A field as a draft knows it: found again after a reload by a selector built from what stays
 * the same (an id that looks written by hand, a name, the place under such an ancestor), its
 * label and its editor kind. An editor in an iframe (TinyMCE) adds the frame's own selector.
 */

/** Ids that a framework makes up per page load (ember123, mce_0, :r1:, uuids): useless after a reload. */
const GENERATED_ID = /\d{3,}|[0-9a-f]{8,}|^(?:ember|mce_|ck-|react-|yui_|ext-gen|gwt-)|^:r|^\d/i;
const MAX_DEPTH = 12;

function stableId(el: Element): string | null {
  const id = el.id;
  return id && !GENERATED_ID.test(id) ? id : null;
}

/** The element's step in a selector: its stable id, its name, or its place among siblings of its kind. */
function step(el: Element): { text: string; anchored: boolean } {
  const id = stableId(el);
  if (id) return { text: `#${CSS.escape(id)}`, anchored: true };
  const tag = el.localName;
  const name = el.getAttribute('name');
  if (name && (tag === 'textarea' || tag === 'input')) return { text: `${tag}[name="${CSS.escape(name)}"]`, anchored: true };
  // TinyMCE's editing body names the textarea it stands for.
  const dataId = tag === 'body' ? el.getAttribute('data-id') : null;
  if (dataId) return { text: `body[data-id="${CSS.escape(dataId)}"]`, anchored: true };
  const parent = el.parentElement;
  if (!parent || tag === 'body') return { text: tag, anchored: true };
  const same = [...parent.children].filter((c) => c.localName === tag);
  return { text: same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag, anchored: false };
}

/** A selector that finds `el` again in its own document. */
export function stableSelector(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const s = step(node);
    steps.unshift(s.text);
    if (s.anchored) break;
    node = node.parentElement;
  }
  return steps.join(' > ');
}

/** The frame element of a same-origin frame, or null (top frame, or a frame of another origin). */
export function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The selector with the selectors of the frames it sits in, outermost first. */
function selectorInFrames(el: Element): string {
  const parts = [stableSelector(el)];
  let frame = frameElementOf(el.ownerDocument);
  for (let depth = 0; frame && depth < 4; depth++) {
    parts.unshift(stableSelector(frame));
    frame = frameElementOf(frame.ownerDocument);
  }
  return parts.join(' >> ');
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);

/** What the page calls the field: its label, aria-label, aria-labelledby, title or placeholder. */
export function fieldLabel(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const own = (el as HTMLTextAreaElement).labels?.[0]?.textContent;
  const byIds = el
    .getAttribute('aria-labelledby')
    ?.split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent ?? '')
    .join(' ');
  const direct = clean(own) || clean(el.getAttribute('aria-label')) || clean(byIds) || clean(el.getAttribute('title')) || clean(el.getAttribute('placeholder'));
  if (direct) return direct;
  // An editor in a frame is named by its frame (TinyMCE gives the iframe a title, the textarea a label).
  const frame = frameElementOf(doc);
  return frame instanceof HTMLElement ? clean(frame.getAttribute('title')) || clean(frame.getAttribute('aria-label')) : '';
}

/**
 * The page the field is on: the top-most same-origin page's path and query (an editor's
 * about:blank frame has none of its own).
 */
export function pageLocation(doc: Document): Location {
  let win: Window = doc.defaultView ?? window;
  for (let depth = 0; depth < 4; depth++) {
    try {
      const parent = win.parent;
      if (parent === win) break;
      void parent.location.href; // throws for another origin
      win = parent;
    } catch {
      break;
    }
  }
  return win.location;
}

export function fieldIdentity(el: HTMLElement, editor: string): FieldIdentity {
  const loc = pageLocation(el.ownerDocument);
  return { page: (loc.pathname + loc.search).slice(0, 2000), selector: selectorInFrames(el).slice(0, 500), label: fieldLabel(el), editor };
}
