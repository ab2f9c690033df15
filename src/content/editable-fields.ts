/**
 * Which fields Krachtcoach coaches. Never passwords, e-mail or number fields; respect the
 * opt-outs that writing tools share (data-gramm, data-enable-grammarly, spellcheck=false on a
 * single-line input) and read-only or disabled fields.
 */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

function optedOut(el: Element): boolean {
  return (
    el.closest('[data-gramm="false"], [data-enable-grammarly="false"], [data-krachtcoach="off"]') !== null
  );
}

export type FieldKind = 'textarea' | 'input' | 'contenteditable';

export function fieldKind(el: Element): FieldKind | null {
  if (el instanceof HTMLTextAreaElement) {
    if (el.readOnly || el.disabled || optedOut(el)) return null;
    return 'textarea';
  }
  if (el instanceof HTMLInputElement) {
    if (!TEXT_INPUT_TYPES.has(el.type) || el.readOnly || el.disabled || optedOut(el)) return null;
    if (el.getAttribute('spellcheck') === 'false') return null;
    return 'input';
  }
  if (el instanceof HTMLElement && el.isContentEditable) {
    if (optedOut(el)) return null;
    return 'contenteditable';
  }
  return null;
}

/**
 * Whether a field we coach may still be coached: a text field can become a password field
 * ("show password" toggled back), read-only or opted out. Without asking isContentEditable,
 * which would make the browser recalculate style in the middle of an editor's key press.
 */
export function stillCoachable(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return fieldKind(el) !== null;
  return !optedOut(el);
}

/** The editing host of a contenteditable descendant: the element whose parent is not editable. */
export function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

/** The coachable field that `target` belongs to, or null. */
export function coachableField(target: EventTarget | null): { element: HTMLElement; kind: FieldKind } | null {
  if (!(target instanceof HTMLElement)) return null;
  const element = target.isContentEditable ? editingHost(target) : target;
  const kind = fieldKind(element);
  return kind ? { element, kind } : null;
}

/**
 * Where an event really happened: a field inside an open shadow root (web-component form
 * libraries) rather than the host the event is retargeted to at the document.
 */
export function deepTarget(e: Event): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}
