import { describe, expect, it } from 'vitest';
import { readActionPlan } from './read-action-plan';

const steps = (text: string) =>
  readActionPlan(text).steps.map((s) => ({ what: [...s.what, ...s.how].map((t) => t.text).join(' '), who: s.who.map((t) => t.text).join(' '), when: s.when.map((t) => t.text).join(' ') }));

describe('readActionPlan', () => {
  it('reads a table aligned with spaces by the header\'s columns, also where cells stand two spaces apart', () => {
    const text = [
      'Mijn doel: "Een eigen fiets om naar mijn werk te gaan."',
      '',
      'Hoe?                                        Wie?          Wanneer?',
      'a) Ik kijk op Marktplaats naar fietsen.  ik            di 14 okt',
      'b) Ik vraag mijn oom om mee te kijken.    ik en oom Ab  za 18 oktober',
    ].join('\n');
    expect(steps(text)).toEqual([
      { what: 'Ik kijk op Marktplaats naar fietsen.', who: 'ik', when: 'di 14 okt' },
      { what: 'Ik vraag mijn oom om mee te kijken.', who: 'ik en oom Ab', when: 'za 18 oktober' },
    ]);
  });

  it('ends a table at a labelled line: signatures and progress are no steps', () => {
    const text = 'Doel: "Weer zwemmen."\nStap | Wie | Wanneer\nIk koop een zwempas. | ik | 3-11\nHandtekeningen: Tess ____   Joris ____\nVoortgang: -';
    expect(steps(text)).toEqual([{ what: 'Ik koop een zwempas.', who: 'ik', when: '3-11' }]);
  });

  it('takes "Wat?" as the goal before a table or a list of steps (the method\'s form)', () => {
    const table = readActionPlan('Wat? (in mijn woorden)\n"Zelf mijn boodschappen doen."\n\nHoe | Wie | Wanneer\nIk maak een lijstje. | ik | ma 6 okt');
    expect(table.goal?.text.map((t) => t.text)).toEqual(['"Zelf mijn boodschappen doen."']);
    const list = readActionPlan('Wat?\n"Weer gitaar spelen."\n\n1. Ik haal mijn gitaar bij mijn zus.\nWie: ik\nWanneer: zondag 5 oktober');
    expect(list.goal?.text.map((t) => t.text)).toEqual(['"Weer gitaar spelen."']);
    expect(list.steps).toHaveLength(1);
  });

  it('reads "Wie: ik   Wanneer: 1 juni" and "Actie: … Door: … Datum: …" on one line', () => {
    expect(steps('Mijn doel\nIk wil koken.\nStap 1: Ik koop een wok.\n   Wie: ik   Wanneer: 1 juni')).toEqual([{ what: 'Ik koop een wok.', who: 'ik', when: '1 juni' }]);
    expect(steps('Mijn doel\n"Koken."\nActie: Ik stuur mijn cv naar De Kaap. Door: ik. Datum: vrijdag 14 maart.')).toEqual([
      { what: 'Ik stuur mijn cv naar De Kaap.', who: 'ik', when: 'vrijdag 14 maart' },
    ]);
  });

  it('keeps one "Wie en wanneer:" line for all steps apart, as shared', () => {
    const plan = readActionPlan('Doel: "Een baan."\nActies:\n- Ik bel het UWV.\n- Ik maak een cv.\nWie en wanneer: ik met Kevin, de komende weken.');
    expect(plan.shared.map((s) => s.text)).toEqual(['ik met Kevin, de komende weken.']);
    expect(plan.steps.map((s) => s.who.length + s.when.length)).toEqual([0, 0]);
  });

  it('takes "Wie?" and "Wanneer?" under a whole list as shared, and under one step as that step\'s', () => {
    const shared = readActionPlan('Mijn doel: "Rust."\nHoe?\n- Ik koop een postbakje.\n- Ik open mijn post.\n\nWie? Ik, met Sarah.\nWanneer? In mei.');
    expect(shared.shared.map((s) => s.text)).toEqual(['Ik, met Sarah.', 'In mei.']);
    const own = readActionPlan('Mijn doel: "Rust."\nHoe?\n- Ik koop een postbakje.\n  Wie: ik\n  Wanneer: 3 mei\n- Ik open mijn post.\n  Wie: ik\n  Wanneer: elke maandag');
    expect(own.shared).toEqual([]);
    expect(own.steps.map((s) => s.when.map((w) => w.text).join())).toEqual(['3 mei', 'elke maandag']);
  });

  it('reads a table with semicolons, tight or with a space, and the row\'s who and when as columns without labels', () => {
    const spaced = 'Mijn doel: "Mijn eigen was doen."\n\nActie; door wie; datum\n1. Ik koop wasmiddel bij de Action; ik; za 12 april\n2. Mijn zus Ilse legt de wasmachine uit; Ilse; zondag 13 april';
    expect(steps(spaced)).toEqual([
      { what: 'Ik koop wasmiddel bij de Action', who: 'ik', when: 'za 12 april' },
      { what: 'Mijn zus Ilse legt de wasmachine uit', who: 'Ilse', when: 'zondag 13 april' },
    ]);
    const tight = 'Doel: Ik wil zwemmen.\nWat;Wie;Wanneer\nIk koop een zwempas;ik;3-11\nIk zoek de tijden op; ik ook;ik;4-11';
    expect(steps(tight)).toEqual([
      { what: 'Ik koop een zwempas', who: 'ik', when: '3-11' },
      { what: 'Ik zoek de tijden op; ik ook', who: 'ik', when: '4-11' },
    ]);
  });

  it('reads a list pasted with tabs under "Stap <tab> Wat ga ik doen?", numbers in their own column', () => {
    const text = 'Doel:\tIk wil fitter worden.\n\nStap\tWat ga ik doen?\n1\tIk koop hardloopschoenen.\n2\tIk loop met Bas een rondje.\n\nWie:\tik\nWanneer:\tin mei';
    const plan = readActionPlan(text);
    expect(plan.steps.map((s) => s.what.map((w) => w.text).join())).toEqual(['Ik koop hardloopschoenen.', 'Ik loop met Bas een rondje.']);
    expect(plan.shared.map((s) => s.text)).toEqual(['ik', 'in mei']);
  });

  it('reads steps as sentences under a heading in words ("Zo ga ik het aanpakken:")', () => {
    const text = 'Mijn doel: "Weer fietsen."\n\nZo ga ik het aanpakken:\nOp dinsdag 6 mei breng ik mijn fiets naar de fietsenmaker.\nMijn buurman Kees pompt zaterdag de banden op.';
    expect(steps(text).map((s) => s.what)).toEqual(['Op dinsdag 6 mei breng ik mijn fiets naar de fietsenmaker.', 'Mijn buurman Kees pompt zaterdag de banden op.']);
  });

  it('reads "Hoe? / Wie? / Wanneer?" as the header of the steps, and "Wie: … — Wanneer: …" on the line after a step', () => {
    const text = 'Wat?\nIk wil weer koken.\n\nHoe? / Wie? / Wanneer?\n1) Ik koop een kookboek.\n   Wie: ik — Wanneer: za 3 mei\n2) Ik kook met mijn zus.\n   Wie: ik en Noor – Wanneer: zo 4 mei';
    const plan = readActionPlan(text);
    expect(plan.goal?.text.map((t) => t.text)).toEqual(['Ik wil weer koken.']);
    expect(steps(text)).toEqual([
      { what: 'Ik koop een kookboek.', who: 'ik', when: 'za 3 mei' },
      { what: 'Ik kook met mijn zus.', who: 'ik en Noor', when: 'zo 4 mei' },
    ]);
  });

  it('reads a paragraph of sentences under the actions heading as one step per sentence', () => {
    const text = 'Doel: "Weer naar de kerk."\n\nWat ga ik doen?\nOp zondag 4 mei fiets ik met mijn buurman Wim naar de kerk. Na de dienst drink ik koffie in de zaal. Mijn dochter belt de koster op maandag 5 mei.';
    expect(steps(text).map((s) => s.what)).toEqual([
      'Op zondag 4 mei fiets ik met mijn buurman Wim naar de kerk.',
      'Na de dienst drink ik koffie in de zaal.',
      'Mijn dochter belt de koster op maandag 5 mei.',
    ]);
  });

  it('finds steps written under the goal without a heading of their own', () => {
    const plan = readActionPlan('Mijn doel:\nIk wil weer zelf koken.\nIk koop op zaterdag een kookboek bij de Bruna.\nMijn zus kookt dinsdag 6 mei met mij een stamppot.');
    expect(plan.goal?.text.map((t) => t.text)).toEqual(['Ik wil weer zelf koken.']);
    expect(plan.steps.map((s) => s.what.map((w) => w.text).join())).toEqual([
      'Ik koop op zaterdag een kookboek bij de Bruna.',
      'Mijn zus kookt dinsdag 6 mei met mij een stamppot.',
    ]);
  });

  it('reads who and when typed as columns without labels after a step, but not a clause between dashes', () => {
    const text = 'Doel: "Weer fietsen."\nActies:\n1. Ik bel de fietsenmaker – ik – ma 5 mei\n2. Ik haal de fiets op / mijn zus Ria / z.s.m.\n3. Ik bel Wim; daarna ga ik naar de apotheek; op maandag';
    expect(steps(text)).toEqual([
      { what: 'Ik bel de fietsenmaker', who: 'ik', when: 'ma 5 mei' },
      { what: 'Ik haal de fiets op', who: 'mijn zus Ria', when: 'z.s.m.' },
      { what: 'Ik bel Wim; daarna ga ik naar de apotheek; op maandag', who: '', when: '' },
    ]);
  });

  it('gives the steps under a heading that is only a when ("Week 19", "Zaterdag 10 mei:") that when', () => {
    const text = 'Doel: "Fietsen."\nWeek 19\n- Ik bel de fietsenmaker.\n- Mijn zus Ria haalt de fiets op. Wanneer: vrijdag 9 mei\n\nZaterdag 17 mei:\n- Ik fiets naar de markt.';
    expect(steps(text).map((s) => s.when)).toEqual(['Week 19', 'vrijdag 9 mei', 'Zaterdag 17 mei']);
    expect(steps('Doel: "Fietsen."\nActies\nZaterdag haalt Ria de fiets op.\nIk fiets op zondag.').map((s) => s.what)).toEqual(['Zaterdag haalt Ria de fiets op.', 'Ik fiets op zondag.']);
  });
});
