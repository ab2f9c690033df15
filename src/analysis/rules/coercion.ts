import type { Rule } from '../rule-schema';

export const coercionRules: Rule[] = [];
