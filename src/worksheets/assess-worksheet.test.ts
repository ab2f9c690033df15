import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema, assessWorksheet, CRITERIA, type WorksheetKind } from './index';
import { matchLeefgebieden } from '../analysis/leefgebieden';
import { readActionPlan } from './read-action-plan';
import { readInventory } from './read-inventory';
import { hasContent, isPlaceholder, readLines } from './text-lines';
import { isConcreteWhen, namesActor } from './time-and-actor';

const verdict = (text: string, kind: WorksheetKind, id: string) => {
  const c = assessWorksheet(text, kind).criteria.find((x) => x.id === id)!;
  return { verdict: c.verdict, message: c.message, spans: c.spans.map((s) => s.text) };
};

describe('reading lines', () => {
  it('takes markers, Markdown, labels and cells apart with offsets into the text', () => {
    const text = '  - **Wonen:** ik woon hier\n## 3) Geld\nNaam\tWie\tWanneer\n| a | b |\n|---|---|\nom 10:30 uur';
    const [bullet, heading, tabs, pipes, rule, time] = readLines(text);
    expect(bullet).toMatchObject({ marker: 'bullet', indent: 2, label: { text: 'Wonen' }, value: { text: 'ik woon hier' } });
    expect(text.slice(bullet!.value!.start, bullet!.value!.end)).toBe('ik woon hier');
    expect(heading).toMatchObject({ heading: true, marker: 'number', number: 3, body: { text: 'Geld' } });
    expect(tabs!.cells!.map((c) => c.text)).toEqual(['Naam', 'Wie', 'Wanneer']);
    expect(pipes!.cells!.map((c) => c.text)).toEqual(['a', 'b']);
    expect(rule!.rule).toBe(true);
    expect(time!.label).toBeUndefined();
  });

  it('reads "1.<tab>Wonen" (a Word list) as a numbered line, and a leading tab as an empty cell', () => {
    const [item, row] = readLines('1.\tWonen & dagelijks leven\n\tIk kook.\tik\t3 maart');
    expect(item).toMatchObject({ marker: 'number', body: { text: 'Wonen & dagelijks leven' } });
    expect(item!.cells).toBeUndefined();
    expect(row!.cells!.map((c) => c.text)).toEqual(['', 'Ik kook.', 'ik', '3 maart']);
  });

  it('reads two cells of a spreadsheet as label and value, but not a sentence typed with a semicolon', () => {
    const [pair, sentence] = readLines('Prioriteit (mijn keuze);Een fiets.\nIk wil een huis;met een tuin.');
    expect(pair).toMatchObject({ label: { text: 'Prioriteit (mijn keuze)' }, value: { text: 'Een fiets.' } });
    expect(sentence!.label).toBeUndefined();
    expect(sentence!.cells!.map((c) => c.text)).toEqual(['Ik wil een huis', 'met een tuin.']);
  });

  it('knows placeholders from content', () => {
    for (const p of ['-', '–', 'n.v.t.', 'NVT', 'nog invullen', 'Nog in te vullen', '?', '...', '…', '[wat gaat goed?]', '"[citaat]"', 'geen', 'volgt', 'zie boven', '___']) {
      expect([p, isPlaceholder(p)]).toEqual([p, true]);
    }
    for (const c of ['Koken', 'Ik heb geen kinderen.', 'n.v.t. want ik woon alleen, mijn kat is mijn huisgenoot']) expect([c, hasContent(c)]).toEqual([c, true]);
  });
});

