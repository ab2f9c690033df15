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
 * - `substitution`: each `swap` entry pairs a pattern with its concrete replacement (or, where no
 *   honest one exists, a question).
 * - `sentence`: like existence, but the finding is dropped when its sentence matches one of
 *   `skipSentenceIf` (e.g. third person is fine in a worksheet sentence that has an ik).
 */
const examples = z.object({
  bad: z.array(z.string()).check(z.minLength(1)),
  good: z.array(z.string()).check(z.minLength(1)),
});

/** Text that goes into the record as it is: finished, so nothing in [brackets] to fill in. */
const finishedText = z.string().check(
  z.minLength(1),
  z.refine((s) => !/[[\]]/.test(s), 'een vervanging is af: niets tussen [haken]; vraag het de werker met een question'),
);

/** A coaching question to the worker ("Wat lukt wel?"): shown, never inserted into the text. */
const question = z.object({
  question: z.string().check(
    z.minLength(4),
    z.refine((s) => !/[[\]]/.test(s), 'een vraag staat niet tussen [haken]'),
  ),
  label: z.optional(z.string().check(z.minLength(1))),
});

/**
 * A rewrite is either a replacement, safe to put into the record as it is (it keeps the facts:
 * no consent, agreement or intention that the original does not state), or a question.
 */
const rewrite = z.union([
  z.object({
    /** `$0` stands for the matched text. */
    replacement: finishedText,
    label: z.string().check(z.minLength(1)),
  }),
  question,
]);

const base = {
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string().check(z.minLength(4)),
  explanation: z.string().check(z.minLength(20)),
  source: z.string().check(z.minLength(3)),
  modes: z.optional(z.array(z.enum(MODES))),
  /**
   * What part of the text the rule reads. `text` (the default): the worker's own words, never
   * the client's words in quotes nor an open `[placeholder]`. `placeholders`: the open
   * placeholders themselves (a rule about `[…]` left to fill in); a quote that holds the
   * client's words stays untouchable, since brackets there are the writer's marks ("ik wil […]
   * naar huis", "[sic]"), but a quote that holds only a placeholder ("[in eigen woorden]") is
   * still to be filled in.
   */
  scope: z.optional(z.enum(['text', 'placeholders'])),
  /**
   * Phrases in which the rule's match is innocent. One that holds only in some modes names them:
   * a stop the client achieved ("drinkt sinds maart niet meer") is a strength in a report, but a
   * worksheet asks for what is there ("Ik ben sinds maart nuchter").
   */
  exceptions: z.optional(z.array(z.union([z.string(), z.object({ pattern: z.string(), modes: z.array(z.enum(MODES)).check(z.minLength(1)) })]))),
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
  /** Pattern and its replacement, or a question where no honest replacement exists. */
  swap: z.array(z.tuple([z.string(), z.union([finishedText, question])])).check(z.minLength(1)),
});

const SentenceRuleSchema = z.object({
  ...base,
  kind: z.literal('sentence'),
  patterns: z.array(z.string()).check(z.minLength(1)),
  skipSentenceIf: z.array(z.string()).check(z.minLength(1)),
});

export const RuleSchema = z.discriminatedUnion('kind', [ExistenceRuleSchema, SubstitutionRuleSchema, SentenceRuleSchema]);

export type Rule = z.infer<typeof RuleSchema>;

export { type RuntimeRule, toRuntimeRule } from './runtime-rule';
