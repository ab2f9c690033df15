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

/** The label of a question the method cards do not cover. */
export const OUT_OF_SCOPE = 'out-of-scope';

/**
 * The card that answers a topic when the question's words do not say which of its cards: the
 * overview card of the topic. The router gives it the topic model's evidence (topic-model.ts).
 */
export const TOPIC_CARDS: Readonly<Record<Topic, string>> = {
  'krachtgericht-formuleren': 'krachtgericht-formuleren',
  'niet-formuleringen': 'niet-formuleringen',
  labels: 'labels',
  taalgebruik: 'eenvoudige-taal',
  'complete-boodschap': 'complete-boodschap',
  krachteninventarisatie: 'krachteninventarisatie',
  actieplan: 'actieplan',
  'taxatie-draagkracht': 'taxatie-van-draagkracht',
  meldcode: 'meldcode',
  hulpbronnen: 'hulpbronnen',
  ecogram: 'ecogram',
  'hoop-perspectief': 'hoop-en-perspectief',
  werkrelatie: 'werkrelatie',
  'evaluatie-afronden': 'evaluatie',
  teamkrachtbespreking: 'teamkrachtbespreking',
  'oplossingsgerichte-vragen': 'oplossingsgerichte-vragen',
  ervaringsdeskundigheid: 'ervaringsdeskundigheid',
  naastbetrokkenen: 'naastbetrokkenen',
  intervisie: 'intervisiemethodes',
  algemeen: 'krachtgericht-werken',
};