describe('leefgebieden', () => {
  it.each([
    ['1. Veiligheid & bescherming tegen geweld', ['veiligheid']],
    ['Wonen en dagelijks leven', ['wonen']],
    ['Leefgebied 3 – Financiën', ['financien']],
    ['Geld', ['financien']],
    ['(Ex-)partner', ['partner']],
    ['Ex-partner', ['partner']],
    ['Sociaal netwerk', ['sociale-relaties']],
    ['Familie en vrienden', ['sociale-relaties']],
    ['Werk en dagbesteding', ['activiteit']],
    ['Werk en vrije tijd', ['activiteit', 'vrije-tijd']],
    ['Hobby\'s', ['vrije-tijd']],
    ['Psychische gezondheid', ['gezondheid']],
    ['Zingeving & spiritualiteit', ['zingeving']],
    ['Financiën & sociale zekerheid', ['financien']],
    ['Wonen (nu, wensen, vroeger)', ['wonen']],
  ])('%s', (label, ids) => {
    expect(matchLeefgebieden(label)).toEqual(ids);
  });

  it.each(['Ik wil wonen in Utrecht', 'Wie en wat?', 'Prioriteiten', 'Mijn krachteninventarisatie', ''])('not: %s', (label) => {
    expect(matchLeefgebieden(label)).toBeUndefined();
  });
});

describe('reading a krachteninventarisatie', () => {
  it('with bare headings, "Werk:" inside an area is a sub-label, not a new area', () => {
    const inv = readInventory('Gezondheid\nSport: ik zwem op maandag.\nWonen\nIk woon in Ede.\nZingeving\nIk bid.');
    expect(inv.areas.get('gezondheid')!.content.map((c) => c.text)).toEqual(['Sport: ik zwem op maandag.']);
    expect(inv.areas.has('vrije-tijd')).toBe(false);
  });

  it('a bullet that names an area is content, unless items are nested under it', () => {
    const inv = readInventory('Vrije tijd & recreatie\n- Sport\n- Lezen\nGezondheid\n- Ik wandel elke dag.\nZingeving\n- Kerk\n  - ik zing in het koor');
    expect(inv.areas.get('vrije-tijd')!.content.map((c) => c.text)).toEqual(['Sport', 'Lezen']);
    expect(inv.areas.get('sociale-relaties')).toBeUndefined();
  });

  it('in the Prioriteiten block, "1. Wonen" is a priority; areas after it still count when "Nu:" follows', () => {
    const inv = readInventory('Prioriteiten\n1. Wonen\n2. Werk\n3. Geld\nZingeving\nNu: ik bid elke avond.');
    expect(inv.priorities!.items.map((i) => i.text)).toEqual(['Wonen', 'Werk', 'Geld']);
    expect([...inv.areas.keys()]).toEqual(['zingeving']);
  });

  it('counts the parts of a one-line enumeration of priorities, and ignores questions and prompts', () => {
    expect(readInventory('Prioriteiten: wonen, werk en geld').priorities!.items).toHaveLength(3);
    expect(readInventory('Prioriteiten\nWat vind ik het belangrijkst?\n[kies er drie]\n- rust\n- werk').priorities!.items.map((i) => i.text)).toEqual(['rust', 'werk']);
  });

  it('a question in an area is text, not a block heading', () => {
    const inv = readInventory('Sociale relaties\nWie is belangrijk voor mij? Mijn zus en Kees.\nAfspraken\nIk bel mijn zus.');
    expect(inv.areas.get('sociale-relaties')!.content.map((c) => c.text)).toEqual(['Wie is belangrijk voor mij? Mijn zus en Kees.']);
  });

  it('an "Opmerkingen:" line with text inside an area stays with that area', () => {
    const inv = readInventory('Wonen\nOpmerkingen: ik wil verhuizen naar Ede.\nGeld\n-');
    expect(inv.areas.get('wonen')!.content.map((c) => c.text)).toEqual(['Opmerkingen: ik wil verhuizen naar Ede.']);
  });
});

