import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../analysis/types';
import { analyzeOptionsOf, CALM_CATEGORIES, DEFAULT_PREFERENCES, readPreferences } from './preferences';

describe('readPreferences', () => {
  it('keeps every valid item and defaults every broken part', () => {
    expect(readPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences({ disabledRules: ['niet', 'niet'], disabledCategories: ['vague', 'nonsense'], ignoredTerms: [' Jansen ', ''], calm: 'ja' })).toEqual({
      disabledRules: ['niet'],
      disabledCategories: ['vague'],
      ignoredTerms: ['Jansen'],
      calm: false,
    });
  });
  it('refuses rule ids that are no rule ids', () => {
    expect(readPreferences({ disabledRules: ['<script>'] }).disabledRules).toEqual([]);
  });
});

describe('analyzeOptionsOf', () => {
  it('asks for every category when nothing is switched off', () => {
    expect(analyzeOptionsOf(DEFAULT_PREFERENCES)).toEqual({ disabledRules: new Set() });
  });
  it('joins the worker\'s and the organisation\'s switched-off rules', () => {
    expect(analyzeOptionsOf({ ...DEFAULT_PREFERENCES, disabledRules: ['a'] }, { disabledRules: ['b'] }).disabledRules).toEqual(new Set(['a', 'b']));
  });
  it('keeps only the calm categories in "rustig", minus switched-off ones', () => {
    const calm = analyzeOptionsOf({ ...DEFAULT_PREFERENCES, calm: true, disabledCategories: ['coercion'] });
    expect([...calm.categories!]).toEqual(CALM_CATEGORIES.filter((c) => c !== 'coercion'));
    const some = analyzeOptionsOf({ ...DEFAULT_PREFERENCES, disabledCategories: ['vague'] });
    expect(some.categories!.size).toBe(CATEGORIES.length - 1);
  });
  it('passes the word list on', () => {
    expect(analyzeOptionsOf({ ...DEFAULT_PREFERENCES, ignoredTerms: ['Jansen'] }).ignoredTerms).toEqual(['Jansen']);
  });
});
