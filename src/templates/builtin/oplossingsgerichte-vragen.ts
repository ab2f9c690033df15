import type { BuiltinTemplate } from '../template-schema';

const SCALE = '0|1|2|3|4|5|6|7|8|9|10';

/** `/wv`: the wondervraag and the other solution-focused questions, with room for the answers. */
export const oplossingsgerichteVragen = {
  id: 'oplossingsgerichte-vragen',
  title: 'Wondervraag en andere oplossingsgerichte vragen',
  shortcut: '/wv',
  tags: ['gesprek', 'oplossingsgericht', 'wondervraag', 'schaalvraag'],
  origin: 'builtin',
  source:
    'Oplossingsgerichte vragen zoals Herstelwerk / Krachtwerk ze gebruikt: de wondervraag, uitzonderingsvragen, copingvragen en de schaalvraag (0 tot 10); vraag "wat maakt dat …?" in plaats van "waarom … niet?". Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `## Oplossingsgerichte vragen met {{naam}}
Datum: {{datum:Datum|vandaag}}

## Wondervraag
Stel dat er vannacht, terwijl je slaapt, een wonder gebeurt. Wat is het eerste dat je morgenochtend merkt? Wat doe je dan anders?
Antwoord: "{{alinea:Antwoord op de wondervraag, in eigen woorden}}"

## Uitzonderingsvraag
Denk aan een dag waarop het lichter was. Wat deed je toen anders? Wie was erbij?
Antwoord: "[in eigen woorden]"

## Copingvraag
Hoe heb je het tot nu toe volgehouden? Wat hielp je daarbij?
Antwoord: "[in eigen woorden]"

## Schaalvraag
Op een schaal van 0 tot 10: waar sta je nu? {{keuze:Schaalvraag: waar sta je nu?|${SCALE}}}
Wat maakt dat het al een {{keuze:Schaalvraag: waar sta je nu?|${SCALE}}} is?
Wat is er nodig voor één punt hoger? "[in eigen woorden]"

## Wat maakt dat …?
Vraag "wat maakt dat …?" in plaats van "waarom …?": [de vraag die ik wil stellen]`,
} satisfies BuiltinTemplate;
