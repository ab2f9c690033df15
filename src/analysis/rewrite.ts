import type { Suggestion } from './types';

/** Keeps a capital at the start of a sentence when the replacement starts in lower case. */
function matchCase(replacement: string, original: string): string {
  const first = original[0];
  if (!first || first === first.toLowerCase() || replacement.startsWith('[')) return replacement;
  return replacement[0]!.toUpperCase() + replacement.slice(1);
}

/** `$0` in a rewrite template stands for the matched text. */
export function expandRewrite(template: string, matched: string): string {
  return matchCase(template.replaceAll('$0', matched), matched);
}

/** Applies a suggestion to the text: what the editor does when the worker clicks it. */
export function applySuggestion(text: string, start: number, end: number, suggestion: Suggestion): string {
  return text.slice(0, start) + suggestion.replacement + text.slice(end);
}

/** The first [placeholder] in a replacement, for selecting it after insertion. */
export function placeholderRange(replacement: string): { start: number; end: number } | null {
  const m = /\[[^\]]+\]/.exec(replacement);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
