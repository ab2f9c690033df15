import { describe, expect, it } from 'vitest';
import { type Box, placeCard } from './card-placement';

const VIEW: Box = { left: 0, top: 0, right: 680, bottom: 224 };
const word = (top: number, left = 100): Box => ({ left, top, right: left + 60, bottom: top + 18 });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = (p: ReturnType<typeof placeCard>, card: { width: number; height: number }): Box => ({
  left: p.left,
  top: p.top,
  right: p.left + card.width,
  bottom: p.top + Math.min(card.height, p.maxHeight),
});

describe('placeCard', () => {
  it('puts a card that fits below the words below them', () => {
    const card = { width: 300, height: 120 };
    const p = placeCard(word(20), card, VIEW);
    expect(p.side).toBe('below');
    expect(p.top).toBe(20 + 18 + 6);
    expect(p.maxHeight).toBeGreaterThanOrEqual(card.height);
  });

  it('flips above when only the space above is enough', () => {
    const card = { width: 300, height: 120 };
    const p = placeCard(word(180), card, VIEW);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(180 - 6);
  });

  it('a card taller than the frame (359 px in a 224 px editor) takes the larger side and scrolls, inside the view, off the words', () => {
    const card = { width: 320, height: 359 };
    for (const top of [10, 60, 100, 150, 200]) {
      const anchor = word(top);
      const p = placeCard(anchor, card, VIEW);
      const box = boxOf(p, card);
      expect(p.maxHeight).toBeLessThan(card.height);
      expect(box.top).toBeGreaterThanOrEqual(VIEW.top);
      expect(box.bottom).toBeLessThanOrEqual(VIEW.bottom);
      expect(overlaps(box, anchor), `words at ${top}`).toBe(false);
    }
  });

  it('stays inside the view sideways, also for words at the right edge', () => {
    const card = { width: 320, height: 80 };
    const p = placeCard(word(20, 640), card, VIEW);
    expect(p.left + card.width).toBeLessThanOrEqual(VIEW.right - 4);
    expect(placeCard(word(20, -30), card, VIEW).left).toBe(4);
  });

  it('measures from the visible part of words half scrolled out of view', () => {
    const card = { width: 300, height: 100 };
    const p = placeCard({ left: 10, top: -10, right: 60, bottom: 8 }, card, VIEW);
    expect(p.side).toBe('below');
    expect(p.top).toBe(14);
  });
});
