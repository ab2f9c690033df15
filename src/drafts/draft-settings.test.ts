import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT_SETTINGS, DRAFT_POLICY_KEYS, draftsOn, effectiveHours, hourChoices, isExcluded, NO_DRAFT_POLICY, readDraftPolicy, readDraftSettings } from './draft-settings';
import { wordCount } from './word-count';

describe('drafts settings', () => {
  it('are off by default, 12 hours', () => {
    expect(readDraftSettings(undefined)).toEqual(DEFAULT_DRAFT_SETTINGS);
    expect(DEFAULT_DRAFT_SETTINGS).toEqual({ sites: [], hours: 12, excluded: [] });
    expect(draftsOn('https://ecd.zorg.nl', DEFAULT_DRAFT_SETTINGS, NO_DRAFT_POLICY)).toBe(false);
  });

  it('read stored values leniently: sites as origins, a broken part falls back', () => {
    const read = readDraftSettings({ sites: ['https://ecd.zorg.nl/dossier', 'geen url', 4, 'https://ecd.zorg.nl'], hours: 'veel', excluded: [{ site: 'x' }, { site: 'https://a.nl', selector: '#v', label: 'Verslag' }] });
    expect(read).toEqual({ sites: ['https://ecd.zorg.nl'], hours: 12, excluded: [{ site: 'https://a.nl', selector: '#v', label: 'Verslag' }] });
    expect(readDraftSettings({ hours: 1000 }).hours).toBe(168);
    expect(readDraftSettings({ hours: 0 }).hours).toBe(12);
  });

  it('are on per site the worker chose, port included', () => {
    const s = { ...DEFAULT_DRAFT_SETTINGS, sites: ['http://127.0.0.1:4173'] };
    expect(draftsOn('http://127.0.0.1:4173', s, NO_DRAFT_POLICY)).toBe(true);
    expect(draftsOn('http://127.0.0.1:5000', s, NO_DRAFT_POLICY)).toBe(false);
    expect(draftsOn(null, s, NO_DRAFT_POLICY)).toBe(false);
  });

  it('the organisation switches sites on by match pattern, caps the hours, or forbids drafts', () => {
    const policy = readDraftPolicy({ draftSites: ['https://*.zorg.nl/*', 'kapot', 7], draftMaxHours: 8, draftsAllowed: true });
    expect(policy).toEqual({ sites: ['https://*.zorg.nl/*'], maxHours: 8, allowed: true });
    expect(draftsOn('https://ecd.zorg.nl', DEFAULT_DRAFT_SETTINGS, policy)).toBe(true);
    expect(draftsOn('https://zorg.nl', DEFAULT_DRAFT_SETTINGS, policy)).toBe(true);
    expect(draftsOn('http://ecd.zorg.nl', DEFAULT_DRAFT_SETTINGS, policy)).toBe(false);
    expect(draftsOn('https://ecd.zorg.nl.evil.com', DEFAULT_DRAFT_SETTINGS, policy)).toBe(false);
    expect(effectiveHours({ ...DEFAULT_DRAFT_SETTINGS, hours: 24 }, policy)).toBe(8);
    expect(effectiveHours({ ...DEFAULT_DRAFT_SETTINGS, hours: 4 }, policy)).toBe(4);
    expect(hourChoices(policy)).toEqual([1, 2, 4, 8]);
    expect(hourChoices({ ...policy, maxHours: 10 })).toEqual([1, 2, 4, 8, 10]);
    const forbidden = readDraftPolicy({ draftsAllowed: false });
    expect(draftsOn('https://ecd.zorg.nl', { ...DEFAULT_DRAFT_SETTINGS, sites: ['https://ecd.zorg.nl'] }, forbidden)).toBe(false);
  });

  it('a field the worker excluded stays excluded on that site only', () => {
    const s = { ...DEFAULT_DRAFT_SETTINGS, excluded: [{ site: 'https://a.nl', selector: '#v', label: 'Verslag' }] };
    expect(isExcluded('https://a.nl', { selector: '#v', label: 'Verslag' }, s)).toBe(true);
    expect(isExcluded('https://b.nl', { selector: '#v', label: 'Verslag' }, s)).toBe(false);
    expect(isExcluded('https://a.nl', { selector: '#w', label: 'Verslag' }, s)).toBe(false);
  });
});

describe('public/managed_schema.json', () => {
  // Chrome passes on only the policy keys its schema declares, with the declared type.
  const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8')) as {
    properties: Record<string, { type: string; items?: { type: string } }>;
  };
  it('declares every drafts key the background reads, with the type it reads', () => {
    const types = Object.fromEntries(DRAFT_POLICY_KEYS.map((k) => [k, schema.properties[k]?.type]));
    expect(types).toEqual({ draftSites: 'array', draftMaxHours: 'integer', draftsAllowed: 'boolean' });
    expect(schema.properties.draftSites!.items).toEqual({ type: 'string' });
    // What IT writes there is what the background takes.
    expect(readDraftPolicy({ draftSites: ['https://ecd.zorg.nl/*'], draftMaxHours: 8, draftsAllowed: false })).toEqual({ sites: ['https://ecd.zorg.nl/*'], maxHours: 8, allowed: false });
  });
});

describe('wordCount', () => {
  it('counts words as a worker does', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  Sanne   deed het zelf. ')).toBe(4);
    expect(wordCount("Zo'n ex-collega belde om 14:30.")).toBe(5);
    expect(wordCount('Één cliënt')).toBe(2);
  });
});
