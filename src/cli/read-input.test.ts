import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput, UsageError } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'read-input-'));

describe('readInput', () => {
  it('reads a file up to its limit, in UTF-8', () => {
    const path = join(dir, 'kort.txt');
    writeFileSync(path, 'Cliënt kookte.');
    expect(readInput(path, 100)).toBe('Cliënt kookte.');
  });
  it('refuses a file over the limit and a folder, in Dutch', () => {
    const path = join(dir, 'lang.txt');
    writeFileSync(path, 'x'.repeat(2048));
    expect(() => readInput(path, 1024)).toThrow(UsageError);
    expect(() => readInput(path, 1024)).toThrow(/te groot: de grens is 1 kB/);
    expect(() => readInput(dir, 1024)).toThrow(/dit is een map/);
    expect(() => readInput(join(dir, 'nergens.txt'), 1024)).toThrow(/bestand bestaat niet/);
  });
});
