import type { BuiltinTemplate } from '../template-schema';

/** `/cb`: a complete boodschap (ik, jij, wij) to confront while keeping the connection. */
export const completeBoodschap = {
  id: 'complete-boodschap',
  title: 'Complete boodschap (ik, jij, wij)',
  shortcut: '/cb',
  tags: ['gesprek', 'boodschap', 'confronteren'],
  origin: 'builtin',
  source:
    'De complete boodschap uit Herstelwerk / Krachtwerk: een ik-deel (je eigen reactie), een jij-deel (de kant van de ander: waarneming, begrip of een check) en een wij-deel (samen verder). Let op: "ik vind dat …" is een oordeel, geen ik-boodschap. Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `Ik {{tekst:Ik-deel: wat doet het met mij? (bijvoorbeeld: maak me zorgen als …, word er onrustig van als …)}}.
Ik zie dat jij {{tekst:Jij-deel: wat zag of hoorde ik bij jou?}}. Ik begrijp dat je {{tekst:Jij-deel: wat begrijp ik van jouw kant?}}.
Wat vind je van wat ik zeg?
Ik zou willen dat wij {{tekst:Wij-deel: wat gaan wij samen doen?}}.`,
} satisfies BuiltinTemplate;
