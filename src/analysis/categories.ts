import type { Category } from './types';

interface CategoryDisplay {
  /** Dutch, as the worker reads it: on the card, in the side panel, in the chat, in docs/rules.md. */
  name: string;
  /** Colour of the underline and of the category's accents. */
  color: string;
  /** Line style of the underline (`text-decoration-style`). */
  line: 'solid' | 'wavy' | 'dashed' | 'double' | 'dotted';
}

/** Which category leads where findings overlap: the one underlined and named first on the card. */
export const CATEGORY_PRIORITY: readonly Category[] = ['unfinished', 'label', 'coercion', 'deficit', 'negation', 'jargon', 'not-first-person', 'vague'];

/**
 * How each category shows, in one table for every part of Krachtcoach. The names are the words
 * the rule messages start with ("Sturende taal: …"). Each category has its own line style as well
 * as its own colour, so the categories stay apart for colour-blind workers too.
 */
export const CATEGORY_DISPLAY: Readonly<Record<Category, CategoryDisplay>> = {
  negation: { name: 'Niet-formulering', color: '#c2410c', line: 'wavy' },
  deficit: { name: 'Probleemgerichte taal', color: '#a16207', line: 'dashed' },
  label: { name: 'Etiket', color: '#b91c1c', line: 'solid' },
  jargon: { name: 'Vakjargon', color: '#6d28d9', line: 'dotted' },
  coercion: { name: 'Sturende taal', color: '#be185d', line: 'double' },
  'not-first-person': { name: 'Geen ik-vorm', color: '#0f766e', line: 'dashed' },
  vague: { name: 'Vaag', color: '#475569', line: 'dotted' },
  unfinished: { name: 'Nog invullen', color: '#1d4ed8', line: 'solid' },
};
