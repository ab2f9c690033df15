/**
 * Only the worker's own input drives the coach. A page script can dispatch any event it likes
 * (`isTrusted` false); what it dispatches must not press our buttons, type in our search box
 * or open a card for it.
 */
export function onlyTrusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}

/** Keys that change no text and move no caret: they leave the typed run as it is. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn', 'OS']);
/** Longer than any shortcut with its delimiter (a slash, 8 characters, a space). */
const KEPT = 16;

/**
 * The characters the worker typed last in this document, each one a trusted key press whose
 * own trusted input event inserted exactly that character. A snippet shortcut expands only when
 * every character of it was typed so: text a page script put in (a synthetic input event,
 * `execCommand('insertText')`, whose input event is trusted but follows no key press, or a
 * changed value) breaks the run, and so does moving the caret.
 */
export class TypedRun {
  /** The key pressed and not yet answered by its input event. */
  private key: string | null = null;
  private run = '';

  keydown(e: KeyboardEvent): void {
    if (!e.isTrusted) {
      this.reset();
      return;
    }
    if (MODIFIERS.has(e.key)) return;
    this.key = e.key;
    // Arrows, Home, Tab, a shortcut with Ctrl: the caret moves or the text changes otherwise.
    if (e.ctrlKey || e.metaKey || (e.key.length !== 1 && e.key !== 'Enter' && e.key !== 'Backspace')) this.reset();
  }

  keyup(e: KeyboardEvent): void {
    if (e.isTrusted && e.key === this.key) this.key = null;
  }

  input(e: Event): void {
    const key = this.key;
    this.key = null;
    const ie = e as InputEvent;
    if (!e.isTrusted || key === null) {
      this.reset();
      return;
    }
    if (ie.inputType === 'insertText' && ie.data === key) this.run = (this.run + key).slice(-KEPT);
    else if (key === 'Enter' && (ie.inputType === 'insertLineBreak' || ie.inputType === 'insertParagraph')) this.run = (this.run + '\n').slice(-KEPT);
    else if (key === 'Backspace' && ie.inputType === 'deleteContentBackward') this.run = this.run.slice(0, -1);
    else this.reset();
  }

  reset(): void {
    this.key = null;
    this.run = '';
  }

  /** Whether the worker typed `text` key by key, as the last thing they typed. */
  typed(text: string): boolean {
    return text.length > 0 && this.run.endsWith(text);
  }
}
