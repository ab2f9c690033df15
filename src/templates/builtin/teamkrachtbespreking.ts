import type { BuiltinTemplate } from '../template-schema';

/** `/tk`: the eight steps of a teamkrachtbespreking, as notes for the chair or the worker. */
export const teamkrachtbespreking = {
  id: 'teamkrachtbespreking',
  title: 'Teamkrachtbespreking (acht stappen)',
  shortcut: '/tk',
  tags: ['team', 'intervisie', 'teamkrachtbespreking'],
  origin: 'builtin',
  source:
    'De acht stappen van de teamkrachtbespreking in Herstelwerk / Krachtwerk: successen, krachteninventarisatie en situatie, doelen en vraag, huidige situatie en wat geprobeerd is, verhelderende vragen van het team, brainstorm, verhelderende vragen van de begeleider, wat de begeleider met de ideeën doet. Een voorzitter bewaakt de regels. Eigen formulering van Krachtcoach (domain/METHOD.md).',
  body: `## Teamkrachtbespreking
Datum: {{datum:Datum|vandaag}}
Voorzitter: {{tekst:Voorzitter}}
Inbrenger: {{tekst:Inbrenger}}
Over: {{naam}}

1. Ronde successen sinds de vorige keer: [wat ging goed, bij wie?]
2. De krachteninventarisatie uitdelen en de situatie schetsen: [kort portret, krachten en wensen]
3. De doelen van {{naam}} en mijn vraag aan het team: "{{alinea:Mijn vraag aan het team}}"
4. De situatie nu en wat al geprobeerd is: [wat werkte, wat werkte minder?]
5. Verhelderende vragen van het team: [vragen en antwoorden]
6. Brainstorm, zonder discussie: [alle ideeën, ook de creatieve]
7. Verhelderende vragen van de inbrenger over de ideeën: [vragen]
8. Wat ik met de ideeën doe: [welke ideeën, wat doe ik, wanneer?]

Terugkerende obstakels voor het management: [wat hindert ons werk vaker dan één keer?]`,
} satisfies BuiltinTemplate;
