import type { BuiltinTemplate } from '../template-schema';

/**
 * `/td`: prompts for a taxatie van draagkracht. The method's own question list is unverified
 * (domain/METHOD.md), so the body says plainly that these are Krachtcoach's prompts.
 */
export const taxatieVanDraagkracht = {
  id: 'taxatie-van-draagkracht',
  title: 'Taxatie van draagkracht',
  shortcut: '/td',
  tags: ['werkblad', 'draagkracht', 'veiligheid', 'meldcode'],
  origin: 'builtin',
  source:
    'Hulpvragen van Krachtcoach bij de taxatie van draagkracht uit Herstelwerk / Krachtwerk (in latere versies: inschatten van zelfregulering): draagkracht tegenover draaglast, veiligheid van de cliënt, de kinderen en andere naasten, een niet-pluisgevoel concreet maken. Dit is NIET de officiële vragenlijst van de methode; die is niet geverifieerd. De vijf stappen komen uit de meldcode huiselijk geweld en kindermishandeling (domain/METHOD.md).',
  body: `## Taxatie van draagkracht
[Let op: dit zijn hulpvragen van Krachtcoach, NIET de officiële vragenlijst van de methode. Volg ook het protocol van je eigen organisatie.]
Naam: {{naam}}
Datum: {{datum:Datum|vandaag}}

## Draagkracht: wat kan ik nu dragen?
- Wat geeft mij op dit moment kracht en rust? [mensen, plekken, bezigheden]
- Wat lukt mij nu goed, ook op zware dagen?
- Wie kan ik bellen als ik hulp nodig heb? [naam en telefoonnummer]

## Draaglast: wat weegt nu op mij?
- Wat vraagt nu veel van mij? [in gewone woorden, zo concreet mogelijk]
- Wat wil ik als eerste lichter maken?

## De balans
Hoe zwaar is het nu, van 0 (licht) tot 10 (te zwaar)? {{keuze:Schaalvraag: hoe zwaar is het nu?|0|1|2|3|4|5|6|7|8|9|10}}
Balans: {{keuze:Hoe is de balans nu?|mijn draagkracht is groter dan mijn draaglast|ze houden elkaar in evenwicht|mijn draaglast is groter dan mijn draagkracht}}

## Veiligheid
- Waar en bij wie voel ik mij veilig, thuis en onderweg? Bij wie minder?
- Hoe veilig zijn mijn kinderen, thuis, op school en bij de andere ouder? [wat zie ik, wat zeggen zij zelf?]
- Hoe veilig zijn andere mensen om mij heen: partner, ex-partner, ouders, huisgenoten?
- Wat doe ik al om mijzelf en mijn kinderen te beschermen? Wie weet ervan?

## Een niet-pluisgevoel concreet maken (voor de begeleider)
- Wat zag of hoorde ik precies? [datum, plaats, letterlijke woorden tussen aanhalingstekens]
- Wat is mijn indruk, en waarop baseer ik die? [Ik heb de indruk dat …, omdat …]
- Wat zegt {{naam}} er zelf over? "[letterlijk, in eigen woorden]"
- Met wie heb ik dit besproken? {{tekst:Collega of aandachtsfunctionaris}}

## Geheugensteun: de vijf stappen van de meldcode huiselijk geweld en kindermishandeling
1. Signalen in kaart brengen.
2. Overleggen met een collega en zo nodig Veilig Thuis raadplegen.
3. In gesprek gaan met de betrokkenen.
4. Wegen: wat weet ik, wat is de ernst?
5. Beslissen: hulp organiseren of melden.

## Afspraken
- Wat spreken wij af om mijn draagkracht te versterken? [wat, wie, wanneer]
- Volgende bespreking: {{datum:Volgende bespreking|+2w}}`,
} satisfies BuiltinTemplate;
