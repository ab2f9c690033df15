import type { Rule } from '../rule-schema';

export const labelRules: Rule[] = [];
