/**
 * The topics a Krachtwerk trainer sorts questions by (../shared/eval/ASSISTANT-AND-WORKSHEETS.md
 * § 1.1), plus `algemeen` for a card about the method as a whole. Every knowledge card names
 * exactly one in its front matter; `coach cards --json` prints it.
 */
export const TOPICS = [
  'krachtgericht-formuleren',
  'niet-formuleringen',
  'labels',
  'taalgebruik',
  'complete-boodschap',
  'krachteninventarisatie',
  'actieplan',
  'taxatie-draagkracht',
  'meldcode',
  'hulpbronnen',
  'ecogram',
  'hoop-perspectief',
  'werkrelatie',
  'evaluatie-afronden',
  'teamkrachtbespreking',
  'oplossingsgerichte-vragen',
  'ervaringsdeskundigheid',
  'naastbetrokkenen',
  'intervisie',
  'algemeen',
] as const;

export type Topic = (typeof TOPICS)[number];
