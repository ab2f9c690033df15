/**
 * Our own labelled question sets: tests/assistant/*.jsonl, then those one folder down
 * (tests/assistant/set-f/…), in a fixed order. Read by the assistant's evaluation and by the
 * build of its example questions, so both see the same files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export function ownQuestionSets(dir: string): string[] {
  const here = readdirSync(dir).sort();
  const top = here.filter((f) => f.endsWith('.jsonl')).map((f) => resolve(dir, f));
  const nested = here
    .map((f) => resolve(dir, f))
    .filter((p) => statSync(p).isDirectory())
    .flatMap((sub) => readdirSync(sub).filter((f) => f.endsWith('.jsonl')).sort().map((f) => resolve(sub, f)));
  return [...top, ...nested];
}

/** The sets under tests/assistant with their text; paths relative to the root, as example-pool.ts reads them. */
export function readQuestionSets(root: string): Array<{ path: string; jsonl: string }> {
  return ownQuestionSets(resolve(root, 'tests/assistant')).map((file) => ({ path: relative(root, file), jsonl: readFileSync(file, 'utf8') }));
}
