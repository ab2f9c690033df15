import { CATEGORY_PRIORITY, TERM_CATEGORIES } from './categories';
import type { Finding } from './types';

/**
 * One finding per span, as the worker sees them: findings that overlap become one, led by the
 * longest (then by CATEGORY_PRIORITY), which carries the others in `also`. "Geen ziekte-inzicht"
 * is then one underline and one card (label, with jargon and negation named on it), not three.
 * The led finding keeps its own range and replacements; of the others it takes the questions, and
 * a replacement only where it covers exactly that range, so every replacement still fits its span.
 * An other finding that makes the lead's point again is `folded`: its category is named, its
 * message not repeated. That is a term finding (TERM_CATEGORIES) inside the words of a term
 * lead of another category: the jargon "ziekte-inzicht" inside the etiket "geen ziekte-inzicht".
 * The engine's own result (the CLI, the measuring sets) keeps one finding per category.
 */
export function mergeOverlapping(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Finding[][] = [];
  let groupEnd = -1;
  for (const f of sorted) {
    if (groups.length && f.start < groupEnd) groups.at(-1)!.push(f);
    else groups.push([f]);
    groupEnd = Math.max(groupEnd, f.end);
  }
  return groups.map(lead);
}

const rank = (f: Finding) => CATEGORY_PRIORITY.indexOf(f.category);

function lead(group: Finding[]): Finding {
  if (group.length === 1) return group[0]!;
  const [first, ...others] = [...group].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
  const seen = new Set(first!.suggestions.map((s) => (s.kind === 'replace' ? `r:${s.replacement}` : `q:${s.question}`)));
  const suggestions = [...first!.suggestions];
  for (const other of others) {
    for (const s of other.suggestions) {
      const key = s.kind === 'replace' ? `r:${s.replacement}` : `q:${s.question}`;
      const fits = s.kind === 'question' || (other.start === first!.start && other.end === first!.end);
      if (fits && !seen.has(key)) {
        seen.add(key);
        suggestions.push(s);
      }
    }
  }
  // Replacements before questions, as in every finding.
  suggestions.sort((a, b) => Number(a.kind === 'question') - Number(b.kind === 'question'));
  const also = others.map(({ rule, category, message, start, end }) =>
    repeatsLead(first!, { category, start, end }) ? { rule, category, message, folded: true as const } : { rule, category, message },
  );
  return { ...first!, suggestions, also };
}

/** Whether an other finding only makes the lead's point again (see mergeOverlapping). */
function repeatsLead(lead: Finding, other: Pick<Finding, 'category' | 'start' | 'end'>): boolean {
  const inside = lead.start <= other.start && other.end <= lead.end;
  return inside && other.category !== lead.category && TERM_CATEGORIES.has(lead.category) && TERM_CATEGORIES.has(other.category);
}

/** The messages a merged finding shows: its own, then those of the others that add a point. */
export function shownMessages(finding: Finding): Array<Pick<Finding, 'rule' | 'category' | 'message'>> {
  return [finding, ...(finding.also ?? []).filter((a) => !a.folded)].map(({ rule, category, message }) => ({ rule, category, message }));
}
