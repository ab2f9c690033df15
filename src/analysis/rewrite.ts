import type { Replacement, Suggestion } from './types';

/** A capital only at the start of a sentence: mid-sentence a replacement's first word is lower case, unless it is an acronym. */
function sentenceCase(replacement: string, atSentenceStart: boolean): string {
  const first = replacement[0];
  if (!first) return replacement;
  if (atSentenceStart) return first.toUpperCase() + replacement.slice(1);
  const firstWord = /^\p{L}+/u.exec(replacement)?.[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return acronym ? replacement : first.toLowerCase() + replacement.slice(1);
}

/** `$0` in a rewrite template stands for the matched text. */
export function expandRewrite(template: string, matched: string, atSentenceStart: boolean): string {
  return sentenceCase(template.replaceAll('$0', matched), atSentenceStart);
}

const OPENERS = `[\\s"'„“‘(]*`;
const LINE_START = `\\n\\s*(?:(?:[-*•–]|\\d{1,2}[.)]|[a-z][)])\\s+)?`;
const SENTENCE_START = new RegExp(`(?:[.!?]\\s+|${LINE_START})${OPENERS}$`, 'u');
const SENTENCE_START_OR_TEXT_START = new RegExp(`(?:^(?:(?:[-*•–]|\\d{1,2}[.)]|[a-z][)])\\s+)?|[.!?]\\s+|${LINE_START})${OPENERS}$`, 'u');

/**
 * Whether `start` begins a sentence in `text`: nothing but opening quotes or brackets before it
 * since the start, a line break, or a full stop, question mark or exclamation mark.
 */
export function startsSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 16);
  const before = text.slice(from, start);
  // A list item starts a sentence too: "- ", "• ", "3. " or "a) " at the start of a line.
  return (from === 0 ? SENTENCE_START_OR_TEXT_START : SENTENCE_START).test(before);
}

/** The one-click replacements of a finding, in order (its questions are not among them). */
export function replacementsOf(suggestions: readonly Suggestion[]): Replacement[] {
  return suggestions.filter((s): s is Replacement => s.kind === 'replace');
}

/** The text a suggestion shows: the replacement, or the question. */
export function suggestionText(s: Suggestion): string {
  return s.kind === 'replace' ? s.replacement : s.question;
}

/** Applies a suggestion to the text: what the editor does when the worker clicks it. */
export function applySuggestion(text: string, start: number, end: number, suggestion: Replacement): string {
  return text.slice(0, start) + suggestion.replacement + text.slice(end);
}

/** The first [placeholder] in a replacement, for selecting it after insertion. */
export function placeholderRange(replacement: string): { start: number; end: number } | null {
  const m = /\[[^\]]+\]/.exec(replacement);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
