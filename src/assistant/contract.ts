/**
 * The public JSON contracts of the assistant (issue 7): what `coach ask --json` prints, its
 * batch lines, and `coach cards --json`. The CLI validates its output with these schemas, and
 * the tests check the shape with the same ones.
 */
import * as z from 'zod/mini';
import { TOPICS } from './topics';

const AnswerSchema = z.object({
  card: z.string(),
  title: z.string(),
  score: z.number().check(z.gte(0), z.lte(1)),
});

export const RouteResultSchema = z.object({
  answers: z.array(AnswerSchema).check(z.maxLength(3)),
  outOfScope: z.boolean(),
  text: z.string().check(z.minLength(1)),
});

/** One input line of `coach ask --jsonl`. */
export const AskBatchInput = z.object({ id: z.union([z.string(), z.number()]), question: z.string() });

/** One output line of `coach ask --jsonl`: the id, then the same object as `--json`. */
export const AskBatchOutput = z.object({ id: z.union([z.string(), z.number()]), ...RouteResultSchema.shape });

const CardListEntry = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.enum(TOPICS),
  tags: z.array(z.string()),
  related: z.array(z.string()),
  templates: z.array(z.string()),
});

/** `coach cards --json`: every card, sorted by id. */
export const CardListSchema = z.array(CardListEntry);
