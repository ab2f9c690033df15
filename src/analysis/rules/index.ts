import type { Rule } from '../rule-schema';
import { coercionRules } from './coercion';
import { deficitRules } from './deficit';
import { firstPersonRules } from './first-person';
import { jargonRules } from './jargon';
import { labelRules } from './label';
import { negationRules } from './negation';
import { unfinishedRules } from './unfinished';
import { vagueRules } from './vague';

/** Every built-in rule. Ids are public (CLI output, settings): rule-ids.txt lists them and conventions.test.ts keeps them. */
export const builtInRules: readonly Rule[] = [
  ...negationRules,
  ...deficitRules,
  ...labelRules,
  ...jargonRules,
  ...coercionRules,
  ...firstPersonRules,
  ...vagueRules,
  ...unfinishedRules,
];