describe('reading an actieplan', () => {
  it('steps as "Stap N" blocks, with "Wie:" answered on the next line', () => {
    const plan = readActionPlan('Doel: ik wil fietsen.\nStap 1: Ik koop een fietsslot.\nWie:\nik\nWanneer: 3 maart\nStap 2\nWat: Ik fiets naar de markt.');
    expect(plan.steps.map((s) => [s.n, s.what.map((w) => w.text), s.who.map((w) => w.text), s.when.map((w) => w.text)])).toEqual([
      [1, ['Ik koop een fietsslot.'], ['ik'], ['3 maart']],
      [2, ['Ik fiets naar de markt.'], [], []],
    ]);
    expect(plan.goal!.text.map((t) => t.text)).toEqual(['ik wil fietsen.']);
  });

  it('inline fields in a bullet, and an indented continuation line', () => {
    const plan = readActionPlan('Acties\n- Ik bel Sanne (wie: ik, wanneer: 4 maart)\n  want zij weet de weg\n- Ik ga zwemmen; datum: 5-3');
    expect(plan.steps.map((s) => [s.what.map((w) => w.text), s.who.map((w) => w.text), s.when.map((w) => w.text)])).toEqual([
      [['Ik bel Sanne', 'want zij weet de weg'], ['ik'], ['4 maart']],
      [['Ik ga zwemmen'], [], ['5-3']],
    ]);
  });

  it('a table whose Wat column is the goal when it also has Hoe (the method\'s form)', () => {
    const plan = readActionPlan('Wat?\tHoe?\tWie?\tWanneer?\nIk wil weer koken.\tIk koop een kookboek.\tik\tzaterdag\n\tIk kook voor Jan.\tik\t12 april');
    expect(plan.goal!.text.map((t) => t.text)).toEqual(['Ik wil weer koken.']);
    expect(plan.steps.map((s) => s.what.map((w) => w.text))).toEqual([['Ik koop een kookboek.'], ['Ik kook voor Jan.']]);
  });

  it('a goal sentence that starts like a heading stays the goal', () => {
    const plan = readActionPlan('Mijn doel\nMijn wens is een eigen huis met een tuin.\nStappen klein en haalbaar\n- Ik bel Woonnet.');
    expect(plan.goal!.text.map((t) => t.text)).toEqual(['Mijn wens is een eigen huis met een tuin.']);
    expect(plan.steps).toHaveLength(1);
  });

  it('bullets right after "Doel: …" are the steps', () => {
    const plan = readActionPlan('Doel: ik wil een huis.\n- Ik bel Woonnet op 3 maart.\n- Ik vraag mijn zus mee op 8 maart.');
    expect(plan.goal!.text.map((t) => t.text)).toEqual(['ik wil een huis.']);
    expect(plan.steps.map((st) => st.what[0]!.text)).toEqual(['Ik bel Woonnet op 3 maart.', 'Ik vraag mijn zus mee op 8 maart.']);
  });

  it('"Datum:" at the top is the plan\'s date, not a step', () => {
    expect(readActionPlan('Datum: 3 maart\nNaam: Ali\nMijn doel\nIk wil werken.').steps).toEqual([]);
  });
});

describe('wanneer and wie', () => {
  it.each(['3 maart', '03-03-2025', '2025-03-03', 'dinsdagochtend', 'elke vrijdag', 'week 12', 'eind april', 'dagelijks', 'di 4', '3/3'])('concrete: %s', (w) => {
    expect(isConcreteWhen(w)).toBe(true);
  });
  it.each(['binnenkort', 'z.s.m.', 'volgende week', 'morgen', 'over twee weken', 'na de zomer', 'in overleg', 'om 10.30 uur', 'meisje'])('open: %s', (w) => {
    expect(isConcreteWhen(w)).toBe(false);
  });
  it('finds who does it', () => {
    for (const s of ['Ik bel de huisarts', 'Samen zoeken we een cursus', 'Mijn begeleider belt', 'Sanne belt de gemeente', 'de buurvrouw helpt', 'Mark onderzoekt de regels']) expect([s, namesActor(s)]).toEqual([s, true]);
    for (const s of ['Bellen met de huisarts', 'Afspraak maken', 'Formulier invullen']) expect([s, namesActor(s)]).toEqual([s, false]);
  });
});

