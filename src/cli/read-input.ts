import { readFileSync } from 'node:fs';

export class UsageError extends Error {}

/** Reads a file, or standard input for `-`. Throws a UsageError with a Dutch message. */
export function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'bestand bestaat niet' : code === 'EISDIR' ? 'dit is een map' : code ?? String(e);
    throw new UsageError(`Kan "${file}" niet lezen (${why}).`);
  }
}

export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}
