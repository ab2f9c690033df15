/**
 * What the CLI reads at most. Beyond these it stops with a Dutch message and exit 2, before it
 * reads or analyses anything: a mistaken file (a database dump, a video) never eats the
 * machine's memory.
 */
const MB = 1024 * 1024;

/** A text file for `check` or `assess`: a year of reports of a whole team is a few MB. */
export const MAX_TEXT_BYTES = 32 * MB;
/** A batch file (`--jsonl`). */
export const MAX_BATCH_BYTES = 64 * MB;
/** One text in a batch line (`text`). */
export const MAX_FIELD_CHARS = 1 * MB;
/** One question to the assistant: a question, not a report. */
export const MAX_QUESTION_CHARS = 2000;

/** "32 MB", or "2 kB" below a megabyte. */
export function megabytes(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024).toLocaleString('nl-NL')} kB`;
  return `${(bytes / MB).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}
