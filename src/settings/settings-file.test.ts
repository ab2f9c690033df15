import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from './preferences';
import { MAX_SETTINGS_FILE_BYTES, readSettingsFile, refuseBySize, settingsFileName, settingsFileOf } from './settings-file';

const prefs = { disabledRules: ['niet'], disabledCategories: ['vague' as const], ignoredTerms: ['Jansen'], calm: true };

describe('the settings file', () => {
  it('reads back what it wrote', () => {
    const file = settingsFileOf(prefs, ['https://ecd.zorg.nl/*']);
    expect(readSettingsFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it('says in Dutch what is wrong, and that nothing changed', () => {
    const message = (text: string) => {
      const read = readSettingsFile(text);
      return read.ok ? 'ok' : read.message;
    };
    expect(message('{ geen json')).toMatch(/geen leesbare JSON.*niets veranderd/);
    expect(message(JSON.stringify({ templates: [] }))).toMatch(/geen instellingenbestand van Krachtcoach/);
    expect(message('[1,2]')).toMatch(/geen instellingenbestand/);
    expect(message(JSON.stringify({ ...settingsFileOf(prefs, []), version: 2 }))).toMatch(/nieuwere versie.*versie 2/);
    const badTerms = { ...settingsFileOf(prefs, []), preferences: { ...prefs, ignoredTerms: [42] } };
    expect(message(JSON.stringify(badTerms))).toBe('Dit instellingenbestand is beschadigd: er klopt iets niet in de woordenlijst. Er is niets veranderd.');
    expect(message(JSON.stringify({ ...settingsFileOf(prefs, []), sites: ['javascript:alert(1)'] }))).toMatch(/in de sites/);
    expect(message(JSON.stringify({ ...settingsFileOf(prefs, []), preferences: undefined }))).toMatch(/in de voorkeuren/);
  });

  it('carries the Conceptbeveiliging when it is there, and reads a file from before it without', () => {
    const drafts = { sites: ['https://ecd.zorg.nl'], hours: 8, excluded: [{ site: 'https://ecd.zorg.nl', selector: '#notitie', label: 'Notitie' }] };
    const file = settingsFileOf(prefs, [], drafts);
    expect(readSettingsFile(JSON.stringify(file))).toEqual({ ok: true, file });
    const older = settingsFileOf(prefs, []);
    expect(older).not.toHaveProperty('drafts');
    expect(readSettingsFile(JSON.stringify(older))).toEqual({ ok: true, file: older });
    // Read as the stored setting is: a site that is no web address is left out, hours are capped.
    const odd = { ...file, drafts: { ...drafts, sites: ['https://ecd.zorg.nl/dossier/12', 'geen adres'], hours: 500 } };
    const read = readSettingsFile(JSON.stringify(odd));
    expect(read.ok && read.file.drafts).toEqual({ ...drafts, sites: ['https://ecd.zorg.nl'], hours: 168 });
    const broken = { ...file, drafts: { ...drafts, excluded: 'alles' } };
    expect(readSettingsFile(JSON.stringify(broken))).toEqual({ ok: false, message: 'Dit instellingenbestand is beschadigd: er klopt iets niet in de conceptbeveiliging. Er is niets veranderd.' });
  });

  it('refuses a file over 1 MB by its size', () => {
    expect(refuseBySize(MAX_SETTINGS_FILE_BYTES)).toBeNull();
    expect(refuseBySize(MAX_SETTINGS_FILE_BYTES + 1)).toMatch(/groter dan 1 MB/);
    expect(readSettingsFile(' '.repeat(MAX_SETTINGS_FILE_BYTES + 1)).ok).toBe(false);
  });

  it('takes doubles in a hand-edited file once', () => {
    const file = { ...settingsFileOf({ ...DEFAULT_PREFERENCES, ignoredTerms: ['Jansen', ' Jansen'] }, ['https://A.nl/*', 'https://a.nl/*']) };
    const read = readSettingsFile(JSON.stringify(file));
    expect(read.ok && read.file.preferences.ignoredTerms).toEqual(['Jansen']);
    expect(read.ok && read.file.sites).toEqual(['https://a.nl/*']);
  });

  it('is named after the day', () => {
    expect(settingsFileName(new Date(2025, 2, 4))).toBe('krachtcoach-instellingen-2025-03-04.json');
  });
});
