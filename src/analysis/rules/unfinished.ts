import type { Rule } from '../rule-schema';

/**
 * Nog invullen: a `[…]` placeholder left in a field, from a template ("[naam]", "[in eigen
 * woorden]"), from an older version of a rewrite ("[wat wel: …]") or typed as a reminder
 * ("[datum]", "[...]"). In the record it reads as if it were said or done. The rule reads the
 * open placeholders that every other rule leaves alone (scope `placeholders`), and it runs in
 * every mode.
 *
 * A placeholder is one line between square brackets that holds a word (two letters or more) or
 * dots. Not a placeholder: a checkbox ("[ ]", "[x]"), a reference ("[1]", "[2, 3]"), "[sic]",
 * a link in markdown ("[tekst](https://…)"), and brackets inside the client's quoted words,
 * where they are the writer's marks ("ik wil […] naar huis"). The finding covers the brackets
 * only: the rest of the sentence is the worker's own text.
 */

const TEMPLATES = 'Herstelwerk: rapporteren in het ECD, feitelijk en volledig; sjablonen met vulvelden (domain/METHOD.md)';

/** Between the brackets, on one line: at least a word of two letters, or dots (an ellipsis). */
const PLACEHOLDER = '\\[(?=[^\\[\\]\\n]{0,200}?(?:\\p{L}\\p{L}|…|\\.\\.))[^\\[\\]\\n]{1,200}\\]';

export const unfinishedRules: readonly Rule[] = [
  {
    id: 'invullen-haken',
    kind: 'existence',
    scope: 'placeholders',
    category: 'unfinished',
    severity: 'error',
    message: 'Nog invullen: vervang de tekst tussen [ ] door wat er gebeurde of gezegd werd.',
    explanation:
      'Tekst tussen vierkante haken is een vraag of geheugensteun om in te vullen, uit een sjabloon of een eerdere herschrijving. In het dossier leest die als iets wat gezegd of gedaan is. Schrijf op wat er echt gebeurde of wat de cliënt zei, of haal de haken weg als er niets in hoort.',
    source: TEMPLATES,
    patterns: [PLACEHOLDER],
    exceptions: [
      '\\[sic!?\\]',
      // A link in markdown: "[de folder](https://…)" is text with an address, not a prompt.
      '\\[[^\\[\\]\\n]{1,200}\\]\\((?:https?:|mailto:|www\\.|/|#)[^()\\s]{0,500}\\)',
    ],
    // One question, answered in the worker's own words; where nothing belongs, they delete it.
    rewrites: [{ question: 'Wat hoort hier?', label: 'Vul in wat er gebeurde of gezegd werd' }],
    examples: {
      bad: [
        'Gesprek met [naam] over de verhuizing.',
        'Volgende afspraak op [datum] bij hem thuis.',
        'Cliënt is [wat wel: …] gemotiveerd.',
        'Afspraak: [ … ]',
        'Hij vertelde over zijn werk. [...]',
        'Telefoonnummer van de huisarts: [invullen]',
        'Mevrouw zegt dat het beter gaat. [hoe ziet de cliënt het zelf?]',
        'Antwoord: "[in eigen woorden]"',
        'Wat lukte deze week? [Wat gaat goed?]',
      ],
      good: [
        '[ ] Besproken met cliënt\n[x] Afspraak gemaakt',
        '[X] Huisbezoek gedaan',
        'Zie het verslag van het overleg [1] en de brief van de gemeente [2, 3].',
        'Hij schreef: "ik wil naar huis [sic]".',
        'Ze zegt: "Ik wil […] gewoon naar huis."',
        'Meer over de regeling staat in [de folder](https://www.gemeente.nl/regeling).',
        'Vanochtend heeft hij zelf de afwas gedaan.',
      ],
    },
  },
];
