import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCards, KnowledgeError, renderCardsModule } from './compile-knowledge';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import { KNOWLEDGE_CARDS } from './knowledge-cards.generated';
import { KNOWN_TEMPLATE_IDS } from './template-ids';
import { TOPICS } from './topics';

const root = resolve(import.meta.dirname, '../..');
const dir = resolve(root, 'src/assistant/knowledge');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((file) => ({ file, source: readFileSync(join(dir, file), 'utf8') }));
const byId = new Map(KNOWLEDGE_CARDS.map((c) => [c.id, c]));

const card = (id: string, extra = '') => ({
  file: `${id}.md`,
  source: `---\nid: ${id}\ntitle: Kaart ${id}\ntopic: algemeen\ntags: [a, b, c]\nsources: [METHOD.md]\nrelated: [${['een', 'twee', 'drie'].filter((x) => x !== id).join(', ')}]\ntemplates: []\n${extra}---\nEen tekst die lang genoeg is om als kaart te tellen, met wat uitleg.`,
});

describe('knowledge cards', () => {
  it('keeps knowledge-cards.generated.ts up to date (node src/tools/run.mjs src/tools/build-knowledge.ts)', () => {
    const generated = readFileSync(resolve(root, 'src/assistant/knowledge-cards.generated.ts'), 'utf8');
    expect(generated).toBe(renderCardsModule(compileCards(files)));
  });

  it('has at least 40 cards, each linking to at least two others', () => {
    expect(KNOWLEDGE_CARDS.length).toBeGreaterThanOrEqual(40);
    for (const c of KNOWLEDGE_CARDS) {
      expect(c.related.length, c.id).toBeGreaterThanOrEqual(2);
      for (const r of c.related) expect(byId.has(r), `${c.id} → ${r}`).toBe(true);
    }
  });

  it('links only to built-in templates that exist (template-ids.ts follows src/templates/builtin)', () => {
    const builtin = new Set(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(KNOWN_TEMPLATE_IDS.filter((id) => !builtin.has(id))).toEqual([]);
    expect(KNOWLEDGE_CARDS.filter((c) => c.templates.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('covers the topics of issue 5', () => {
    const required = [
      'krachtgericht-formuleren', 'niet-formuleringen', 'labels', 'stigmatiserende-termen', 'eenvoudige-taal',
      'complete-boodschap', 'krachteninventarisatie', 'leefgebieden-overzicht', 'leefgebied-veiligheid',
      'leefgebied-wonen', 'leefgebied-financien', 'leefgebied-kinderen', 'leefgebied-partner',
      'leefgebied-sociale-relaties', 'leefgebied-werk-leren', 'leefgebied-vrije-tijd', 'leefgebied-gezondheid',
      'leefgebied-zingeving', 'actieplan', 'smart-doelen', 'fuzzy-doelen', 'taxatie-van-draagkracht',
      'niet-pluis-gevoel', 'meldcode', 'hulpbronnen', 'ecogram', 'vip-kaart', 'hoop-en-perspectief', 'werkrelatie',
      'etiquette', 'evaluatie', 'afronden', 'teamkrachtbespreking', 'oplossingsgerichte-vragen', 'wondervraag',
      'uitzonderingsvragen', 'copingvragen', 'schaalvraag', 'ervaringsdeskundigheid', 'naastbetrokkenen', 'herstel',
      'fases-van-het-traject', 'ik-vorm', 'eigen-woorden-citeren', 'intervisiemethodes', 'zelfreflectie', 'presentie',
      'cra', 'srh', 'rapporteren-ecd', 'leveringsplan', 'vage-woorden', 'actief-schrijven',
    ];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('marks what the domain brief could not verify as such, never as official', () => {
    // METHOD.md marks these unverified: the VIP-kaart layout, the eight quality requirements of
    // the krachteninventarisatie, the ten of the actieplan and the taxatie question list.
    for (const id of ['vip-kaart', 'kwaliteit-krachteninventarisatie', 'actieplan', 'taxatie-van-draagkracht']) {
      expect(byId.get(id)!.body, id).toMatch(/\*Niet geverifieerd\*/);
    }
    for (const c of KNOWLEDGE_CARDS.filter((c) => /officiële/i.test(c.body))) expect(c.body, c.id).toMatch(/\*Niet geverifieerd\*/);
  });

  it('names the ten leefgebieden exactly as the worksheet does', () => {
    const body = byId.get('leefgebieden-overzicht')!.body;
    for (const name of [
      'Veiligheid & bescherming tegen geweld', 'Wonen & dagelijks leven', 'Financiën & sociale zekerheid',
      'Kinderen & opvoeding', '(Ex-)partner', 'Sociale relaties', 'Activiteit, werk & leren', 'Vrije tijd & recreatie',
      'Gezondheid & zelfverzorging', 'Zingeving',
    ]) expect(body).toContain(name);
  });

  it('gives the teamkrachtbespreking its eight steps and the meldcode its five', () => {
    expect(byId.get('teamkrachtbespreking')!.body.match(/^\d\. /gm)).toHaveLength(8);
    expect(byId.get('meldcode')!.body.match(/^\d\. /gm)).toHaveLength(5);
  });
});

describe('compileCards', () => {
  it('accepts valid cards', () => {
    expect(compileCards([card('een'), card('twee'), card('drie')]).map((c) => c.id)).toEqual(['drie', 'een', 'twee']);
  });

  it.each([
    ['an id that differs from the file name', [{ ...card('een'), file: 'anders.md' }, card('twee'), card('drie')], /moet gelijk zijn aan de bestandsnaam/],
    ['a related card that does not exist', [card('een'), card('twee')], /related "drie" bestaat niet/],
    ['an unknown template', [card('een').source.replace('templates: []', 'templates: [bestaat-niet]')].map((source) => ({ file: 'een.md', source })).concat([card('twee'), card('drie')]), /sjabloon "bestaat-niet" is onbekend/],
    ['a missing field', [{ file: 'een.md', source: card('een').source.replace(/^sources:.*\n/m, '') }, card('twee'), card('drie')], /een\.md: veld "sources"/],
    ['a topic that is not one of the trainer\'s', [{ file: 'een.md', source: card('een').source.replace('topic: algemeen', 'topic: weer') }, card('twee'), card('drie')], /een\.md: veld "topic"/],
    ['broken front matter', [{ file: 'een.md', source: 'geen front matter' }], /een\.md, regel 1/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => compileCards(input)).toThrow(KnowledgeError);
    expect(() => compileCards(input)).toThrow(message);
  });
});

describe('topics', () => {
  it('every method topic has at least one card to answer with', () => {
    const covered = new Set(KNOWLEDGE_CARDS.map((c) => c.topic));
    expect(TOPICS.filter((t) => !covered.has(t))).toEqual([]);
  });
});
