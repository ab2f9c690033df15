/**
 * The answer to a question outside the method: first why not and where to go instead (the
 * family's own reply, see scope-families.ts), then kindly what the assistant can help with. No
 * card: a method card presented as the answer to "hoeveel verlofuren heb ik nog" is wrong.
 */

/** What the assistant can help with. */
export const HELP_TOPICS = [
  'krachtgericht formuleren (positief, ik-vorm, eigen woorden, geen labels, eenvoudige taal)',
  'de krachteninventarisatie en de tien leefgebieden',
  'het actieplan met SMART en FUZZY doelen',
  'de taxatie van draagkracht, een niet-pluis gevoel en de stappen van de meldcode',
  'gesprekken: de complete boodschap en oplossingsgerichte vragen',
  'hulpbronnen, ecogram en naastbetrokkenen',
  'evaluatie, afronden, teamkrachtbespreking, intervisie en zelfreflectie',
] as const;

/** When nothing in the question points anywhere. */
export const NOT_UNDERSTOOD = 'Ik begrijp je vraag niet goed.';
export const NO_ANSWER = 'Daar weet ik geen antwoord op.';

export function outOfScopeText(reply: string): string {
  return `${reply}\n\nIk ben de assistent voor krachtgericht werken (Herstelwerk / Krachtwerk) en kan je helpen met:\n\n${HELP_TOPICS.map((t) => `- ${t}`).join('\n')}\n\nStel je vraag gerust over een van deze onderwerpen, bijvoorbeeld: "Hoe schrijf ik zonder niet-formuleringen?"`;
}
