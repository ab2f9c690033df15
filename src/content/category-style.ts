import type { Category } from '../analysis/types';

/**
 * Each category has its own line style as well as its own colour, so the categories stay apart
 * for colour-blind workers too. No background fill: it made every keystroke in a rich editor
 * repaint noticeably more (bench:browser), and the line already carries the category.
 */
export const CATEGORY_STYLE: Record<Category, { color: string; line: string }> = {
  label: { color: '#b91c1c', line: 'solid' },
  negation: { color: '#c2410c', line: 'wavy' },
  deficit: { color: '#a16207', line: 'dashed' },
  coercion: { color: '#be185d', line: 'double' },
  jargon: { color: '#6d28d9', line: 'dotted' },
  'not-first-person': { color: '#0f766e', line: 'dashed' },
  vague: { color: '#475569', line: 'dotted' },
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
  return `text-decoration: underline ${s.line} ${s.color} ${thickness}; text-underline-offset: 3px;`;
}

/** `::highlight()` rules; they must live in the document of the editable content. */
export function highlightCss(): string {
  const rules = (Object.keys(CATEGORY_STYLE) as Category[]).map((c) => `::highlight(${highlightName(c)}) { ${decoration(c)} }`);
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.45); }`);
  return rules.join('\n');
}
