#!/usr/bin/env node
// Builds the `krachtcoach` command (package.json "bin"): dist/krachtcoach.mjs, a small loader
// (src/cli/bin-loader.ts), and dist/krachtcoach-core.cjs, the whole CLI as one self-contained
// bundle, which the loader compiles from V8's code cache: `npx krachtcoach check FILE` then
// starts without compiling anything. The build runs the bin once, so the cache exists from
// the start. The required literals and phrases of the built-in rules go in worked out
// (src/cli/built-in-literals.ts), so the bin does not parse a megabyte of rule sources at every start.
// Runs after every npm install (postinstall); `npm run coach` keeps compiling on demand.
// `--out FILE --readable` writes an unminified copy elsewhere (FILE and FILE's core), for
// profiling with names.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: options } = parseArgs({ options: { out: { type: 'string' }, readable: { type: 'boolean' } } });
const outfile = resolve(options.out ?? resolve(root, 'dist/krachtcoach.mjs'));
const outdir = dirname(outfile);
const coreName = `${basename(outfile).replace(/\.[cm]?js$/, '')}-core.cjs`;
const corefile = join(outdir, coreName);

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
const shared = { bundle: true, platform: 'node', target: 'node20', minify: !options.readable, legalComments: 'none', logLevel: 'error' };
// CommonJS, as only a vm.Script (a classic script) can be compiled from a code cache in Node 20.
await build({
  ...shared,
  entryPoints: [resolve(root, 'src/cli/coach.ts')],
  outfile: corefile,
  format: 'cjs',
  define: {
    KRACHTCOACH_BUILT_IN_LITERALS: JSON.stringify(tables.literals),
    KRACHTCOACH_BUILT_IN_PHRASES: JSON.stringify(JSON.stringify(tables.phrases)),
  },
});
const hash = createHash('sha256').update(readFileSync(corefile)).digest('hex').slice(0, 16);
await build({
  ...shared,
  entryPoints: [resolve(root, 'src/cli/bin-loader.ts')],
  outfile,
  format: 'esm',
  define: { KRACHTCOACH_CORE: JSON.stringify({ file: coreName, hash }) },
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(outfile, 0o755);

// Caches of earlier builds go; one run on a short report makes the new one (check's functions compiled).
for (const name of readdirSync(outdir)) if (name.startsWith(`.${coreName}-`) && name.endsWith('.v8cache')) rmSync(join(outdir, name), { force: true });
const sample = 'Meneer kwam niet naar de groep. Hij moet zijn medicatie innemen.\nCliënt is zorgmijdend en heeft weinig ziekte-inzicht; dit wordt besproken in het MDO.';
execFileSync(process.execPath, [outfile, 'check', '-'], { input: sample, stdio: ['pipe', 'ignore', 'inherit'] });
