import { CATEGORY_DISPLAY } from '../analysis/categories';
import type { Category } from '../analysis/types';

/** Words from the text, quoted the one way the card quotes: Dutch single curly quotes. */
export function quoted(words: string): string {
  return `‘${words}’`;
}

/** Quotes in a rule's message or explanation ("…", “…”, '…') in the card's one style. */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"\n]+)"|“([^”\n]+)”|(?<!\p{L})'([^'\n]+)'(?!\p{L})/gu, (_, a, b, c) => quoted(a ?? b ?? c));
}

/** Earlier names of a category that rule messages may still start with. */
const FORMER_NAMES: Partial<Record<Category, readonly string[]>> = { label: ['Label'] };

/**
 * A rule's message as the card shows it under its category heading: without a lead-in that
 * only repeats the category ("Label: …" under ETIKET), so heading and message never disagree.
 */
export function cardMessage(message: string, category: Category): string {
  const colon = message.indexOf(': ');
  if (colon < 0) return curlyQuotes(message);
  const lead = message.slice(0, colon).toLowerCase();
  const names = [CATEGORY_DISPLAY[category].name, ...(FORMER_NAMES[category] ?? [])].map((n) => n.toLowerCase());
  if (!names.includes(lead)) return curlyQuotes(message);
  const rest = message.slice(colon + 2);
  return curlyQuotes(rest.charAt(0).toUpperCase() + rest.slice(1));
}
