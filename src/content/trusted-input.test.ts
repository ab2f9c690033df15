import { describe, expect, it } from 'vitest';
import { onlyTrusted, TypedRun } from './trusted-input';

const key = (k: string, isTrusted = true, mods: Partial<KeyboardEvent> = {}) => ({ key: k, isTrusted, ctrlKey: false, metaKey: false, ...mods }) as KeyboardEvent;
const input = (inputType: string, data: string | null, isTrusted = true) => ({ inputType, data, isTrusted }) as unknown as InputEvent;

/** The worker presses each key and the browser inserts its character. */
function type(run: TypedRun, text: string): void {
  for (const ch of text) {
    const k = ch === '\n' ? 'Enter' : ch;
    run.keydown(key(k));
    run.input(ch === '\n' ? input('insertLineBreak', null) : input('insertText', ch));
    run.keyup(key(k));
  }
}

describe('onlyTrusted', () => {
  it('calls the handler for a trusted event only', () => {
    const seen: string[] = [];
    const handler = onlyTrusted((e: Event) => seen.push(e.type));
    handler({ type: 'click', isTrusted: false } as Event);
    handler({ type: 'keydown', isTrusted: true } as Event);
    expect(seen).toEqual(['keydown']);
  });
});

describe('TypedRun', () => {
  it('knows a shortcut the worker typed key by key, with its space or line break', () => {
    const run = new TypedRun();
    type(run, 'Hij kwam. /gh ');
    expect(run.typed('/gh ')).toBe(true);
    type(run, '/ap\n');
    expect(run.typed('/ap\n')).toBe(true);
  });

  it('follows Backspace, and Shift changes nothing', () => {
    const run = new TypedRun();
    type(run, '/gx');
    run.keydown(key('Backspace'));
    run.input(input('deleteContentBackward', null));
    run.keydown(key('Shift'));
    type(run, 'h');
    expect(run.typed('/gh')).toBe(true);
  });

  it('breaks at a synthetic input event, even one that claims the key', () => {
    const run = new TypedRun();
    type(run, '/g');
    run.keydown(key('h'));
    run.input(input('insertText', 'h', false));
    expect(run.typed('/gh')).toBe(false);
    // A page script's own key events count for nothing either.
    run.keydown(key('/', false));
    run.input(input('insertText', '/', false));
    expect(run.typed('/')).toBe(false);
  });

  it('does not count text that no key press brought (execCommand, whose input event is trusted)', () => {
    const run = new TypedRun();
    run.input(input('insertText', '/gh '));
    expect(run.typed('/gh ')).toBe(false);
    // Nor a paste, nor text other than the key pressed.
    type(run, '/g');
    run.keydown(key('h'));
    run.input(input('insertText', 'h/gh'));
    expect(run.typed('/gh')).toBe(false);
  });

  it('starts over when the caret moves or a key combination acts', () => {
    const run = new TypedRun();
    type(run, '/g');
    run.keydown(key('ArrowLeft'));
    type(run, 'h');
    expect(run.typed('/gh')).toBe(false);
    type(run, ' /g');
    run.keydown(key('v', true, { ctrlKey: true }));
    run.input(input('insertFromPaste', null));
    type(run, 'h');
    expect(run.typed('/gh')).toBe(false);
    type(run, ' /g');
    run.reset(); // a click or focus elsewhere
    type(run, 'h');
    expect(run.typed('/gh')).toBe(false);
    expect(run.typed('')).toBe(false);
  });
});
