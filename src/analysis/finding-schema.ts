import * as z from 'zod/mini';
import { CATEGORIES, MESSAGE_PARTS, MODES, SEVERITIES } from './types';

/**
 * The public shape of a finding and of one checked text (`coach check --json`, LABELS.md): the
 * CLI's tests and the messages between our parts validate with these schemas.
 */
/** A replacement that is safe to insert as it is, or a question for the worker (never inserted). */
export const SuggestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('replace'), replacement: z.string(), label: z.string() }),
  z.object({ kind: z.literal('question'), question: z.string(), label: z.string() }),
]);

export const FindingSchema = z.object({
  rule: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  message: z.string(),
  explanation: z.string(),
  suggestions: z.array(SuggestionSchema),
  also: z.optional(z.array(z.object({ rule: z.string(), category: z.enum(CATEGORIES), message: z.string() }))),
});

export const CheckJsonSchema = z.object({
  mode: z.enum(MODES),
  findings: z.array(FindingSchema),
  parts: z.optional(z.array(z.enum(MESSAGE_PARTS))),
});

/** One output line of `coach check --jsonl`. */
export const CheckJsonLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  mode: z.enum(MODES),
  findings: z.array(FindingSchema),
  parts: z.array(z.enum(MESSAGE_PARTS)),
});
