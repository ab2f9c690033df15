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
 * - A krachteninventarisatie is whole when it has headings for at least three leefgebieden, or a
 *   Prioriteiten block beside at least one leefgebied (the form of the whole sheet).
 * - An actieplan is whole when it has a filled-in goal and at least one step.
 */
export function isWholeWorksheet(text: string, kind: WorksheetKind): boolean {
  if (kind === 'krachteninventarisatie') {
    const inv = readInventory(text);
    return inv.areas.size >= 3 || (inv.priorities !== undefined && inv.areas.size >= 1);
  }
  const plan = readActionPlan(text);
  return !!plan.goal && plan.goal.text.some((t) => hasContent(t.text)) && plan.steps.length >= 1;
}
