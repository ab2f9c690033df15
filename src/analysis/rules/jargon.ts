import type { Rule } from '../rule-schema';

export const jargonRules: Rule[] = [];
