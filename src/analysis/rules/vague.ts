import type { Rule } from '../rule-schema';

export const vagueRules: Rule[] = [];
