/**
 * Who chose the priorities. The method leaves the direction with the client (domain/METHOD.md:
 * "the client steers"); priorities a team or a meeting set are the team's, however good they are
 * ("Prioriteiten (volgens behandelteam)", "vastgesteld in MDO 28-01, team"). A heading or a line
 * in the block that says the client chose ("mijn keuze", "gekozen door mij", "Wat ik als eerste
 * wil", "samen gekozen") keeps them the client's.
 */

/** Someone other than the client named as the one who set them. */
const SET_BY_OTHERS = new RegExp(
  [
    // "volgens behandelteam", "vastgesteld door de begeleider", "bepaald in het MDO"
    '(?<![\\p{L}])(?:volgens|vastgesteld|bepaald|opgesteld|besloten|gekozen|voorgesteld|geadviseerd|aangegeven|afgesproken)\\s+(?:door|in|op|met|bij|vanuit)?\\s*(?:het\\s+|de\\s+|een\\s+)?\\p{L}*(?:team|mdo|overleg|teamoverleg|begeleider|begeleiding|behandelaar|psychiater|arts|mentor|hulpverlener|casemanager|regiebehandelaar|gemeente|indicatie|school|ouders|rechter|reclassering|instelling|organisatie|consulent)',
    // the team's meeting or plan named as the source
    '(?<![\\p{L}])(?:mdo|multidisciplinair overleg|behandelteam|zorgteam|begeleidingsteam|teambespreking|teamoverleg|behandelplan|zorgplan|indicatiestelling)(?![\\p{L}])',
    // "(team)", "(begeleider)", ", team)" at the end of an aside
    '[(,]\\s*(?:het\\s+)?(?:team|begeleider|begeleiding|behandelaar|mentor|hulpverlener)\\s*\\)',
  ].join('|'),
  'iu',
);

/** The client named as the one who chose. */
const CHOSEN_BY_CLIENT =
  /(?<![\p{L}])(?:mijn (?:eigen )?keuze|eigen keuze|door mij|door mijzelf|door mezelf|zelf gekozen|ik kies|ik koos|ik heb gekozen|wat ik (?:als )?eerst|waar ik (?:als )?eerst|samen gekozen|samen bepaald|samen met mij|in overleg met mij)(?![\p{L}])/iu;

/** The words that say others set the priorities, or undefined when nothing says so. */
export function setByOthers(texts: readonly string[]): string | undefined {
  const all = texts.join('\n');
  if (CHOSEN_BY_CLIENT.test(all)) return undefined;
  const m = SET_BY_OTHERS.exec(all);
  return m ? m[0].replace(/^[(,]\s*/, '').replace(/\s*\)$/, '').trim() : undefined;
}
