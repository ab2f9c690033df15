import { startsSentence } from '../analysis/rewrite';

/**
 * The text a worker's answer to a card's question puts in place of the finding's words: their
 * own words as typed, trimmed, with a capital where the words began a sentence with one. An
 * empty answer puts nothing in (null).
 */
export function answerReplacement(text: string, start: number, end: number, answer: string): string | null {
  const words = answer.replace(/\s+/g, ' ').trim();
  if (!words) return null;
  const original = text.slice(start, end);
  const capital = startsSentence(text, start) && /^\p{Lu}/u.test(original);
  return capital ? words[0]!.toUpperCase() + words.slice(1) : words;
}
