/**
 * Accuracy of the worksheet check on labelled worksheets, scored the way the dev scorer does
 * (../shared/eval/score-dev.mjs, "worksheets"; rules in ../shared/eval/ASSISTANT-AND-WORKSHEETS.md):
 * every expected verdict is one item of its `kind/criterion`; a verdict that is missing counts as
 * wrong; the headline is the plain mean of the per-criterion accuracies (macro), not of all items.
 * Used by `src/tools/eval-worksheets.ts` for the dev set and for our own set (tests/worksheets/own-*.jsonl).
 */
import * as z from 'zod/mini';
import { CRITERIA, WORKSHEET_KINDS, type WorksheetKind } from '../worksheets';

const Verdict = z.enum(['pass', 'fail']);

const LabelledWorksheetLine = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(WORKSHEET_KINDS),
  text: z.string().check(z.minLength(1)),
  expect: z.record(z.string(), z.object({ verdict: Verdict, why: z.string().check(z.minLength(1)) })),
});
export type LabelledWorksheet = z.infer<typeof LabelledWorksheetLine>;

/** What the scorer needs from an assessment: the verdict and message per criterion id. */
export interface AssessedCriteria {
  criteria: ReadonlyArray<{ id: string; verdict: string; message: string }>;
}
export type AssessWorksheetFn = (text: string, kind: WorksheetKind) => AssessedCriteria;

export interface CriterionScore {
  /** `kind/criterion`, the dev scorer's key. */
  key: string;
  kind: WorksheetKind;
  criterion: string;
  correct: number;
  total: number;
  accuracy: number;
  /** How many items expect a fail here (the rest expect a pass). */
  expectedFails: number;
}

export interface WorksheetMiss {
  id: string;
  criterion: string;
  expected: 'pass' | 'fail';
  why: string;
  got: string | undefined;
  message: string;
}

export interface WorksheetScore {
  worksheets: number;
  criteria: CriterionScore[];
  /** Mean of the per-criterion accuracies; NaN for an empty set. */
  macro: number;
  misses: WorksheetMiss[];
}

/**
 * Reads a labelled set, one JSON object per line (blank lines skipped). Every line must name only
 * criteria of its kind, so a typo in a criterion id cannot pass silently as "never scored".
 */
export function parseLabelledWorksheets(source: string, name = 'invoer'): LabelledWorksheet[] {
  const items: LabelledWorksheet[] = [];
  const ids = new Set<string>();
  source.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${name}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${where}: geen geldige JSON`);
    }
    const parsed = LabelledWorksheetLine.safeParse(json);
    if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((e) => `${e.path.join('.')} ${e.message}`).join('; ')}`);
    const item = parsed.data;
    const known: readonly string[] = CRITERIA[item.kind];
    const unknown = Object.keys(item.expect).filter((c) => !known.includes(c));
    if (unknown.length) throw new Error(`${where}: onbekend criterium voor ${item.kind}: ${unknown.join(', ')}`);
    if (ids.has(item.id)) throw new Error(`${where}: id ${item.id} komt twee keer voor`);
    ids.add(item.id);
    items.push(item);
  });
  return items;
}

export function scoreWorksheets(items: readonly LabelledWorksheet[], assess: AssessWorksheetFn): WorksheetScore {
  const byKey = new Map<string, CriterionScore>();
  const misses: WorksheetMiss[] = [];
  for (const item of items) {
    const got = new Map(assess(item.text, item.kind).criteria.map((c) => [c.id, c]));
    for (const [criterion, exp] of Object.entries(item.expect)) {
      const key = `${item.kind}/${criterion}`;
      let score = byKey.get(key);
      if (!score) {
        score = { key, kind: item.kind, criterion, correct: 0, total: 0, accuracy: 0, expectedFails: 0 };
        byKey.set(key, score);
      }
      score.total++;
      if (exp.verdict === 'fail') score.expectedFails++;
      const c = got.get(criterion);
      if (c?.verdict === exp.verdict) score.correct++;
      else misses.push({ id: item.id, criterion, expected: exp.verdict, why: exp.why, got: c?.verdict, message: c?.message ?? '' });
    }
  }
  const criteria = [...byKey.values()].map((s) => ({ ...s, accuracy: s.correct / s.total }));
  const macro = criteria.reduce((sum, s) => sum + s.accuracy, 0) / criteria.length;
  return { worksheets: items.length, criteria, macro, misses };
}
