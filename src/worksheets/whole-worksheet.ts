import type { LeefgebiedId } from '../analysis/leefgebieden';
import { areasOfHeading } from './area-heading';
import { readActionPlan } from './read-action-plan';
import { readInventory } from './read-inventory';
import type { WorksheetKind } from './assessment-schema';
import { hasContent } from './text-lines';

/**
 * Whether a text is a whole worksheet, so that the whole-worksheet criteria (all ten
 * leefgebieden, the priorities, a goal with steps) may judge it. An ECD often has one field per
 * leefgebied ("Krachteninventarisatie – Wonen & dagelijks leven"): such an entry is part of a
 * worksheet, and asking it for the other nine areas would fail every good entry.
 *
 * - A krachteninventarisatie is whole when it names at least three leefgebieden as headings or as
 *   line openings ("c. Financiën – Ik heb …"), or has a Prioriteiten block beside a leefgebied.
 * - An actieplan is whole when it has a filled-in goal and a step, or at least two steps.
 */
export function isWholeWorksheet(text: string, kind: WorksheetKind): boolean {
  if (kind === 'krachteninventarisatie') {
    const inv = readInventory(text);
    const areas = new Set<LeefgebiedId>([...inv.areas.keys(), ...areasOpeningLines(text)]);
    return areas.size >= 3 || (inv.priorities !== undefined && areas.size >= 1);
  }
  const plan = readActionPlan(text);
  const goal = !!plan.goal && plan.goal.text.some((t) => hasContent(t.text));
  return (goal && plan.steps.length >= 1) || plan.steps.length >= 2;
}

/** A list marker ("a.", "3)", "-") and Markdown emphasis before a line's first words. */
const MARKER = /^\s*(?:[-*•]|\(?[a-z0-9]{1,2}[.)])?\s*[*_#]*\s*/i;
/** What may end a heading at the start of a line: a dash with spaces, a colon, a pipe or a tab. */
const HEADING_END = /\s[–—-]\s|:|\||\t/;

/** Leefgebieden named at the start of a line, before a dash, colon or cell border. */
function areasOpeningLines(text: string): LeefgebiedId[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const head = line.replace(MARKER, '').split(HEADING_END)[0]!.replace(/[*_]+$/, '');
    return head.length <= 60 ? (areasOfHeading(head) ?? []) : [];
  });
}
