import type { Rule } from '../rule-schema';

export const deficitRules: Rule[] = [];
