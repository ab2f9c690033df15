import type { BuiltinTemplate } from '../template-schema';

/** `/oa`: the first meetings: why help now, basic needs, safety, the approach, expectations. */
export const ontmoetenEnAansluiten = {
  id: 'ontmoeten-en-aansluiten',
  title: 'Ontmoeten en aansluiten',
  shortcut: '/oa',
  tags: ['kennismaking', 'werkrelatie', 'start'],
  origin: 'builtin',
  source:
    'Fase 1 van een begeleidingstraject in Herstelwerk / Krachtwerk: ontmoeten en aansluiten (werkrelatie opbouwen, waarom nu hulp, eerst de basisbehoeften, veiligheid en structuur, de werkwijze uitleggen, wie je bent, wederzijdse verwachtingen). Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `## Ontmoeten en aansluiten
Naam: {{naam}}
Datum: {{datum:Datum|vandaag}}
Waar wij elkaar zagen: {{keuze:Waar spraken wij af?|bij mij thuis|buiten, tijdens een wandeling|in de buurt|op kantoor}}

## Waarom nu?
- Waarom vraag ik nu om hulp? [in mijn eigen woorden]
- Wat wil ik als eerste geregeld hebben? [eten, een dak boven mijn hoofd, geld, rust, veiligheid]

## Mijn begeleider en de werkwijze
- Wie is mijn begeleider? [naam, wanneer en hoe bereikbaar]
- Zo werken wij: ik bepaal de richting, mijn begeleider coacht. Wij kijken eerst naar wat ik kan, wil en heb.

## Wat wij van elkaar verwachten
- Wat verwacht ik van mijn begeleider?
- Wat verwacht mijn begeleider van mij?
- Waar en wanneer zien wij elkaar? [bijvoorbeeld elke dinsdag om 10 uur, bij mij thuis]

## Veiligheid en houvast
- Wat heb ik nodig om mij veilig te voelen?
- Wat geeft mij houvast in de week?

## Afspraken
Volgende afspraak: {{datum:Volgende afspraak|+1w|dag}}
{{vink:De krachtgerichte werkwijze is samen besproken|Wij hebben samen de krachtgerichte werkwijze besproken.|}}`,
} satisfies BuiltinTemplate;
