#!/usr/bin/env node
// Runs a TypeScript entry (the CLI, the demo, the bench) under plain Node: bundles it once with
// esbuild into node_modules/.cache and rebuilds only when one of its inputs changed, so the
// CLI starts in tens of milliseconds instead of paying for a TypeScript loader on every call.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('gebruik: node src/tools/run.mjs BESTAND.ts [argumenten]');
  process.exit(2);
}
const entry = resolve(root, entryArg);
const cacheDir = resolve(root, 'node_modules/.cache/krachtcoach');
// Keyed by the entry's full path: two entries with the same file name must not share a bundle.
const key = createHash('sha1').update(entry).digest('hex').slice(0, 8);
const out = resolve(cacheDir, `${basename(entry, '.ts')}-${key}.mjs`);
const metaFile = `${out}.inputs.json`;

function isFresh() {
  if (!existsSync(out) || !existsSync(metaFile)) return false;
  const built = statSync(out).mtimeMs;
  const inputs = JSON.parse(readFileSync(metaFile, 'utf8'));
  return inputs.every((f) => existsSync(f) && statSync(f).mtimeMs <= built);
}

if (!isFresh()) {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
    alias: { '@': root },
  });
  const inputs = Object.keys(result.metafile.inputs).map((f) => resolve(root, f));
  writeFileSync(metaFile, JSON.stringify(inputs));
}

process.argv = [process.argv[0], out, ...args];
await import(pathToFileURL(out).href);
