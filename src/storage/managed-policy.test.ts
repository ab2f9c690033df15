import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplateSchema } from '../templates/template-schema';
import { onManagedPolicyChanged, organisationSnippetId, parseManagedPolicy, readManagedPolicy } from './managed-policy';

const intake = { id: 'intake', title: 'Intakegesprek', body: 'Intake met {{naam}} op {{datum}}', tags: ['intake'], shortcut: '/in', source: 'Afdeling Wijkteams, versie 2025.' };

describe('parseManagedPolicy', () => {
  it('reads templates, sites and rules; templates become read-only organisation snippets', () => {
    const policy = parseManagedPolicy({
      templates: [intake, { id: 'kort', title: 'Kort bericht', body: 'Tot morgen.' }],
      enabledSites: ['https://ecd.voorbeeld.nl/*', 'https://*.zorg.nl/*', 'http://localhost:8080/*'],
      disabledRules: ['niet-kunnen', 'def-beperking'],
    });
    expect(policy.issues).toEqual([]);
    expect(policy.templates).toEqual([
      { ...intake, origin: 'organisation' },
      { id: 'kort', title: 'Kort bericht', body: 'Tot morgen.', tags: [], origin: 'organisation' },
    ]);
    expect(policy.enabledSites).toEqual(['https://ecd.voorbeeld.nl/*', 'https://*.zorg.nl/*', 'http://localhost:8080/*']);
    expect(policy.disabledRules).toEqual(['niet-kunnen', 'def-beperking']);
    expect(organisationSnippetId('intake')).toBe('org:intake');
  });

  it('skips a broken template with a Dutch reason (number, title, field) and keeps the others', () => {
    const policy = parseManagedPolicy({
      templates: [intake, { id: 'fout', title: 'Foute sneltoets', body: 'Tekst', shortcut: 'fs' }, { title: 'Zonder id', body: 'x' }, 'tekst'],
    });
    expect(policy.templates.map((t) => t.id)).toEqual(['intake']);
    expect(policy.issues).toEqual([
      expect.stringMatching(/^Organisatiesjabloon 2 \("Foute sneltoets"\) is overgeslagen: veld "sneltoets": gebruik een schuine streep/),
      expect.stringMatching(/^Organisatiesjabloon 3 \("Zonder id"\) is overgeslagen: veld "id": ontbreekt\.$/),
      expect.stringMatching(/^Organisatiesjabloon 4 is overgeslagen/),
    ]);
  });

  it('cannot be talked into another origin', () => {
    const policy = parseManagedPolicy({ templates: [{ ...intake, origin: 'builtin' }] });
    expect(policy.templates[0]?.origin).toBe('organisation');
  });

  it('drops a repeated id and a repeated shortcut, with a note', () => {
    const policy = parseManagedPolicy({ templates: [intake, { ...intake, title: 'Nog een intake' }, { ...intake, id: 'intake-2' }] });
    expect(policy.templates.map((t) => [t.id, t.shortcut])).toEqual([
      ['intake', '/in'],
      ['intake-2', undefined],
    ]);
    expect(policy.issues).toHaveLength(2);
  });

  it('skips sites and rules that are not valid, deduplicates the rest', () => {
    const policy = parseManagedPolicy({
      enabledSites: ['ecd.voorbeeld.nl', 'https://ecd.voorbeeld.nl/*', 'https://ecd.voorbeeld.nl/*', 42, 'ftp://x/*'],
      disabledRules: ['Niet Kunnen', 'niet-kunnen', null],
    });
    expect(policy.enabledSites).toEqual(['https://ecd.voorbeeld.nl/*']);
    expect(policy.disabledRules).toEqual(['niet-kunnen']);
    expect(policy.issues).toHaveLength(5);
    expect(policy.issues[0]).toMatch(/^enabledSites, onderdeel 1: "ecd\.voorbeeld\.nl" is geen geldig adrespatroon/);
  });

  it('names switched-off rules that do not exist, and leaves them out; without the list of rules it cannot tell', () => {
    const ruleIds = new Set(['niet', 'niet-kunnen', 'def-beperking']);
    const raw = { disabledRules: ['niet-kunnen', 'niet-kunen', 'def-beperking', 'regel-uit-2030'] };
    const policy = parseManagedPolicy(raw, ruleIds);
    expect(policy.disabledRules).toEqual(['niet-kunnen', 'def-beperking']);
    expect(policy.issues).toEqual([
      'disabledRules: de regel "niet-kunen" bestaat niet in deze versie van Krachtcoach en is overgeslagen (zie docs/rules.md voor de regel-ids).',
      'disabledRules: de regel "regel-uit-2030" bestaat niet in deze versie van Krachtcoach en is overgeslagen (zie docs/rules.md voor de regel-ids).',
    ]);
    expect(parseManagedPolicy(raw).disabledRules).toEqual(['niet-kunnen', 'niet-kunen', 'def-beperking', 'regel-uit-2030']);
  });

  it('empty when there is no policy; a Dutch issue when it has the wrong shape', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ templates: [], enabledSites: [], disabledRules: [], issues: [] });
    expect(parseManagedPolicy({})).toEqual({ templates: [], enabledSites: [], disabledRules: [], issues: [] });
    expect(parseManagedPolicy({ templates: 'alles' }).issues).toEqual([
      'Het beleid van de organisatie is ongeldig: veld "templates": moet een lijst zijn.',
    ]);
  });

  it('never throws, whatever the raw value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ templates: fc.array(fc.jsonValue()), enabledSites: fc.jsonValue(), disabledRules: fc.array(fc.jsonValue()) })), (raw) => {
        const p = parseManagedPolicy(raw);
        for (const t of p.templates) expect(TemplateSchema.safeParse(t).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readManagedPolicy (chrome.storage.managed)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads and validates what IT set', async () => {
    await fakeBrowser.storage.managed.set({ templates: [intake], enabledSites: ['https://ecd.voorbeeld.nl/*'] });
    const policy = await readManagedPolicy();
    expect(policy.templates.map((t) => t.id)).toEqual(['intake']);
    expect(policy.enabledSites).toEqual(['https://ecd.voorbeeld.nl/*']);
  });

  it('is empty, without a word, when no policy is set (Firefox throws "Managed storage manifest not found")', async () => {
    const area = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(undefined, area)).toEqual({ templates: [], enabledSites: [], disabledRules: [], issues: [] });
  });

  it('is empty but says why when the read fails otherwise', async () => {
    for (const failure of [new Error('Invalid managed storage: schema mismatch'), 'IO error']) {
      const area = { get: () => Promise.reject(failure) };
      const policy = await readManagedPolicy(undefined, area);
      expect(policy).toMatchObject({ templates: [], enabledSites: [], disabledRules: [] });
      expect(policy.issues).toEqual([
        `Het beleid van de organisatie kon niet worden gelezen (${failure instanceof Error ? failure.message : failure}); Krachtcoach werkt zonder de sjablonen, sites en uitgezette regels van de organisatie.`,
      ]);
    }
  });

  it('checks the switched-off rules against the rules it is given', async () => {
    await fakeBrowser.storage.managed.set({ disabledRules: ['niet', 'nit'] });
    const policy = await readManagedPolicy(new Set(['niet']));
    expect(policy.disabledRules).toEqual(['niet']);
    expect(policy.issues).toEqual([expect.stringMatching(/^disabledRules: de regel "nit" bestaat niet/)]);
  });

  it('tells when IT changes the policy', async () => {
    const seen: string[][] = [];
    const issues: string[][] = [];
    const stop = onManagedPolicyChanged((p) => {
      seen.push(p.templates.map((t) => t.id));
      issues.push(p.issues);
    }, new Set(['niet']));
    await fakeBrowser.storage.managed.set({ templates: [intake], disabledRules: ['bestaat-niet'] });
    await new Promise((r) => setTimeout(r, 0));
    await fakeBrowser.storage.local.set({ other: 1 }); // another area: ignored
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen).toEqual([['intake']]);
    expect(issues).toEqual([[expect.stringMatching(/"bestaat-niet" bestaat niet/)]]);
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(resolve(__dirname, '../../public/managed_schema.json'), 'utf8'));

  it('follows Chrome\'s rules: an object at the top, no additionalProperties there, one type per schema', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const walk = (s: Record<string, unknown>, path: string) => {
      expect(Number('type' in s) + Number('$ref' in s), path).toBe(1);
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean'], path).toContain(s.type);
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(v, `${path}.${k}`);
      if (s.items) walk(s.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, '$');
  });

  it('declares exactly the keys the extension reads, and the fields of a template', () => {
    // The drafts keys are read by drafts/draft-settings.ts (its test checks their types against DRAFT_POLICY_KEYS).
    expect(Object.keys(schema.properties).sort()).toEqual(['disabledRules', 'draftMaxHours', 'draftSites', 'draftsAllowed', 'enabledSites', 'templates']);
    const templateFields = Object.keys(TemplateSchema.def.shape).filter((k) => k !== 'origin').sort();
    expect(Object.keys(schema.properties.templates.items.properties).sort()).toEqual(templateFields);
  });
});
