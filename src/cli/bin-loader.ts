/**
 * The `krachtcoach` bin (dist/krachtcoach.mjs): starts the CLI bundle (dist/krachtcoach-core.cjs)
 * from V8's code cache. Compiling the megabyte of bundled code, and then each function as it is
 * first called, costs every start tens of milliseconds; the cache holds that work, done once.
 * The cache is compiled code only, never results: a missing, rejected or unwritable cache just
 * means compiling as usual (and writing a fresh cache at exit, where that is possible).
 * Its name holds the bundle's content hash and the Node version: V8 itself only checks the
 * length of the source, so a rebuilt bundle must never meet the cache of another.
 * Built by src/tools/build-cli.mjs, which puts in KRACHTCOACH_CORE.
 */
import './regexp-native'; // before compiling: the V8 flags are part of what the cache must match
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

declare const KRACHTCOACH_CORE: { file: string; hash: string };

const dir = dirname(fileURLToPath(import.meta.url));
const file = join(dir, KRACHTCOACH_CORE.file);
const cacheFile = join(dir, `.${KRACHTCOACH_CORE.file}-${KRACHTCOACH_CORE.hash}-${process.version}-${arch()}.v8cache`);

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet
}
// The CommonJS wrapper, as Node's own loader puts it around a module.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(script));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dir);

/** Writes the cache after the run, so it holds the functions the run compiled; quietly skipped where the folder is not writable. */
function writeCache(compiled: Script): void {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(temporary, compiled.createCachedData());
    renameSync(temporary, cacheFile); // whole or not at all, also when two runs write at once
  } catch {
    // a read-only install: every run compiles, as without a cache
  }
}
