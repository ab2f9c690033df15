import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kc-bin-'));
const bin = join(dir, 'kc.mjs');
const report = 'Meneer kwam niet.\nHij moet zijn medicatie innemen, zegt de arts.\n"Ik wil niet," zei ze. Cliënt is zorgmijdend.\n';

const run = (args: string[], input: string) => spawnSync(process.execPath, args, { cwd: root, input, encoding: 'utf8' });
const cacheFiles = () => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));

describe('the built bin', () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, [resolve(root, 'src/tools/build-cli.mjs'), '--out', bin], { cwd: root, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
  }, 120_000);

  it('writes its code cache while building, one per bundle and Node version', () => {
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).toContain(process.version);
  });

  it('gives the same output as the CLI run from source', () => {
    const fromSource = run([resolve(root, 'src/tools/run.mjs'), 'src/cli/coach.ts', 'check', '--json', '-'], report);
    const fromBin = run([bin, 'check', '--json', '-'], report);
    expect(fromBin.status).toBe(fromSource.status);
    expect(JSON.parse(fromBin.stdout).findings.length).toBeGreaterThan(0);
    expect(fromBin.stdout).toBe(fromSource.stdout);
  });

  it('ignores a cache that V8 rejects, gives the same output, and writes a good one', () => {
    const cache = join(dir, cacheFiles()[0]!);
    const before = run([bin, 'check', '--json', '-'], report).stdout;
    writeFileSync(cache, 'not a code cache');
    const after = run([bin, 'check', '--json', '-'], report);
    expect(after.stdout).toBe(before);
    expect(readFileSync(cache, 'utf8')).not.toBe('not a code cache');
  });
});
