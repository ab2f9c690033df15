import { describe, expect, it } from 'vitest';
import { readSettingsSnapshot } from './settings-client';

describe('readSettingsSnapshot', () => {
  it('reads what the background sent into the worker\'s preferences and the organisation\'s rules', () => {
    expect(
      readSettingsSnapshot({ preferences: { disabledRules: ['moet'], disabledCategories: ['jargon'], ignoredTerms: [' Lotte '], calm: true }, organisationDisabledRules: ['niet'] }),
    ).toEqual({ prefs: { disabledRules: ['moet'], disabledCategories: ['jargon'], ignoredTerms: ['Lotte'], calm: true }, organisation: { disabledRules: ['niet'] } });
  });

  it('leaves out a broken item and keeps the rest', () => {
    expect(readSettingsSnapshot({ preferences: { disabledRules: ['moet', 5, 'Niet Geldig'], calm: 'ja' }, organisationDisabledRules: [] })?.prefs).toEqual({
      disabledRules: ['moet'],
      disabledCategories: [],
      ignoredTerms: [],
      calm: false,
    });
  });

  it('refuses anything that is not a snapshot (the coach then keeps the settings it has)', () => {
    for (const raw of [undefined, null, 'kc:get-settings', { preferences: [] }, { preferences: {}, organisationDisabledRules: 'niet' }, { preferences: {}, organisationDisabledRules: [3] }]) {
      expect(readSettingsSnapshot(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });
});
