/**
 * A rule's words as the card and the panel show them, in one place for both: quotes in the one
 * Dutch style, and no lead-in that only repeats the category the view already names.
 */
import { CATEGORY_DISPLAY } from './categories';
import type { Category } from './types';

/** Words from the text, quoted the one way Krachtcoach quotes: Dutch single curly quotes. */
export function quoted(words: string): string {
  return `‘${words}’`;
}

/** Quotes in a rule's message or explanation ("…", “…”, '…') in the one style. */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"\n]+)"|“([^”\n]+)”|(?<!\p{L})'([^'\n]+)'(?!\p{L})/gu, (_, a, b, c) => quoted(a ?? b ?? c));
}

/** Earlier names of a category that rule messages may still start with. */
const FORMER_NAMES: Partial<Record<Category, readonly string[]>> = { label: ['Label'] };

/**
 * A rule's message under its category (the card's heading, the panel's marker): without a lead-in
 * that only repeats the category ("Label: …" under ETIKET), so the two never disagree.
 */
export function messageUnderCategory(message: string, category: Category): string {
  const colon = message.indexOf(': ');
  if (colon < 0) return curlyQuotes(message);
  const lead = message.slice(0, colon).toLowerCase();
  const names = [CATEGORY_DISPLAY[category].name, ...(FORMER_NAMES[category] ?? [])].map((n) => n.toLowerCase());
  if (!names.includes(lead)) return curlyQuotes(message);
  const rest = message.slice(colon + 2);
  return curlyQuotes(rest.charAt(0).toUpperCase() + rest.slice(1));
}
