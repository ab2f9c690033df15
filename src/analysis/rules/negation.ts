import type { Rule } from '../rule-schema';

const SOURCE = 'Herstelwerk, krachteninventarisatie: positief formuleren, geen niet-formuleringen (domain/METHOD.md)';
const WHY =
  'De methode vraagt te beschrijven wat er wél is en wat iemand wél wil of doet. Een niet-formulering zegt alleen wat ontbreekt ("ik wil niet naar Amsterdam" vertelt niemand waar je heen wilt).';

// Idioms that only emphasise are not negations (LABELS.md, rule 2).
const IDIOMS = [
  'niet alleen\\b[^.!?]*?\\bmaar\\s+ook',
  'niet te vergeten',
  'niet-pluis\\p{L}*',
  'niet zozeer\\b[^.!?]*?\\bmaar',
  'niet meer dan normaal',
  'geen enkel probleem',
  'nog niet eerder',
];

export const negationRules: Rule[] = [
  {
    id: 'niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: 'Niet-formulering: beschrijf wat er wél is of gebeurde.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['niet'],
    exceptions: IDIOMS,
    rewrites: [
      { replacement: '[wat wel: …]', label: 'Beschrijf wat er wél is of gebeurde' },
      { replacement: '[wat lukt wel?]', label: 'Coachvraag: wat lukt wel?' },
    ],
    examples: {
      bad: ['Mevrouw is niet aanwezig geweest bij de groepsactiviteit.', 'Hij kwam niet opdagen.'],
      good: ['Ze is niet alleen handig met haar handen, maar ook creatief.', 'Ik heb een niet-pluisgevoel bij dit bezoek.'],
    },
  },
  // …more negation rules are added below by category authors
];
