import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWholeWorksheet } from './whole-worksheet';

const example = (kind: string, name: string) => readFileSync(join(import.meta.dirname, '../../tests/worksheets', kind, name), 'utf8');

describe('isWholeWorksheet', () => {
  it('takes the filled-in worksheets of our examples as whole', () => {
    expect(isWholeWorksheet(example('krachteninventarisatie', 'genummerd-volledig.txt'), 'krachteninventarisatie')).toBe(true);
    expect(isWholeWorksheet(example('krachteninventarisatie', 'tabel-synoniemen.txt'), 'krachteninventarisatie')).toBe(true);
    expect(isWholeWorksheet(example('actieplan', 'stapblokken.txt'), 'actieplan')).toBe(true);
    expect(isWholeWorksheet(example('actieplan', 'tabel.txt'), 'actieplan')).toBe(true);
  });

  it('takes the entry of one leefgebied as an entry, with or without its heading and aspects', () => {
    const entries = [
      'Ik woon sinds maart op kamer 12 van De Overloop. Op zondag kook ik zelf pasta voor mij en mijn buurman.',
      'Nu: ik woon op kamer 12 en houd mijn kamer zelf schoon.\nWens: "Ik wil gewoon mijn eigen huis."\nVroeger: ik had een flat in Deventer met een balkon vol planten.',
      'Wonen & dagelijks leven\nNu: ik woon op kamer 12.\nWens: een eigen huis in Deventer.',
    ];
    for (const text of entries) expect([text, isWholeWorksheet(text, 'krachteninventarisatie')]).toEqual([text, false]);
  });

  it('needs three leefgebieden, or priorities beside one', () => {
    expect(isWholeWorksheet('Wonen\nIk woon op kamer 12.\n\nFinanciën\nMijn bewindvoerder betaalt de huur.', 'krachteninventarisatie')).toBe(false);
    expect(
      isWholeWorksheet('Wonen\nIk woon op kamer 12.\n\nFinanciën\nMijn bewindvoerder betaalt de huur.\n\nZingeving\nIk ga op zondag naar de kerk.', 'krachteninventarisatie'),
    ).toBe(true);
    expect(isWholeWorksheet('Wonen\nIk woon op kamer 12.\n\nPrioriteiten\n1. Een eigen huis', 'krachteninventarisatie')).toBe(true);
  });

  it('takes a goal with steps as an actieplan, and a goal or a step alone as an entry', () => {
    expect(isWholeWorksheet('Doel: "Ik wil weer zelf koken."\nStap 1: Ik zoek drie recepten uit.\nWie: ik\nWanneer: maandag 1 december', 'actieplan')).toBe(true);
    expect(isWholeWorksheet('Doel: "Ik wil weer zelf koken."', 'actieplan')).toBe(false);
    expect(isWholeWorksheet('Stap 1: Ik zoek drie recepten uit.\nWie: ik\nWanneer: maandag 1 december', 'actieplan')).toBe(false);
    expect(isWholeWorksheet('', 'actieplan')).toBe(false);
  });
});

describe('isWholeWorksheet on worksheets as workers paste them', () => {
  it('reads leefgebieden that open a line before a dash as areas', () => {
    const text = [
      'Leefgebieden',
      'a. Veiligheid & bescherming tegen geweld – Als ik spanning voel, bel ik de nachtdienst.',
      'b. Wonen & dagelijks leven – Ik stofzuig mijn appartement op zaterdag.',
      'c. Financiën & sociale zekerheid – Op maandag krijg ik €70 leefgeld.',
    ].join('\n');
    expect(isWholeWorksheet(text, 'krachteninventarisatie')).toBe(true);
    // A sentence that only mentions an area is no heading.
    expect(isWholeWorksheet('Ik wil wonen in Utrecht, werk vinden en mijn geld op orde.', 'krachteninventarisatie')).toBe(false);
  });

  it('takes a list of steps without a recognised goal as an actieplan', () => {
    const text = 'Acties\n- Ik meld mij aan bij Schuldhulp Zuid. / Wie: ik / Wanneer: 3 april\n- Samen de post sorteren. / Wie: Joyce en Bart / Wanneer: donderdag 10 april';
    expect(isWholeWorksheet(text, 'actieplan')).toBe(true);
  });
});
