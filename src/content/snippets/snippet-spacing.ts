/**
 * What goes around an inserted snippet so it never sticks to the words beside it ("meneer.
 * Evaluatie" on one line, or "meneerVandaag"). Pure: the text on either side of the insertion
 * and the snippet's own text in, the separators out.
 */
export interface SnippetSpacing {
  /** Goes before the snippet: "", " " or "\n". */
  prefix: string;
  /** Goes after the snippet: "", " " or "\n". */
  suffix: string;
  /** Spaces just before the insertion that the line break replaces (none would be left at a line's end). */
  trimBefore: number;
  /** Spaces just after the insertion that the line break replaces (none would be left at a line's start). */
  trimAfter: number;
}

/** A snippet of more than one line, or one that is a heading ("## Evaluatie"), is a block of its own. */
export function isBlockSnippet(body: string): boolean {
  const trimmed = body.trim();
  return trimmed.includes('\n') || /^#{1,6}\s/.test(trimmed);
}

const SPACE = /[ \t\u00a0]/;
/** After these an inline snippet follows without a space: "(", a quote that opens, a slash. */
const OPENS = /[([{“‘«„/]/;
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The separators for a snippet inserted between `before` and `after` (the field's text on either
 * side). A block starts on a line of its own and ends its line (the line break takes the place of
 * the spaces there); an inline snippet gets a space after a word or punctuation. A space or line
 * break that is already there is never doubled.
 */
export function snippetSpacing(before: string, after: string, text: string, block: boolean): SnippetSpacing {
  return block ? blockSpacing(before, after, text) : inlineSpacing(before, after, text);
}

function blockSpacing(before: string, after: string, text: string): SnippetSpacing {
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const newlineAfter = after.indexOf('\n');
  const lineAfter = newlineAfter === -1 ? after : after.slice(0, newlineAfter);
  const prefix = lineBefore.trim() && !text.startsWith('\n') ? '\n' : '';
  const suffix = lineAfter.trim() && !text.endsWith('\n') ? '\n' : '';
  return {
    prefix,
    suffix,
    trimBefore: prefix ? lineBefore.length - lineBefore.trimEnd().length : 0,
    trimAfter: suffix ? lineAfter.length - lineAfter.trimStart().length : 0,
  };
}

function inlineSpacing(before: string, after: string, text: string): SnippetSpacing {
  const last = before.at(-1);
  const first = text[0];
  const needsPrefix = last !== undefined && last !== '\n' && !SPACE.test(last) && !OPENS.test(last) && first !== undefined && !/\s/.test(first) && !/[.,;:!?)]/.test(first);
  const end = text.at(-1);
  const next = after[0];
  const needsSuffix = next !== undefined && WORDLIKE.test(next) && end !== undefined && !/\s/.test(end);
  return { prefix: needsPrefix ? ' ' : '', suffix: needsSuffix ? ' ' : '', trimBefore: 0, trimAfter: 0 };
}
