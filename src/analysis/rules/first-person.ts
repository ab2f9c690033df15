import type { Rule } from '../rule-schema';

export const firstPersonRules: Rule[] = [];
