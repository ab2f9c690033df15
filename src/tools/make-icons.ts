/**
 * Writes the icon (src/tools/icon.ts) to public/icons/; the PNGs are committed. After changing
 * the drawing: node src/tools/run.mjs src/tools/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { drawIcon, ICON_SIZES } from './icon';
import { encodePng } from './png';
import { projectRoot } from './project-root';

const dir = resolve(projectRoot(), 'public/icons');
mkdirSync(dir, { recursive: true });
for (const size of ICON_SIZES) {
  writeFileSync(resolve(dir, `icon-${size}.png`), encodePng({ width: size, height: size, data: drawIcon(size) }));
}
console.log(`iconen geschreven in ${dir}`);
