import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS, HoverIntent } from './hover-intent';

/** A card that records what it was asked, and tells the intent what opened (as the session does). */
function setup() {
  const log: string[] = [];
  let shown: string | null = null;
  const intent: HoverIntent<string> = new HoverIntent<string>(
    {
      open: (key) => {
        shown = key;
        log.push(`open ${key}`);
        intent.opened(key, true);
      },
      close: () => {
        shown = null;
        log.push('close');
        intent.closed();
      },
    },
    (a, b) => a === b,
  );
  return { intent, log, shown: () => shown };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on the same words', () => {
    const { intent, log } = setup();
    intent.overWords('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    intent.overWords('a'); // moving within the words does not start again
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a']);
  });

  it('a pointer passing over words on its way elsewhere opens nothing', () => {
    const { intent, log } = setup();
    intent.overWords('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS / 2);
    intent.overWords('b');
    vi.advanceTimersByTime(HOVER_OPEN_MS / 2);
    intent.away();
    vi.advanceTimersByTime(HOVER_OPEN_MS * 3);
    expect(log).toEqual([]);
  });

  it('closes after the grace period once the pointer left words and card, not while it travels to the card', () => {
    const { intent, log } = setup();
    intent.overWords('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS);
    intent.away(); // the gap between the words and the card
    vi.advanceTimersByTime(HOVER_CLOSE_MS - 50);
    intent.overCard();
    vi.advanceTimersByTime(HOVER_CLOSE_MS * 2);
    expect(log).toEqual(['open a']);
    intent.away();
    vi.advanceTimersByTime(HOVER_CLOSE_MS);
    expect(log).toEqual(['open a', 'close']);
  });

  it('a card opened from the keyboard stays when the pointer moves elsewhere, until the pointer has been on it', () => {
    const { intent, log } = setup();
    intent.opened('a', false);
    intent.away();
    vi.advanceTimersByTime(HOVER_CLOSE_MS * 2);
    expect(log).toEqual([]);
    intent.overCard();
    intent.away();
    vi.advanceTimersByTime(HOVER_CLOSE_MS);
    expect(log).toEqual(['close']);
  });

  it('after stopOpening (the worker typed) a waiting open is dropped', () => {
    const { intent, log } = setup();
    intent.overWords('a');
    intent.stopOpening();
    vi.advanceTimersByTime(HOVER_OPEN_MS * 2);
    expect(log).toEqual([]);
  });
});
