import type { BuiltinTemplate } from '../template-schema';

const LEEFGEBIEDEN = [
  'Veiligheid & bescherming tegen geweld',
  'Wonen & dagelijks leven',
  'Financiën & sociale zekerheid',
  'Kinderen & opvoeding',
  '(Ex-)partner',
  'Sociale relaties',
  'Activiteit, werk & leren',
  'Vrije tijd & recreatie',
  'Gezondheid & zelfverzorging',
  'Zingeving',
].join('|');

const WIE = 'ik|ik samen met mijn begeleider|mijn begeleider|iemand uit mijn netwerk';

const step = (n: number, when: string) => `Stap ${n}
Wat: {{tekst:Stap ${n}: wat ga ik doen?}}
Hoe: [hoe pak ik het aan, met wie of met welke hulpmiddelen?]
Wie: {{keuze:Stap ${n}: wie doet het?|${WIE}}}
Wanneer: {{datum:Stap ${n}: wanneer?|${when}}}`;

/** `/ap`: an actieplan with a goal in the client's words and small steps with wie and wanneer. */
export const actieplan = {
  id: 'actieplan',
  title: 'Actieplan',
  shortcut: '/ap',
  tags: ['werkblad', 'actieplan', 'doelen'],
  origin: 'builtin',
  source:
    'Opbouw volgens Herstelwerk / Krachtwerk (J. Wolf): een hersteldoel op lange termijn in de eigen woorden van de cliënt (uit de wensen in de krachteninventarisatie), kleine haalbare stappen met wat, hoe, wie en wanneer, voortgang en handtekeningen van cliënt en begeleider; doelen SMART en FUZZY. Eigen formulering van Krachtcoach; de tien kwaliteitseisen van de methode zijn niet geverifieerd en staan hier dus niet als lijst (domain/METHOD.md).',
  body: `## Mijn actieplan
Naam: {{naam}}
Datum: {{datum:Datum|vandaag}}
Leefgebied: {{keuze:Over welk leefgebied gaat dit doel?|${LEEFGEBIEDEN}}}

## Mijn doel, in mijn eigen woorden
"{{alinea:Mijn doel, zoals ik het zelf zeg}}"
Waarom dit belangrijk is voor mij: [wat wordt er beter in mijn leven als dit lukt?]

## Mijn stappen, klein en haalbaar
${step(1, '+1w')}

${step(2, '+2w')}

${step(3, '+4w')}

## Voortgang
{{datum:Datum voortgang|vandaag|kort}}: [wat is gelukt, wat vieren wij, wat is de volgende stap?]

## Handtekeningen
{{vink:Ik herken mij in dit plan|Ik herken mij in dit plan en ik doe mee.|}}
Ik, {{naam}}: ____________________ Datum: ____________
Mijn begeleider: ____________________ Datum: ____________
Samen evalueren op: {{datum:Samen evalueren op|+6w}}`,
} satisfies BuiltinTemplate;
