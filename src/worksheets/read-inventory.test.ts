import { describe, expect, it } from 'vitest';
import { readInventory } from './read-inventory';

const areas = (text: string) => Object.fromEntries([...readInventory(text).areas].map(([id, b]) => [id, b.content.map((c) => c.text)]));

describe('readInventory', () => {
  it('reads "c. Financiën – …" lines, with letters up to j', () => {
    const text = 'Leefgebieden\nc. Financiën & sociale zekerheid – Ik heb een Wajong-uitkering.\nj. Zingeving – n.v.t.';
    expect(areas(text)).toEqual({ financien: ['Ik heb een Wajong-uitkering.'], zingeving: ['n.v.t.'] });
  });

  it('reads headings with a letter in any case above bullets, and a letter before a dash', () => {
    const text = 'A. Wonen\n• Ik huur een flat in Hoorn.\nb) Vrije tijd\n• Ik vis op zaterdag.\nC - Geld\n• Ik heb een budgetplan.\nLeefgebied D: Zingeving\n• Ik mediteer.';
    expect(areas(text)).toEqual({
      wonen: ['Ik huur een flat in Hoorn.'],
      'vrije-tijd': ['Ik vis op zaterdag.'],
      financien: ['Ik heb een budgetplan.'],
      zingeving: ['Ik mediteer.'],
    });
    expect(areas('F - Werk – Ik werk bij de Jumbo.\nG - Sport – Ik zwem.')).toEqual({ activiteit: ['Ik werk bij de Jumbo.'], 'vrije-tijd': ['Ik zwem.'] });
  });

  it('reads everyday headings', () => {
    expect(Object.keys(areas('Veilig zijn\nIk slaap met de deur op slot.\n\nGeld\nIk krijg bijstand.\n\nLiefde / (ex-)partner\nIk ben single.'))).toEqual([
      'veiligheid',
      'financien',
      'partner',
    ]);
  });

  it('ends the last area at the signatures', () => {
    expect(areas('Zingeving\nIk ga op zondag naar de moskee.\nHandtekening: R. Amrani    K. de Vries')).toEqual({ zingeving: ['Ik ga op zondag naar de moskee.'] });
  });

  it('keeps the priorities\' heading with its aside, further headings in the block, and what is written', () => {
    const p = readInventory('Prioriteiten (volgens behandelteam)\nWat ik als eerste wil:\n1. Werk\n2. Een kamer').priorities!;
    expect(p.heading.text).toBe('Prioriteiten (volgens behandelteam)');
    expect(p.marks.map((m) => m.text)).toEqual(['Wat ik als eerste wil']);
    expect(p.items.map((i) => i.text)).toEqual(['Werk', 'Een kamer']);
  });

  it('counts a put-off block as empty: "Nog niet besproken."', () => {
    const p = readInventory('Wonen\nIk woon in Ede.\nPrioriteiten\nNog niet besproken.').priorities!;
    expect(p.items).toEqual([]);
    expect(p.written.map((w) => w.text)).toEqual(['Nog niet besproken.']);
  });

  it('takes a wish marked "(prioriteit 1)" as a priority', () => {
    const inv = readInventory('Wonen\nNu: Ik slaap bij mijn zus.\nWens: Een eigen huurhuis in Tiel (prioriteit 1)\nWerk\nIk help bij de kringloop.');
    expect(inv.priorities?.items.map((i) => i.text)).toEqual(['Een eigen huurhuis in Tiel (prioriteit 1)']);
  });

  it('takes "Prioriteit: …" inside an area as a marked priority and goes on with the areas', () => {
    const inv = readInventory('Wonen\nIk woon in een caravan.\nPrioriteit: een eigen huurhuis\nWerk\nIk help bij de kringloop.');
    expect(inv.priorities?.items.map((i) => i.text)).toEqual(['een eigen huurhuis']);
    expect([...inv.areas.keys()]).toEqual(['wonen', 'activiteit']);
  });

  it('reads a spreadsheet saved with semicolons: rows, an empty row, a priority and remarks after a blank line', () => {
    const text = [
      'Naam;Ahmet Kaya',
      'Gebied;Nu;Wens',
      'Wonen;Ik huur een kamer in Zwolle; de huur is € 450.;Een flat met lift.',
      'Zingeving;;',
      'Geld;Mijn broer Emre helpt met de post.;Sparen voor een fiets.',
      '',
      'Prioriteit (mijn keuze);Een flat met lift.',
      '',
      'Opmerkingen;Dhr. was op tijd.',
    ].join('\n');
    const inv = readInventory(text);
    expect(areas(text)).toEqual({
      wonen: ['Ik huur een kamer in Zwolle; de huur is € 450.', 'Een flat met lift.'],
      zingeving: [],
      financien: ['Mijn broer Emre helpt met de post.', 'Sparen voor een fiets.'],
    });
    expect(inv.priorities?.items.map((i) => i.text)).toEqual(['Een flat met lift.']);
    expect(inv.about).toEqual([]);
  });

  it('reads "Hoe is het nu? …" with its answer on one line, the question as form', () => {
    expect(areas('Werk\nHoe is het nu? Ik werk op vrijdag bij de bakker.\nWat wil ik? Een tweede dag.')).toEqual({
      activiteit: ['Ik werk op vrijdag bij de bakker.', 'Een tweede dag.'],
    });
  });

  it.each(['Wat ik zelf als eerste wil aanpakken', 'Waar ik nu als eerste mee wil beginnen', 'Prioriteit (mijn keuze):', 'Waar begin ik mee?', 'Wat pak ik als eerste aan?', 'Mijn top 3'])('finds the priorities under "%s"', (heading) => {
    expect(readInventory(`Wonen\nIk woon in Ede.\n\n${heading}\n1. Een fiets kopen.`).priorities?.items.map((i) => i.text)).toEqual(['Een fiets kopen.']);
  });

  it.each(['Nog bespreken met mijn begeleider Tim.', 'Bespreken we volgende week met Sanne.', 'Volgt na het volgende gesprek.', 'Weet ik nog niet.', 'Nog geen keuze gemaakt.', 'Samen met Tim nog invullen.'])(
    'counts a put-off or undecided block as empty: "%s"',
    (line) => {
      expect(readInventory(`Wonen\nIk woon in Ede.\nPrioriteiten\n${line}`).priorities?.items).toEqual([]);
    },
  );

  it('goes on with the areas after a one-line "Prioriteit: …" that stands apart', () => {
    const inv = readInventory('Wonen\nIk woon in Ede.\n\nPrioriteit: een eigen huis\n\nWerk\nIk werk bij de Aldi.\n\nOpmerkingen: Dhr. was op tijd.');
    expect(inv.priorities?.items.map((i) => i.text)).toEqual(['een eigen huis']);
    expect(areas('Wonen\nIk woon in Ede.\n\nPrioriteit: een eigen huis\n\nWerk\nIk werk bij de Aldi.')).toEqual({ wonen: ['Ik woon in Ede.'], activiteit: ['Ik werk bij de Aldi.'] });
  });

  it('a question about a wish in an area is no priorities heading ("Waar wil ik wonen?")', () => {
    expect(readInventory('Wonen\nWaar wil ik wonen?\nIn Ede, bij mijn zus.').priorities).toBeUndefined();
  });
});
