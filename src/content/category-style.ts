import { CATEGORY_DISPLAY, CATEGORY_PRIORITY } from '../analysis/categories';
import { CATEGORIES, type Category } from '../analysis/types';

export { CATEGORY_PRIORITY };

const HIGHLIGHT_PREFIX = 'krachtcoach-';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;

export function highlightName(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

/**
 * The underline of a category. No background fill: it made every keystroke in a rich editor
 * repaint noticeably more (bench:browser), and the line already carries the category.
 */
function decoration(category: Category): string {
  const s = CATEGORY_DISPLAY[category];
  return `text-decoration: underline ${s.line} ${s.color} ${s.thickness}px; text-underline-offset: 3px;`;
}

/** `::highlight()` rules; they must live in the document of the editable content. */
export function highlightCss(): string {
  const rules = CATEGORIES.map((c) => `::highlight(${highlightName(c)}) { ${decoration(c)} }`);
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.45); }`);
  return rules.join('\n');
}
