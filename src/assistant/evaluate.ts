/**
 * Accuracy of the router on a labelled question set: top-1 and top-3. Shared by the vitest
 * test and `src/tools/eval-assistant.ts`, so both report the same numbers.
 */
import * as z from 'zod/mini';
import type { RouteResult } from './router';

export const OUT_OF_SCOPE = 'out-of-scope';

const LabelledQuestion = z.object({ id: z.string(), question: z.string(), expect: z.string() });
type LabelledQuestion = z.infer<typeof LabelledQuestion>;

interface Miss {
  id: string;
  question: string;
  expect: string;
  got: string[];
}

interface Evaluation {
  total: number;
  top1: number;
  top3: number;
  /** Questions whose expected card is not first. */
  misses: Miss[];
}

/** Parses JSONL lines `{"id","question","expect"}`; throws on a bad line with its number. */
export function parseQuestions(jsonl: string): LabelledQuestion[] {
  return jsonl
    .split(/\r?\n/)
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      const parsed = LabelledQuestion.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`regel ${n}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** An out-of-scope question counts as right only when the router says outOfScope. */
export function evaluate(questions: readonly LabelledQuestion[], route: (q: string) => RouteResult): Evaluation {
  let top1 = 0;
  let top3 = 0;
  const misses: Miss[] = [];
  for (const q of questions) {
    const r = route(q.question);
    const got = r.outOfScope ? [OUT_OF_SCOPE] : r.answers.map((a) => a.card);
    if (got[0] === q.expect) top1++;
    else misses.push({ id: q.id, question: q.question, expect: q.expect, got });
    if (got.slice(0, 3).includes(q.expect)) top3++;
  }
  const total = questions.length;
  return { total, top1: total ? top1 / total : 0, top3: total ? top3 / total : 0, misses };
}
