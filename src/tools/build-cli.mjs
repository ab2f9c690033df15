#!/usr/bin/env node
// Builds the `krachtcoach` command (package.json "bin") as one self-contained bundle,
// dist/krachtcoach.mjs: `npx krachtcoach check FILE` then starts without compiling anything.
// The required literals and phrases of the built-in rules go in worked out
// (src/cli/built-in-literals.ts), so the bin does not parse a megabyte of rule sources at every start.
// Runs after every npm install (postinstall); `npm run coach` keeps compiling on demand.
// `--out FILE --readable` writes an unminified copy elsewhere, for profiling with names.
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: options } = parseArgs({ options: { out: { type: 'string' }, readable: { type: 'boolean' } } });
const outfile = resolve(options.out ?? resolve(root, 'dist/krachtcoach.mjs'));

/** The literal and phrase tables, from the same sources the bundle is built from. */
async function builtInTables() {
  const dir = mkdtempSync(join(tmpdir(), 'krachtcoach-literals-'));
  try {
    const table = join(dir, 'table.mjs');
    await build({ entryPoints: [resolve(root, 'src/cli/built-in-literals.ts')], outfile: table, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
    const tables = await import(pathToFileURL(table).href);
    return { literals: tables.builtInLiteralTable(), phrases: tables.builtInPhraseTable() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tables = await builtInTables();
await build({
  entryPoints: [resolve(root, 'src/cli/coach.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: !options.readable,
  legalComments: 'none',
  define: {
    KRACHTCOACH_BUILT_IN_LITERALS: JSON.stringify(tables.literals),
    KRACHTCOACH_BUILT_IN_PHRASES: JSON.stringify(JSON.stringify(tables.phrases)),
  },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'error',
});
chmodSync(outfile, 0o755);
