import type { BuiltinTemplate } from '../template-schema';
import { actieplan } from './actieplan';
import { afronden } from './afronden';
import { completeBoodschap } from './complete-boodschap';
import { evaluatie } from './evaluatie';
import { hulpbronnen } from './hulpbronnen';
import { krachteninventarisatie } from './krachteninventarisatie';
import { leveringsplanSamenvatting } from './leveringsplan-samenvatting';
import { ontmoetenEnAansluiten } from './ontmoeten-en-aansluiten';
import { oplossingsgerichteVragen } from './oplossingsgerichte-vragen';
import { taxatieVanDraagkracht } from './taxatie-van-draagkracht';
import { teamkrachtbespreking } from './teamkrachtbespreking';

/**
 * The built-in templates, read-only (a worker duplicates one to change it), in the order of a
 * begeleidingstraject: meeting, inventory, plan, support, evaluation, closing; then the tools.
 * One file per template; its id is its file name (checked in builtin.test.ts).
 */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  ontmoetenEnAansluiten,
  krachteninventarisatie,
  taxatieVanDraagkracht,
  actieplan,
  hulpbronnen,
  evaluatie,
  afronden,
  completeBoodschap,
  oplossingsgerichteVragen,
  teamkrachtbespreking,
  leveringsplanSamenvatting,
];

/** The built-in template for a shortcut such as `/ki`, if any. */
export function builtinByShortcut(shortcut: string): BuiltinTemplate | undefined {
  const s = shortcut.trim().toLowerCase();
  return BUILTIN_TEMPLATES.find((t) => t.shortcut === s);
}
