import type { BuiltinTemplate } from '../template-schema';

/**
 * `/lp`: a strengths-based summary to paste into a municipality's accountability form (such as
 * the Rotterdam leveringsplan for Wmo-begeleiding). It does not copy any form's fields.
 */
export const leveringsplanSamenvatting = {
  id: 'leveringsplan-samenvatting',
  title: 'Krachtgerichte samenvatting voor het leveringsplan',
  shortcut: '/lp',
  tags: ['leveringsplan', 'wmo', 'gemeente', 'samenvatting'],
  origin: 'builtin',
  source:
    'Een krachtgerichte samenvatting voor een verantwoordingsformulier van de gemeente, zoals het Rotterdamse leveringsplan bij Wmo-begeleiding (binnen vier weken na de start). Geen kopie van een formulier: neem de velden van je eigen gemeente over en vul ze met deze tekst. Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `## Samenvatting begeleiding
Naam: {{naam}}
Start begeleiding: {{datum:Start begeleiding|vandaag}}
Klaar uiterlijk (vier weken na de start): {{datum:Leveringsplan klaar uiterlijk|+4w}}

## Wie is {{naam}}?
[Een kort portret: wie is deze persoon, wat kan en wil hij of zij, wie staan om hem of haar heen?]

## Krachten en hulpbronnen
- Krachten en talenten: [wat lukt al, waar is {{naam}} goed in?]
- Mensen en plekken in de eigen omgeving: [familie, buren, vrienden, clubs]

## Doel, in eigen woorden
"{{alinea:Het doel zoals de cliënt het zelf zegt}}"

## Resultaten voor deze periode
- [wat is er over drie maanden anders, en waaraan zien wij dat?]

## Wie doet wat?
- {{naam}} zelf: [wat doet de cliënt zelf?]
- Netwerk: [wie helpt mee, en hoe?]
- Begeleiding: [wat doet de begeleider?] Omvang: {{tekst:Hoeveel begeleiding? (bijvoorbeeld 2 uur per week)}}

## Wat helpt om dit vol te houden?
- [afspraken, steun, wat te doen als het zwaarder wordt]

Evaluatie: {{datum:Evaluatie|+3m}}
{{vink:Deze samenvatting is besproken met de cliënt|Deze samenvatting is samen met de cliënt besproken en gelezen.|}}`,
} satisfies BuiltinTemplate;
