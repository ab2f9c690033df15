import type { Category } from '../analysis/types';

/**
 * Each category has its own line style as well as its own colour, so the categories stay apart
 * for colour-blind workers too.
 */
export const CATEGORY_STYLE: Record<Category, { color: string; line: string; fill: string }> = {
  label: { color: '#b91c1c', line: 'solid', fill: 'rgba(185, 28, 28, 0.10)' },
  negation: { color: '#c2410c', line: 'wavy', fill: 'rgba(194, 65, 12, 0.08)' },
  deficit: { color: '#a16207', line: 'dashed', fill: 'rgba(161, 98, 7, 0.08)' },
  coercion: { color: '#be185d', line: 'double', fill: 'rgba(190, 24, 93, 0.08)' },
  jargon: { color: '#6d28d9', line: 'dotted', fill: 'rgba(109, 40, 217, 0.08)' },
  'not-first-person': { color: '#0f766e', line: 'dashed', fill: 'rgba(15, 118, 110, 0.08)' },
  vague: { color: '#475569', line: 'dotted', fill: 'transparent' },
};

/** When findings overlap, the one drawn on top. */
export const CATEGORY_PRIORITY: readonly Category[] = ['label', 'coercion', 'deficit', 'negation', 'jargon', 'not-first-person', 'vague'];

export const CATEGORY_NAME_NL: Record<Category, string> = {
  negation: 'Niet-formulering',
  deficit: 'Probleemgericht',
  label: 'Etiket',
  jargon: 'Vakjargon',
  coercion: 'Sturend',
  'not-first-person': 'Geen ik-vorm',
  vague: 'Vaag',
};

export const HIGHLIGHT_PREFIX = 'krachtcoach-';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;

export function highlightName(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

export function decoration(category: Category): string {
  const s = CATEGORY_STYLE[category];
  const thickness = category === 'vague' ? '1px' : '2px';
  return `text-decoration: underline ${s.line} ${s.color} ${thickness}; text-underline-offset: 3px; background-color: ${s.fill};`;
}

/** `::highlight()` rules; they must live in the document of the editable content. */
export function highlightCss(): string {
  const rules = (Object.keys(CATEGORY_STYLE) as Category[]).map((c) => `::highlight(${highlightName(c)}) { ${decoration(c)} }`);
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.45); }`);
  return rules.join('\n');
}
