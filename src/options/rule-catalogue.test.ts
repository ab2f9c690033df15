import { describe, expect, it } from 'vitest';
import { builtInRules } from '../analysis/rules';
import { CATEGORIES } from '../analysis/types';
import { CATEGORY_ORDER, RULES, ruleById, rulesOf } from './rule-catalogue';
import { siteName } from './site-name';

describe('the rule catalogue of the options page', () => {
  it('lists every built-in rule once, under every category', () => {
    expect(RULES.map((r) => r.id)).toEqual(builtInRules.map((r) => r.id));
    expect([...CATEGORY_ORDER].sort()).toEqual([...CATEGORIES].sort());
    expect(CATEGORY_ORDER.flatMap((c) => rulesOf(c, '')).length).toBe(RULES.length);
  });

  it('finds a rule by a word of its message or its id, accents and case ignored', () => {
    expect(rulesOf('jargon', 'mdo').map((r) => r.id)).toContain('jargon-mdo');
    const weigert = rulesOf('label', 'WEIGERT').map((r) => r.id);
    expect(weigert).toContain('label-weigert');
    expect(weigert.length).toBeLessThan(rulesOf('label', '').length);
    expect(rulesOf('label', 'geen regel heet zo')).toEqual([]);
    expect(ruleById('niet')?.category).toBe('negation');
  });

  it('names a site as the worker knows it', () => {
    expect(siteName('https://ecd.zorg.nl/*')).toBe('ecd.zorg.nl');
  });
});
