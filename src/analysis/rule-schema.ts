import * as z from 'zod/mini';
import { CATEGORIES, MODES, SEVERITIES } from './types';

/**
 * One rule is one small data record, like a Vale style or a retext-equality entry.
 *
 * Patterns are JavaScript regular-expression sources for one word or phrase. The engine adds
 * word boundaries (a hyphen between letters counts as part of the word) and matches them
 * case-insensitively. Use `\p{L}*` for compounds and list inflections explicitly, so that a
 * pattern catches `weigerde` and `weigerachtig` without touching innocent words. Only
 * non-capturing groups: the engine numbers its own.
 *
 * Kinds:
 * - `existence`: any pattern is a finding; the rule's rewrites apply.
 * - `substitution`: each `swap` entry pairs a pattern with its concrete replacement.
 * - `sentence`: like existence, but the finding is dropped when its sentence matches one of
 *   `skipSentenceIf` (e.g. third person is fine in a worksheet sentence that has an ik).
 */
const examples = z.object({
  bad: z.array(z.string()).check(z.minLength(1)),
  good: z.array(z.string()).check(z.minLength(1)),
});

const rewrite = z.object({
  /** `$0` stands for the matched text; a leading capital is kept. */
  replacement: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
});

const base = {
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string().check(z.minLength(4)),
  explanation: z.string().check(z.minLength(20)),
  source: z.string().check(z.minLength(3)),
  modes: z.optional(z.array(z.enum(MODES))),
  exceptions: z.optional(z.array(z.string())),
  caseSensitive: z.optional(z.boolean()),
  rewrites: z.array(rewrite).check(z.minLength(1)),
  examples,
};

const ExistenceRuleSchema = z.object({
  ...base,
  kind: z.literal('existence'),
  patterns: z.array(z.string()).check(z.minLength(1)),
});

const SubstitutionRuleSchema = z.object({
  ...base,
  kind: z.literal('substitution'),
  swap: z.array(z.tuple([z.string(), z.string()])).check(z.minLength(1)),
});

const SentenceRuleSchema = z.object({
  ...base,
  kind: z.literal('sentence'),
  patterns: z.array(z.string()).check(z.minLength(1)),
  skipSentenceIf: z.array(z.string()).check(z.minLength(1)),
});

export const RuleSchema = z.discriminatedUnion('kind', [ExistenceRuleSchema, SubstitutionRuleSchema, SentenceRuleSchema]);

export type Rule = z.infer<typeof RuleSchema>;

/**
 * What the engine needs of a rule at run time: the examples and the source stay behind (in
 * tests, docs and the background), so the content script that every frame loads stays small.
 */
export type RuntimeRule = Rule extends infer R ? (R extends Rule ? Omit<R, 'examples' | 'source'> : never) : never;

export function toRuntimeRule(rule: Rule): RuntimeRule {
  const { examples: _examples, source: _source, ...runtime } = rule;
  return runtime as RuntimeRule;
}
