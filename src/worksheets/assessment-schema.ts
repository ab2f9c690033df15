import * as z from 'zod/mini';

/**
 * The public contract of the worksheet check (issue 7): what `coach assess --json` prints and
 * what the side panel shows. Criterion ids are public: never rename, never reorder.
 */
export const WORKSHEET_KINDS = ['krachteninventarisatie', 'actieplan'] as const;
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];

export const CRITERIA = {
  krachteninventarisatie: ['leefgebieden-compleet', 'ik-vorm', 'positief', 'eigen-woorden', 'specifiek', 'prioriteiten'],
  actieplan: ['doel-eigen-woorden', 'ik-vorm', 'positief', 'wie-wanneer', 'klein-concreet', 'specifiek'],
} as const satisfies Record<WorksheetKind, readonly string[]>;

export type CriterionId = (typeof CRITERIA)[WorksheetKind][number];

/** Short Dutch names for a list in the side panel (not part of the JSON). */
export const CRITERION_TITLES: Record<CriterionId, string> = {
  'leefgebieden-compleet': 'Alle tien leefgebieden ingevuld',
  'ik-vorm': 'In de ik-vorm',
  positief: 'Positief geformuleerd',
  'eigen-woorden': 'De eigen woorden van de cliënt',
  specifiek: 'Specifiek',
  prioriteiten: 'Prioriteiten gekozen door de cliënt',
  'doel-eigen-woorden': 'Het doel in de eigen woorden van de cliënt',
  'wie-wanneer': 'Bij elke stap wie en wanneer',
  'klein-concreet': 'Kleine stappen, één handeling per stap',
};

const offset = z.number().check(z.int(), z.gte(0));

const AssessmentSpanSchema = z.object({ start: offset, end: offset, text: z.string() });

const CriterionResultSchema = z.object({
  id: z.string(),
  verdict: z.enum(['pass', 'fail']),
  message: z.string().check(z.minLength(1)),
  /** UTF-16 offsets into the input, end exclusive; empty on a pass and for something missing. */
  spans: z.array(AssessmentSpanSchema),
  advice: z.string().check(z.minLength(1)),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

export const AssessmentSchema = z
  .object({
    kind: z.enum(WORKSHEET_KINDS),
    criteria: z.array(CriterionResultSchema),
    score: z.object({ passed: offset, total: offset }),
  })
  .check(
    z.refine((a) => a.criteria.map((c) => c.id).join() === CRITERIA[a.kind].join(), 'criteria: alle criteria van de soort, in de vaste volgorde'),
    z.refine((a) => a.score.total === a.criteria.length && a.score.passed === a.criteria.filter((c) => c.verdict === 'pass').length, 'score klopt niet met de criteria'),
    z.refine((a) => a.criteria.every((c) => c.spans.every((s) => s.start <= s.end)), 'span met start na end'),
  );
export type Assessment = z.infer<typeof AssessmentSchema>;
