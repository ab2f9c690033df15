import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The repository root: the nearest folder up from the working directory with wxt.config.ts. */
export function projectRoot(): string {
  let dir = process.cwd();
  while (!existsSync(resolve(dir, 'wxt.config.ts')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