describe('criteria', () => {
  it('a quote is the client\'s own words: never a fault in positief, ik-vorm or specifiek', () => {
    const text = 'Mijn doel: "Ik wil nooit meer zo vaak alleen zijn, hij snapt dat niet."\nStap 1: Ik bel Kees op maandag 3 maart.';
    expect(verdict(text, 'actieplan', 'positief').verdict).toBe('pass');
    expect(verdict(text, 'actieplan', 'ik-vorm').verdict).toBe('pass');
    expect(verdict(text, 'actieplan', 'specifiek').verdict).toBe('pass');
    expect(verdict(text, 'actieplan', 'doel-eigen-woorden').verdict).toBe('pass');
  });

  it('the short frame of a quote is no ik-vorm fault, a third-person sentence is', () => {
    expect(verdict('Meneer zegt: "Ik wil werken."\nIk kook graag.', 'krachteninventarisatie', 'ik-vorm').verdict).toBe('pass');
    expect(verdict('"Ik kom rond," zegt ze.', 'krachteninventarisatie', 'ik-vorm').verdict).toBe('pass');
    const r = verdict('Ik kook graag. Meneer wil een eigen huis.', 'krachteninventarisatie', 'ik-vorm');
    expect(r).toMatchObject({ verdict: 'fail', spans: ['Meneer'] });
  });

  it('ik-vorm fails when the client never speaks', () => {
    expect(verdict('Wonen\nEen flat in Ede.\nWerk\nTimmerman.', 'krachteninventarisatie', 'ik-vorm').message).toMatch(/Nergens staat "ik"/);
  });

  it('the worker\'s notes are never judged, in either worksheet and under any of their usual headings', () => {
    const plan = 'Doel: "Weer vissen."\nActies\n1. Ik koop op zaterdag 3 mei een visvergunning. Wie: ik.\n\nOpmerkingen\nDhr. was gemotiveerd.\n\nAantekeningen begeleider: Meneer belt zelf.';
    expect(verdict(plan, 'actieplan', 'ik-vorm').verdict).toBe('pass');
    expect(readActionPlan(plan).steps).toHaveLength(1);
    const inv = 'Wonen\nIk woon in Zwolle.\nZingeving\nIk vis op zaterdag.\n\nToelichting van de begeleider\nDhr. vult de rest later in.\n\nOpmerkingen;Mevr. kwam op tijd.';
    expect(verdict(inv, 'krachteninventarisatie', 'ik-vorm').verdict).toBe('pass');
    const word = 'Leefgebied\tNu\nWonen\tIk woon in Zwolle.\nZingeving\tIk vis op zaterdag.\n\nOpmerkingen\tMevr. kwam op tijd.';
    expect(verdict(word, 'krachteninventarisatie', 'ik-vorm').verdict).toBe('pass');
  });

  it('labels of the form are never judged: "Naam cliënt:", "Handtekening cliënt:"', () => {
    expect(verdict('Naam cliënt: Ali\nHandtekening cliënt: A.\nWonen\nIk woon in Ede.', 'krachteninventarisatie', 'ik-vorm').verdict).toBe('pass');
  });

  it('specifiek asks a fact in every area: a vague word beside a fact is fine, a vague amount alone is not', () => {
    expect(verdict('Wonen\nIk kook soms, op zondag pasta.\nWerk\nIk fiets naar mijn werk bij Gazelle.', 'krachteninventarisatie', 'specifiek').verdict).toBe('pass');
    expect(verdict('Wonen\nIk kook soms.\nWerk\nIk fiets naar mijn werk bij Gazelle.', 'krachteninventarisatie', 'specifiek')).toMatchObject({
      verdict: 'fail',
      message: 'Eén leefgebied noemt alleen een oordeel of een vage hoeveelheid, zonder feit: Wonen & dagelijks leven: "soms".',
      spans: ['Ik kook soms.'],
    });
  });

  it('doel-eigen-woorden fails on jargon and on a goal about the client', () => {
    expect(verdict('Doel: cliënt wil een eigen huis.', 'actieplan', 'doel-eigen-woorden').message).toMatch(/gaat over de cliënt/);
    expect(verdict('Doel: Een eigen huis.', 'actieplan', 'doel-eigen-woorden').message).toMatch(/niet in de ik-vorm/);
    expect(verdict('Mijn doel\n-', 'actieplan', 'doel-eigen-woorden').message).toBe('Het doel is nog leeg.');
  });

  it('specifiek reads a "Stap" block with Wat and Hoe whole: a title in Wat is fine, a vague Hoe is not', () => {
    const block = (wat: string, hoe: string) => `Doel: "Weer sporten."\nStap 1\nWat: ${wat}\nHoe: ${hoe}\nWie: ik\nWanneer: za 3 mei`;
    expect(verdict(block('Badminton.', 'Ik meld me op zaterdag aan bij badmintonclub De Shuttle.'), 'actieplan', 'specifiek').verdict).toBe('pass');
    expect(verdict(block('Sporten.', 'Ik ga een beetje vaker naar de sporthal.'), 'actieplan', 'specifiek')).toMatchObject({ verdict: 'fail', message: expect.stringContaining('een beetje vaker') });
    expect(verdict(block('Badminton.', ''), 'actieplan', 'specifiek').message).toMatch(/één woord/);
  });

  it('klein-concreet reads the action, not its purpose; a direction is for specifiek', () => {
    expect(verdict('Acties\n- Ik bel maandag de woningcorporatie om een woning te regelen', 'actieplan', 'klein-concreet').verdict).toBe('pass');
    expect(verdict('Acties\n- Een woning regelen via de gemeente', 'actieplan', 'klein-concreet').message).toMatch(/groot resultaat, geen stap \("woning regelen"\)/);
    expect(verdict('Acties\n- Ik ga werken aan meer structuur', 'actieplan', 'klein-concreet').verdict).toBe('pass');
    expect(verdict('Acties\n- Ik ga werken aan meer structuur', 'actieplan', 'specifiek').message).toMatch(/niet met ja of nee te toetsen \("werken aan"\)/);
  });
});

