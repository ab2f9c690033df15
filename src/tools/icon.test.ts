import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICON_SIZES, ICON_TILE_RGB } from './icon';
import { encodePng } from './png';
import { projectRoot } from './project-root';

describe('the icon', () => {
  it.each(ICON_SIZES)('public/icons/icon-%i.png is what icon.ts draws (run make-icons.ts after a change)', (size) => {
    const committed = readFileSync(resolve(projectRoot(), `public/icons/icon-${size}.png`));
    expect(encodePng({ width: size, height: size, data: drawIcon(size) }).equals(committed)).toBe(true);
  });

  it('has clear corners, a teal tile and a white sprout in the middle', () => {
    const size = 32;
    const px = drawIcon(size);
    const at = (x: number, y: number) => [...px.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(3, 16)).toEqual([...ICON_TILE_RGB, 255]);
    expect(at(16, 20)).toEqual([255, 255, 255, 255]);
  });
});
