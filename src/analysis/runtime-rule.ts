import type { Rule } from './rule-schema';

/**
 * What the engine needs of a rule at run time: the examples and the source stay behind (in
 * tests, docs and the background), so the content script that every frame loads stays small.
 * A file of its own, without zod: importing the engine then builds no rule schema (the CLI
 * starts without it).
 */
export type RuntimeRule = Rule extends infer R ? (R extends Rule ? Omit<R, 'examples' | 'source'> : never) : never;

export function toRuntimeRule(rule: Rule): RuntimeRule {
  const { examples: _examples, source: _source, ...runtime } = rule;
  return runtime as RuntimeRule;
}
