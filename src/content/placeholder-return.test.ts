import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldAdapter } from './adapters/field-adapter';
import { type ClickPoint, PlaceholderReturn } from './placeholder-return';

/** A real textarea behind a minimal adapter; `selected` records what the adapter was told to select. */
function textField(text: string) {
  const element = document.createElement('textarea');
  element.value = text;
  document.body.append(element);
  const state = { selected: null as [number, number] | null };
  const adapter = {
    element,
    kind: 'textarea',
    document,
    readText: () => element.value,
    replace: async () => true,
    caretOffset: () => element.selectionStart,
    select: (start: number, end: number) => {
      state.selected = [start, end];
    },
  } satisfies FieldAdapter;
  return { element, adapter, state };
}

/** The browser's part of a click on `target`: focus, and the caret where it landed. */
function clickOn(target: HTMLElement, caret?: number): ClickPoint {
  target.focus();
  if (caret !== undefined && target instanceof HTMLTextAreaElement) target.setSelectionRange(caret, caret);
  return { target, clientX: 10, clientY: 10 };
}

describe('PlaceholderReturn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  const TEXT = 'Meneer kwam [wat wel: …] naar de groep.';
  const [START, END] = [12, 24];

  it('selects the whole placeholder when the click back lands in it', () => {
    const { element, adapter, state } = textField(TEXT);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    ret.onClick(clickOn(element, 17));
    vi.runAllTimers();
    expect(state.selected).toEqual([START, END]);
  });

  it('leaves a click elsewhere in the field where the worker put it, and only acts once', () => {
    const { element, adapter, state } = textField(TEXT);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    ret.onClick(clickOn(element, 30));
    vi.runAllTimers();
    expect(state.selected).toBeNull();
    ret.onClick(clickOn(element, 17));
    vi.runAllTimers();
    expect(state.selected).toBeNull();
  });

  it('a click in another field never goes back to the placeholder, though the first field still has it selected', () => {
    const { element, adapter, state } = textField(TEXT);
    element.setSelectionRange(START, END); // as the rewrite left it
    const other = document.createElement('div');
    other.contentEditable = 'true';
    document.body.append(other);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    ret.onClick(clickOn(other));
    vi.runAllTimers();
    expect(state.selected).toBeNull();
    expect(document.activeElement).toBe(other);
  });

  it('a drag that selects text in the placeholder is left as it is', () => {
    const { element, adapter, state } = textField(TEXT);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    element.focus();
    element.setSelectionRange(14, 18);
    ret.onClick({ target: element, clientX: 10, clientY: 10 });
    vi.runAllTimers();
    expect(state.selected).toBeNull();
  });

  it('does nothing once the placeholder was typed over or the text changed', () => {
    const { element, adapter, state } = textField(TEXT);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    element.value = 'Meneer kwam thuis naar de groep.';
    ret.onClick(clickOn(element, 14));
    vi.runAllTimers();
    expect(state.selected).toBeNull();

    element.value = TEXT;
    ret.remember(adapter, START, END);
    ret.forget(); // an input
    ret.onClick(clickOn(element, 17));
    vi.runAllTimers();
    expect(state.selected).toBeNull();
  });
});
