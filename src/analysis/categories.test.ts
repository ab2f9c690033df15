import { describe, expect, it } from 'vitest';
import { CATEGORY_DISPLAY, CATEGORY_PRIORITY } from './categories';
import { ciede2000, contrastRatio, difference, linearToLab, simulate, VISIONS } from './colour-vision';
import { CATEGORIES } from './types';

/** Two underlines this far apart (CIEDE2000) are told apart at a glance. */
const MIN_DIFFERENCE = 10;
/** WCAG 2 non-text contrast: an underline must stand out against the white of a field. */
const MIN_CONTRAST = 3;

const pairs = CATEGORIES.flatMap((a, i) => CATEGORIES.slice(i + 1).map((b) => [a, b] as const));

describe('the colour arithmetic', () => {
  it('gives the CIEDE2000 values of Sharma, Wu & Dalal (2005)', () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(ciede2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('leaves greys grey and makes red and green alike for a red-green colour-blind eye', () => {
    for (const vision of VISIONS) {
      const [L, a, b] = linearToLab(simulate('#777777', vision));
      expect(Math.hypot(a, b), vision).toBeLessThan(1.5);
      expect(L).toBeCloseTo(50, 0);
    }
    expect(difference('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(50);
    expect(difference('#cc3300', '#778800', 'deuteranopia')).toBeLessThan(difference('#cc3300', '#778800', 'normal') / 3);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('category colours and lines', () => {
  it('has one entry per category, in the priority list too', () => {
    expect(Object.keys(CATEGORY_DISPLAY).sort()).toEqual([...CATEGORIES].sort());
    expect([...CATEGORY_PRIORITY].sort()).toEqual([...CATEGORIES].sort());
  });

  it.each(CATEGORIES)('%s stands out against a white field (contrast ≥ 3:1)', (category) => {
    expect(contrastRatio(CATEGORY_DISPLAY[category].color, '#ffffff')).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(VISIONS)('every two categories differ by ΔE2000 ≥ 10 with %s vision', (vision) => {
    const close = pairs
      .map(([a, b]) => ({ pair: `${a}/${b}`, delta: difference(CATEGORY_DISPLAY[a].color, CATEGORY_DISPLAY[b].color, vision) }))
      .filter((p) => p.delta < MIN_DIFFERENCE)
      .map((p) => `${p.pair} ${p.delta.toFixed(1)}`);
    expect(close).toEqual([]);
  });

  it('gives every category its own combination of line style and thickness', () => {
    const combos = CATEGORIES.map((c) => `${CATEGORY_DISPLAY[c].line} ${CATEGORY_DISPLAY[c].thickness}px`);
    expect(combos.filter((c, i) => combos.indexOf(c) !== i)).toEqual([]);
  });

  it('keeps the colours meaningful: etiket red, nog invullen blue, vaag grey', () => {
    const hue = (hex: string) => {
      const [, a, b] = linearToLab(simulate(hex, 'normal'));
      return { angle: ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360, chroma: Math.hypot(a, b) };
    };
    const label = hue(CATEGORY_DISPLAY.label.color);
    expect(label.angle < 45 || label.angle > 345, `etiket ${label.angle}`).toBe(true);
    expect(hue(CATEGORY_DISPLAY.unfinished.color).angle).toBeGreaterThan(260);
    expect(hue(CATEGORY_DISPLAY.unfinished.color).angle).toBeLessThan(310);
    expect(hue(CATEGORY_DISPLAY.vague.color).chroma).toBeLessThan(15);
  });
});
