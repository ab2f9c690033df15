import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StdoutWriter } from './stdout-writer';

describe('StdoutWriter', () => {
  it('writes exactly the UTF-8 of its pieces: small ones, a chunk overflowing, a giant piece, a lone surrogate', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kc-writer-')), 'out.txt');
    const fd = openSync(file, 'w');
    const pieces = ['{"tekst":"cliënt ‘zegt’ nee"}\n', 'é'.repeat(70_000), 'x\uD800y', '€'.repeat(900_000), 'einde\n'];
    const writer = new StdoutWriter(fd);
    for (const p of pieces) writer.write(p);
    writer.flush();
    closeSync(fd);
    expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });
});
