import type { BuiltinTemplate } from '../template-schema';

/** `/ev`: evaluating together: goals, quality of life, the working relationship, what next. */
export const evaluatie = {
  id: 'evaluatie',
  title: 'Evaluatie',
  shortcut: '/ev',
  tags: ['evaluatie', 'doelen', 'werkrelatie'],
  origin: 'builtin',
  source:
    'Evalueren in Herstelwerk / Krachtwerk: doelen bereikt? kwaliteit van leven beter? werkrelatie besproken? traject nabesproken? nieuwe doelen? nazorg? Successen vieren. Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `## Evaluatie
Naam: {{naam}}
Datum: {{datum:Datum|vandaag}}
Periode: {{tekst:Welke periode evalueren wij?}}

## Mijn doelen
- Welke doelen heb ik bereikt? Waar ben ik trots op?
- Welke stappen zijn gelukt, en hoe vieren wij dat?
- Welk doel loopt nog door, en wat is de volgende kleine stap?

## Mijn leven nu
- Is mijn leven er beter op geworden? Een cijfer van 0 tot 10: bij de start [cijfer], nu [cijfer].
- Wat is er veranderd op de leefgebieden die ik belangrijk vind?

## Onze samenwerking
- Wat werkte goed in de samenwerking met mijn begeleider?
- Wat wil ik anders in de samenwerking?

## Terugkijken
- Wat heb ik geleerd over mijzelf en over wat mij helpt?
- Welke mensen en hulpbronnen uit mijn eigen omgeving hielpen mij?

## Vooruit
- Nieuwe doelen: "[in mijn eigen woorden]"
- Nazorg: {{keuze:Wat spreken wij af over nazorg?|nog een periode begeleiding|een nazorggesprek over drie maanden|afronden, en ik weet waar ik terecht kan|samen beslissen bij de volgende afspraak}}
- Volgende evaluatie of afspraak: {{datum:Volgende evaluatie|+3m}}`,
} satisfies BuiltinTemplate;
