import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '../../analysis';
import { assessWorksheet, LEEFGEBIEDEN } from '../../worksheets';
import { initialValues, parseTemplate, renderTemplate, renderTemplateHtml } from '../fields';
import { BuiltinTemplateSchema } from '../template-schema';
import { BUILTIN_TEMPLATES, builtinByShortcut } from './index';

const TODAY = new Date(2025, 2, 3);
const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'));
const rendered = (body: string) => renderTemplate(body, initialValues(parseTemplate(body).fields, TODAY), TODAY);

describe('built-in templates', () => {
  it('are one file each, registered in index.ts, with the file name as id', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id).sort()).toEqual(files.map((f) => basename(f, '.ts')).sort());
    for (const t of BUILTIN_TEMPLATES) expect(readFileSync(join(dir, `${t.id}.ts`), 'utf8')).toContain(`id: '${t.id}'`);
  });

  it('have unique ids and shortcuts, found by shortcut', () => {
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.shortcut)).size).toBe(BUILTIN_TEMPLATES.length);
    expect(builtinByShortcut('/KI')?.id).toBe('krachteninventarisatie');
    expect(builtinByShortcut('/ap')?.id).toBe('actieplan');
    expect(builtinByShortcut('/td')?.id).toBe('taxatie-van-draagkracht');
    expect(builtinByShortcut('/xx')).toBeUndefined();
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid, and renders without field syntax', (_, t) => {
    const r = BuiltinTemplateSchema.safeParse(t);
    expect(r.success, r.error?.message).toBe(true);
    expect(parseTemplate(t.body).issues).toEqual([]);
    expect(rendered(t.body)).not.toMatch(/\{\{|\}\}|^#/m);
    expect(renderTemplateHtml(t.body, {}, TODAY)).not.toMatch(/\{\{|\}\}/);
  });

  // Its own words are strengths-based; only its [vragen] are flagged, as "Nog invullen", each one,
  // so a worksheet saved with a question left open shows it.
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s gives the coach nothing to flag but what is left to fill in', (_, t) => {
    const text = rendered(t.body);
    // The innermost brackets: a question may hold a field's own [vraag].
    const placeholders = [...text.matchAll(/\[[^[\]\n]*[^[\]\s\dx][^[\]\n]*\]/g)].map((m) => m.index);
    for (const mode of ['worksheet', 'report'] as const) {
      const findings = defaultAnalyzer().analyze(text, { mode }).findings;
      expect(findings.filter((f) => f.category !== 'unfinished').map((f) => `${mode} ${f.rule}: ${f.text}`)).toEqual([]);
      expect(findings.filter((f) => f.category === 'unfinished').map((f) => f.start)).toEqual(placeholders);
    }
  });
});

describe('krachteninventarisatie', () => {
  const t = builtinByShortcut('/ki')!;

  it('has the ten leefgebieden exactly as the method names them, each with its three parts', () => {
    for (const [i, area] of LEEFGEBIEDEN.entries()) expect(t.body).toContain(`## ${i + 1}. ${area.name}\n`);
    expect(t.body.match(/^Nu \(krachten, talenten, mogelijkheden\):/gm)).toHaveLength(10);
    expect(t.body.match(/^Wensen en ambities:/gm)).toHaveLength(10);
    expect(t.body.match(/^Krachten en hulpbronnen van vroeger:/gm)).toHaveLength(10);
    for (const block of ['## Wie en wat?', '## Prioriteiten', '## Opmerkingen en ondertekening']) expect(t.body).toContain(block);
  });

  it('is read by the worksheet check: all ten areas found, still empty', () => {
    const a = assessWorksheet(rendered(t.body), 'krachteninventarisatie');
    expect(a.criteria[0]).toMatchObject({ id: 'leefgebieden-compleet', verdict: 'fail', message: 'Alle tien leefgebieden zijn nog leeg.' });
    expect(a.criteria[0]!.spans).toHaveLength(10);
  });
});

describe('actieplan', () => {
  const t = builtinByShortcut('/ap')!;

  it('passes the worksheet check once the worker fills in goal and steps', () => {
    const { fields } = parseTemplate(t.body);
    const values: Record<string, string | boolean> = {
      ...initialValues(fields, TODAY),
      naam: 'Yusuf',
      'alinea:Mijn doel, zoals ik het zelf zeg': 'Ik wil weer werken als fietsenmaker.',
      'tekst:Stap 1: wat ga ik doen?': 'Ik maak samen met Sanne een cv.',
      'tekst:Stap 2: wat ga ik doen?': 'Ik bel Rachid voor een referentie.',
      'tekst:Stap 3: wat ga ik doen?': 'Ik breng mijn cv naar drie fietsenwinkels.',
    };
    const a = assessWorksheet(renderTemplate(t.body, values, TODAY), 'actieplan');
    expect(a.criteria.map((c) => `${c.id}:${c.verdict}`)).toEqual(a.criteria.map((c) => `${c.id}:pass`));
  });

  it('leaves an unfilled plan failing on the goal and the steps', () => {
    const a = assessWorksheet(rendered(t.body), 'actieplan');
    const verdict = Object.fromEntries(a.criteria.map((c) => [c.id, c.message]));
    expect(verdict['doel-eigen-woorden']).toBe('Het doel is nog leeg.');
    expect(verdict['wie-wanneer']).toBe('Geen ingevulde stappen gevonden.');
  });
});

describe('taxatie van draagkracht', () => {
  const t = builtinByShortcut('/td')!;

  it('says plainly that it is not the method\'s official questionnaire', () => {
    expect(t.body).toMatch(/NIET de officiële vragenlijst van de methode/);
    expect(t.source).toMatch(/NIET de officiële vragenlijst/);
  });

  it('covers draagkracht and draaglast, the children\'s safety, the niet-pluisgevoel and the five meldcode steps', () => {
    for (const s of ['Draagkracht', 'Draaglast', 'kinderen', 'niet-pluisgevoel', 'meldcode']) expect(t.body).toContain(s);
    expect(t.body.match(/^[1-5]\. /gm)).toHaveLength(5);
  });
});

describe('other templates', () => {
  it('teamkrachtbespreking has the eight steps', () => {
    expect(builtinByShortcut('/tk')!.body.match(/^[1-8]\. /gm)).toHaveLength(8);
  });

  it('hulpbronnen has the four kinds', () => {
    const body = builtinByShortcut('/hb')!.body;
    for (const kind of ['Sociaal-economische zekerheid', 'Sociale cohesie', 'Sociale inclusie', 'Sociale empowerment']) expect(body).toContain(`## ${kind}`);
  });

  it('complete boodschap has an ik-, a jij- and a wij-part that the engine recognises', () => {
    const body = builtinByShortcut('/cb')!.body;
    const text = renderTemplate(body, { 'tekst:Ik-deel: wat doet het met mij? (bijvoorbeeld: maak me zorgen als …, word er onrustig van als …)': 'maak me zorgen als de post dicht blijft liggen' }, TODAY);
    expect(defaultAnalyzer().analyze(text, { mode: 'message' }).message!.missing).toEqual([]);
  });
});
