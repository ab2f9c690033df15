#!/usr/bin/env node
// Builds the `krachtcoach` command (package.json "bin") as one self-contained bundle,
// dist/krachtcoach.mjs: `npx krachtcoach check FILE` then starts without compiling anything.
// The required literals of the built-in rules go in worked out (src/cli/built-in-literals.ts),
// so the bin does not parse a megabyte of rule sources at every start.
// Runs after every npm install (postinstall); `npm run coach` keeps compiling on demand.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = resolve(root, 'dist/krachtcoach.mjs');

/** The literal table, from the same sources the bundle is built from. */
async function builtInLiteralTable() {
  const dir = mkdtempSync(join(tmpdir(), 'krachtcoach-literals-'));
  try {
    const table = join(dir, 'table.mjs');
    await build({ entryPoints: [resolve(root, 'src/cli/built-in-literals.ts')], outfile: table, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
    return (await import(pathToFileURL(table).href)).builtInLiteralTable();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await build({
  entryPoints: [resolve(root, 'src/cli/coach.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  define: { KRACHTCOACH_BUILT_IN_LITERALS: JSON.stringify(await builtInLiteralTable()) },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'error',
});
chmodSync(outfile, 0o755);
