import type { Category } from './types';

interface CategoryDisplay {
  /** Dutch, as the worker reads it: on the card, in the side panel, in the chat, in docs/rules.md. */
  name: string;
  /** Colour of the underline and of the category's accents (at least 3:1 against white). */
  color: string;
  /** Line style of the underline (`text-decoration-style`). */
  line: 'solid' | 'wavy' | 'dashed' | 'double' | 'dotted';
  /** Thickness of the underline in CSS pixels (`text-decoration-thickness`). */
  thickness: 1 | 2 | 3;
}

/** Which category leads where findings overlap: the one underlined and named first on the card. */
export const CATEGORY_PRIORITY: readonly Category[] = ['unfinished', 'label', 'coercion', 'deficit', 'negation', 'jargon', 'not-first-person', 'vague'];

/**
 * Categories about a term: a word that names where the method asks to describe (an etiket, a
 * problem word, vakjargon). Their point is always the same, "zeg wat je zag of wat er is, niet
 * de naam", so a term finding inside the words of a longer term finding of another category
 * makes that point again for part of the same words: the merge for display folds it
 * (merge-findings.ts). Negation, coercion, vague, not-first-person and unfinished are about the
 * form of the sentence and keep their own point.
 */
export const TERM_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['label', 'deficit', 'jargon']);

/**
 * How each category shows, in one table for every part of Krachtcoach. The names are the words
 * the rule messages start with ("Sturende taal: …"). The colours stay apart for colour-blind
 * workers too (categories.test.ts simulates protanopia, deuteranopia and tritanopia), and each
 * category also has its own combination of line style and thickness. Red is for etiketten,
 * blue for what is still to be filled in, grey and thin for the suggestions about vague words.
 */
export const CATEGORY_DISPLAY: Readonly<Record<Category, CategoryDisplay>> = {
  negation: { name: 'Niet-formulering', color: '#925f0a', line: 'wavy', thickness: 2 },
  deficit: { name: 'Probleemgerichte taal', color: '#9c8c0c', line: 'dashed', thickness: 2 },
  label: { name: 'Etiket', color: '#992437', line: 'solid', thickness: 2 },
  jargon: { name: 'Vakjargon', color: '#5300f0', line: 'dotted', thickness: 2 },
  coercion: { name: 'Sturende taal', color: '#91078f', line: 'double', thickness: 3 },
  'not-first-person': { name: 'Geen ik-vorm', color: '#019e7a', line: 'dashed', thickness: 1 },
  vague: { name: 'Vaag', color: '#8f889a', line: 'dotted', thickness: 1 },
  unfinished: { name: 'Nog invullen', color: '#5984ff', line: 'solid', thickness: 3 },
};
