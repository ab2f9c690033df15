import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldAdapter } from './adapters/field-adapter';
import { PlaceholderReturn } from './placeholder-return';

/** A field whose text and selection the test sets by hand. */
function fakeField(text: string) {
  const element = document.createElement('textarea');
  document.body.append(element);
  const state = { text, caret: 0 as number | null, selected: null as [number, number] | null };
  const adapter = {
    element,
    kind: 'textarea',
    document,
    readText: () => state.text,
    replace: async () => true,
    caretOffset: () => state.caret,
    select: (start: number, end: number) => {
      state.selected = [start, end];
    },
  } satisfies FieldAdapter;
  return { adapter, state };
}

describe('PlaceholderReturn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const TEXT = 'Meneer kwam [wat wel: …] naar de groep.';
  const [START, END] = [12, 24];

  it('selects the whole placeholder when the click back lands in it', () => {
    const { adapter, state } = fakeField(TEXT);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    state.caret = 17;
    ret.onClick();
    vi.runAllTimers();
    expect(state.selected).toEqual([START, END]);
  });

  it('leaves a click elsewhere where the worker put it, and only acts once', () => {
    const { adapter, state } = fakeField(TEXT);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    state.caret = 30;
    ret.onClick();
    vi.runAllTimers();
    expect(state.selected).toBeNull();
    state.caret = 17;
    ret.onClick();
    vi.runAllTimers();
    expect(state.selected).toBeNull();
  });

  it('does nothing once the placeholder was typed over or the text changed', () => {
    const { adapter, state } = fakeField(TEXT);
    const ret = new PlaceholderReturn();
    ret.remember(adapter, START, END);
    state.text = 'Meneer kwam thuis naar de groep.';
    state.caret = 14;
    ret.onClick();
    vi.runAllTimers();
    expect(state.selected).toBeNull();

    ret.remember(adapter, START, END);
    ret.forget(); // an input
    state.text = TEXT;
    ret.onClick();
    vi.runAllTimers();
    expect(state.selected).toBeNull();
  });
});