describe('the contract', () => {
  it('always gives all criteria of the kind, in order, with a consistent score', () => {
    for (const kind of ['krachteninventarisatie', 'actieplan'] as const) {
      for (const text of ['', '   \n\n', 'Ik ben Ali.']) {
        const a = AssessmentSchema.parse(assessWorksheet(text, kind));
        expect(a.criteria.map((c) => c.id)).toEqual([...CRITERIA[kind]]);
      }
    }
  });

  it('the schema rejects a wrong order and a wrong score', () => {
    const a = assessWorksheet('Ik ben Ali.', 'actieplan');
    expect(AssessmentSchema.safeParse({ ...a, criteria: [...a.criteria].reverse() }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ ...a, score: { passed: 6, total: 6 } }).success).toBe(false);
  });

  it('never crashes on odd text, and every span points at its text (fuzzed)', () => {
    const piece = fc.constantFrom(
      'Wonen', 'Geld:', '1. ', '- ', '  ', '\t', '|', '\n', '\r\n', '"', '„', '”', "'", '[', ']', 'n.v.t.', '-', 'Stap 2', 'Wie:', 'Wanneer?',
      'Prioriteiten', 'Doel:', 'ik', 'niet', 'soms', 'cliënt', '🙂', 'é', '3 maart', ':', '##', '**', 'Hoe?', 'Wat?', '(wie: ik)',
    );
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(piece, { maxLength: 120 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, fc.constantFrom('krachteninventarisatie' as const, 'actieplan' as const), (t, kind) => {
        const a = AssessmentSchema.parse(assessWorksheet(t, kind));
        for (const c of a.criteria) for (const s of c.spans) expect(t.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a text without the blocks of a form', () => {
  it('is judged whole, with the worksheet\'s own word lists too', () => {
    expect(verdict('Ik wil terugval voorkomen.', 'actieplan', 'positief')).toMatchObject({ verdict: 'fail', spans: ['voorkomen'] });
    expect(verdict('Ik vind koken lastig.', 'krachteninventarisatie', 'positief')).toMatchObject({ verdict: 'fail', spans: ['lastig'] });
  });
});
