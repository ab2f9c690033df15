import { describe, expect, it } from 'vitest';
import { centreOfColour } from './virtual-display';

/** A 20×10 white screen with two 4×2 red patches: one at (2,1), one at (12,6). */
function screen() {
  const [width, height] = [20, 10];
  const data = new Uint8Array(width * height * 4).fill(255);
  for (const [px, py] of [[2, 1], [12, 6]] as const) {
    for (let y = py; y < py + 2; y++) for (let x = px; x < px + 4; x++) data.set([200, 10, 10, 255], (y * width + x) * 4);
  }
  return { width, height, data };
}

describe('centreOfColour', () => {
  const all = { left: 0, top: 0, right: 20, bottom: 10 };
  it('finds the centre of the first patch from the top', () => {
    expect(centreOfColour(screen(), [200, 10, 10], all, 4)).toEqual({ x: 4, y: 2 });
  });
  it('looks only inside the region and ignores patches that are too small', () => {
    expect(centreOfColour(screen(), [200, 10, 10], { left: 10, top: 0, right: 20, bottom: 10 }, 4)).toEqual({ x: 14, y: 7 });
    expect(centreOfColour(screen(), [200, 10, 10], all, 9)).toBeNull();
    expect(centreOfColour(screen(), [0, 0, 255], all, 1)).toBeNull();
  });
});
