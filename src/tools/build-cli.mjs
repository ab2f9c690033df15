#!/usr/bin/env node
// Builds the `krachtcoach` command (package.json "bin") as one self-contained bundle,
// dist/krachtcoach.mjs: `npx krachtcoach check FILE` then starts without compiling anything.
// Runs after every npm install (postinstall); `npm run coach` keeps compiling on demand.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = resolve(root, 'dist/krachtcoach.mjs');
await build({
  entryPoints: [resolve(root, 'src/cli/coach.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'error',
});
chmodSync(outfile, 0o755);
