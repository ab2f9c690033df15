/**
 * Which snippet shortcut the worker just typed. A shortcut counts at the start of a word
 * (after a space, a line break or the start of the field). One that is also the beginning of a
 * longer shortcut (/ap and /apx) waits for the next space or line break, so both stay reachable;
 * any other expands as soon as it is complete, as in Text Blaze.
 */
export interface ShortcutHit {
  shortcut: string;
  /** Offset where the typed shortcut starts (it is replaced up to the caret). */
  start: number;
  /** Offset up to which the text is replaced: the caret. */
  end: number;
}

export function findShortcut(text: string, caret: number, shortcuts: ReadonlySet<string>): ShortcutHit | null {
  const before = text.slice(Math.max(0, caret - 12), caret);
  const m = /(?:^|[\s\u00a0])(\/[a-z0-9]{2,8})([ \n]?)$/.exec(before);
  if (!m) return null;
  const [, shortcut, delimiter] = m as unknown as [string, string, string];
  if (!shortcuts.has(shortcut)) return null;
  const start = caret - shortcut.length - delimiter.length;
  if (start > 0 && !/[\s\u00a0]/.test(text[start - 1]!)) return null;
  const isPrefix = [...shortcuts].some((s) => s !== shortcut && s.startsWith(shortcut));
  if (isPrefix && !delimiter) return null;
  if (!isPrefix && delimiter) return null; // it expanded already, or the worker undid it
  return { shortcut, start, end: caret };
}
