import type { BuiltinTemplate } from '../template-schema';

/** `/af`: closing the trajectory: what was reached, what carries on without the worker, aftercare. */
export const afronden = {
  id: 'afronden',
  title: 'Afronden van de begeleiding',
  shortcut: '/af',
  tags: ['afronden', 'nazorg', 'evaluatie'],
  origin: 'builtin',
  source:
    'Evalueren en afronden in Herstelwerk / Krachtwerk: bereikte doelen, successen vieren, natuurlijke hulpbronnen in de eigen omgeving, een toekomst buiten de zorg, nazorg. Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `## Afronden van de begeleiding
Naam: {{naam}}
Laatste afspraak: {{datum:Laatste afspraak|vandaag}}

## Wat heb ik bereikt?
- [mijn doelen, en wat er in mijn leven veranderd is]
- Waar ben ik het meest trots op? "[in mijn eigen woorden]"

## Wie en wat helpen mij verder?
- Mensen om mij heen: [familie, vrienden, buren, collega's]
- Plekken en clubs: [buurthuis, sportclub, vrijwilligerswerk, kerk of moskee]
- Wat ik zelf goed kan: [mijn krachten en talenten]

## Als het zwaarder wordt
- Hoe merk ik dat het zwaarder wordt? [mijn eigen signalen]
- Wat doe ik dan, en wie bel ik? [naam en telefoonnummer]

## Nazorg
- Nazorggesprek: {{datum:Nazorggesprek|+3m}}
- Ik kan terugkomen bij: {{tekst:Waar kan ik terecht?}}

## Afscheid
- Hoe nemen wij afscheid? [wat wil ik nog zeggen of vieren?]`,
} satisfies BuiltinTemplate;
