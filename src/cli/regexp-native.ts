import { setFlagsFromString } from 'node:v8';

/**
 * V8 runs a regex first in its bytecode interpreter and compiles it to machine code from the
 * second run on: two compilations of every rule regex that runs twice. The CLI runs the same
 * few hundred rule regexes over many paragraphs, so it compiles each to machine code at once.
 * Only how V8 compiles changes, never what a regex matches. Imported first by coach.ts.
 */
setFlagsFromString('--no-regexp-tier-up');
