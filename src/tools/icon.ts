/**
 * The extension's icon: a white sprout on a teal tile (growth from what is there). Drawn in code
 * so a build needs no image tools; src/tools/make-icons.ts writes it to public/icons/.
 */

/** The tile colour; the toolbar test finds the button by it (tests/e2e/os-input.spec.ts). */
export const ICON_TILE_RGB = [0x0f, 0x76, 0x6e] as const;
export const ICON_SIZES = [16, 32, 48, 128] as const;

type Shape = (x: number, y: number) => boolean;

// Shapes on a 0..1 square.
const tile: Shape = (x, y) => {
  const r = 0.22;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};

function ellipse(cx: number, cy: number, rx: number, ry: number, angle: number): Shape {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return (x, y) => {
    const u = ((x - cx) * cos + (y - cy) * sin) / rx;
    const v = (-(x - cx) * sin + (y - cy) * cos) / ry;
    return u * u + v * v <= 1;
  };
}

const stem: Shape = (x, y) => Math.abs(x - 0.5) <= 0.045 && y >= 0.42 && y <= 0.8;
const ground: Shape = (x, y) => Math.abs(y - 0.8) <= 0.04 && Math.abs(x - 0.5) <= 0.22;
const leftLeaf = ellipse(0.36, 0.42, 0.17, 0.08, Math.PI / 5);
const rightLeaf = ellipse(0.64, 0.33, 0.19, 0.09, -Math.PI / 4.5);
const sprout: Shape = (x, y) => stem(x, y) || ground(x, y) || leftLeaf(x, y) || rightLeaf(x, y);

/** 4×4 samples per pixel for smooth edges; the sprout is white, the tile teal, the rest clear. */
export function drawIcon(size: number): Uint8Array {
  const data = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let onTile = 0;
      let onSprout = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!tile(x, y)) continue;
          onTile++;
          if (sprout(x, y)) onSprout++;
        }
      }
      const white = onTile ? onSprout / onTile : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) data[i + c] = Math.round(ICON_TILE_RGB[c]! * (1 - white) + 255 * white);
      data[i + 3] = Math.round((onTile / (n * n)) * 255);
    }
  }
  return data;
}
