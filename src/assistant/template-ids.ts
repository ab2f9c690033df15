/**
 * The template ids that cards may point to. The built-in templates (issue 4) do not exist yet:
 * these ids are the names the assistant expects them to have. When the templates land, align
 * this list with their ids (the knowledge build fails on a card that names an unknown id).
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
