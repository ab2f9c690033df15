import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { megabytes } from './limits';

export class UsageError extends Error {}

/**
 * Reads a file, or standard input for `-`, up to `limit` bytes. Throws a UsageError with a Dutch
 * message when it cannot be read or is larger than the limit (a file is measured before reading).
 */
export function readInput(file: string, limit: number): string {
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (e) {
    throw new UsageError(`Kan "${file}" niet lezen (${reason(e)}).`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(`Kan "${file}" niet lezen (dit is een map).`);
    if (stat.isFile() && stat.size > limit) throw tooLarge(file, limit);
    return readUpTo(fd, file, limit);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Reads chunks until the end, or stops one byte past the limit (standard input has no size). */
function readUpTo(fd: number, file: string, limit: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1024 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue; // a non-blocking pipe that is not ready yet
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw new UsageError(`Kan "${displayName(file)}" niet lezen (${reason(e)}).`);
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw tooLarge(file, limit);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function tooLarge(file: string, limit: number): UsageError {
  return new UsageError(`"${displayName(file)}" is te groot: de grens is ${megabytes(limit)}. Splits de tekst in kleinere bestanden.`);
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'bestand bestaat niet';
  if (code === 'EISDIR') return 'dit is een map';
  if (code === 'EACCES' || code === 'EPERM') return 'geen toegang';
  return code ?? String(e);
}

export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}
