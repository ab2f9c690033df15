import { builtInRules } from '../analysis';
import { CATEGORY_PRIORITY } from '../analysis/categories';
import type { Category } from '../analysis/types';

export interface RuleEntry {
  id: string;
  category: Category;
  message: string;
}

/** Every built-in rule, as the options page lists it. */
export const RULES: readonly RuleEntry[] = builtInRules.map((r) => ({ id: r.id, category: r.category, message: r.message }));

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleEntry | undefined {
  return byId.get(id);
}

/** The categories in the order the card names them (the ones that hurt most first), every one listed. */
export const CATEGORY_ORDER: readonly Category[] = CATEGORY_PRIORITY;

/** The rules of one category that match a search (on their message or id), case and accents ignored. */
export function rulesOf(category: Category, query: string): RuleEntry[] {
  const q = fold(query.trim());
  return RULES.filter((r) => r.category === category && (!q || fold(r.message).includes(q) || r.id.includes(q)));
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
