import type { BuiltinTemplate } from '../template-schema';

/** `/hb`: the client's resources in the four kinds of the method. */
export const hulpbronnen = {
  id: 'hulpbronnen',
  title: 'Mijn hulpbronnen (vier soorten)',
  shortcut: '/hb',
  tags: ['hulpbronnen', 'netwerk', 'werkblad'],
  origin: 'builtin',
  source:
    'Hulpbronnen in vier soorten volgens Herstelwerk / Krachtwerk: sociaal-economische zekerheid, sociale cohesie, sociale inclusie en sociale empowerment. Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `## Mijn hulpbronnen
Naam: {{naam}}
Datum: {{datum:Datum|vandaag}}

## Sociaal-economische zekerheid
Inkomen, opleiding, werk, wonen, vervoer: wat heb ik, en wat kan ik gebruiken?
- [bijvoorbeeld: mijn uitkering, mijn fiets, mijn diploma]

## Sociale cohesie
Familie, vrienden, collega's, buren, mensen met wie ik iets deel, een veilige plek: wie staan om mij heen?
- [naam, en wat die persoon voor mij doet]

## Sociale inclusie
Erbij horen en meedoen: clubs, verenigingen, het buurthuis, voorzieningen die ik kan gebruiken, instanties die ik vertrouw.
- [waar doe ik mee, waar ben ik welkom?]

## Sociale empowerment
Hoop, wat ik kan, mijn gevoel van eigenwaarde, wat ik zelf heb meegemaakt en geleerd.
- [waar ben ik goed in, wat heb ik doorstaan?]

## Welke hulpbron zet ik als eerste in?
{{keuze:Welke soort hulpbron zet ik als eerste in?|sociaal-economische zekerheid|sociale cohesie|sociale inclusie|sociale empowerment}}: [wat doe ik, en wanneer?]`,
} satisfies BuiltinTemplate;
