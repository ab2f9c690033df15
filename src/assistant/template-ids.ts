/**
 * The template ids that cards may point to: the ids of the built-in templates in
 * src/templates/builtin (knowledge.test.ts checks that each exists there). Kept as a plain list
 * so that the knowledge build needs no template code; the build fails on a card that names an
 * id not in this list.
 */
export const KNOWN_TEMPLATE_IDS = [
  'krachteninventarisatie',
  'actieplan',
  'taxatie-van-draagkracht',
  'ontmoeten-en-aansluiten',
  'evaluatie',
  'afronden',
  'hulpbronnen',
  'complete-boodschap',
  'oplossingsgerichte-vragen',
  'teamkrachtbespreking',
  'leveringsplan-samenvatting',
] as const;
