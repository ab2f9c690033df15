import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis';
import { clientByRole, clientNamedAsSubject, clientWords, isAboutSomeoneElse, readClient, whoNamesClient } from './client-identity';
import { readLines } from './text-lines';

const finding = (text: string, word: string, rule: string, nth = 0): Finding => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  return { rule, category: 'not-first-person', severity: 'warning', start, end: start + word.length, text: word, message: '', explanation: '', suggestions: [] } as unknown as Finding;
};
const whole = (text: string) => [{ start: 0, end: text.length }];

describe('readClient', () => {
  it('takes the client from the header, a row of fields, a bracketed first name and an introduction', () => {
    expect([...readClient(readLines('Naam: Roos van Dijk (34)\nBegeleider: Mark')).names]).toEqual(['roos', 'dijk']);
    expect([...readClient(readLines('Naam: Erwin Kok | Datum: 2-4-2025 | Mentor: Ilse')).names]).toEqual(['erwin', 'kok']);
    expect([...readClient(readLines('Cliënt: dhr. B. (Bram) Visser, 61 jaar')).names]).toEqual(['bram', 'visser']);
    expect([...readClient(readLines('Wie en wat?\nIk ben Fenna, 22 jaar, en ik woon in Assen.')).names]).toEqual(['fenna']);
  });

  it('reads the header of a spreadsheet saved with semicolons ("Naam;Henk Smit")', () => {
    const client = readClient(readLines('Naam;Henk Smit\nBegeleider;Sevda Yilmaz'));
    expect([...client.names]).toEqual(['henk', 'smit']);
    expect([...client.workers]).toEqual(['sevda', 'yilmaz']);
  });

  it('takes the client from a title, and the others from their roles', () => {
    const c = readClient(readLines('Actieplan Sophie (21)\nBegeleider: Mark\nMijn zus Fenna rijdt mee. Mijn advocaat, mevrouw Peters, belt.'));
    expect([...c.names]).toEqual(['sophie']);
    expect([...c.others]).toEqual(['fenna', 'peters']);
  });

  it('without the client\'s name, only names given to workers or by a role are someone else', () => {
    const c = readClient(readLines('Begeleider: Mark\nMijn buurman Gerrit helpt.'));
    const t = 'Mark belt. Gerrit komt. Sophie oefent.';
    const who = ['Mark', 'Gerrit', 'Sophie'].map((n) => isAboutSomeoneElse(finding(t, n, 'ik-voornaam'), t, c, whole(t)));
    expect(who).toEqual([true, true, false]);
  });

  it('keeps the workers apart: "Begeleider: Tom (Dagopvang De Brug)"', () => {
    const c = readClient(readLines('Naam: Yusra Amrani | Begeleider: Tom (Dagopvang De Brug)'));
    expect([...c.workers]).toEqual(['tom']);
  });
});

describe('isAboutSomeoneElse', () => {
  const client = readClient(readLines('Naam: Nora Jansen'));

  it('a first name that is not the client\'s is someone else; the client\'s own is not', () => {
    const t = 'Ilias gaat naar groep 5. Nora kookt.';
    expect(isAboutSomeoneElse(finding(t, 'Ilias', 'ik-voornaam'), t, client, whole(t))).toBe(true);
    expect(isAboutSomeoneElse(finding(t, 'Nora', 'ik-voornaam'), t, client, whole(t))).toBe(false);
  });

  it('a pronoun after another person in its sentence or the one before is about that person', () => {
    const t = 'Ilias zit in groep 5 van De Klimop. Hij wil later piloot worden.';
    expect(isAboutSomeoneElse(finding(t, 'Hij', 'ik-hij'), t, client, whole(t))).toBe(true);
    const u = 'Het contact met mijn ex loopt via de mediator. Zij plant de gesprekken.';
    expect(isAboutSomeoneElse(finding(u, 'Zij', 'ik-zij'), u, client, whole(u))).toBe(true);
    const v = 'Jaïrs vader Stefan haalt hem op zaterdag op.';
    expect(isAboutSomeoneElse(finding(v, 'hem', 'ik-hem'), v, client, whole(v))).toBe(true);
  });

  it('a pronoun after a person named with an aside ("Noor (7) logeert", "Sem, mijn neef, woont") is about that person', () => {
    const t = 'Noor (7) logeert in de vakantie bij haar oma in Zwolle.';
    expect(isAboutSomeoneElse(finding(t, 'haar', 'ik-haar'), t, client, whole(t))).toBe(true);
    const u = 'Sem, mijn neef, woont met zijn hond in Deventer.';
    expect(isAboutSomeoneElse(finding(u, 'zijn', 'ik-zijn'), u, client, whole(u))).toBe(true);
  });

  it('a person the worksheet named by a role is that person anywhere in a later sentence', () => {
    const c = readClient(readLines('Naam: Greet Bosman\nMijn broer Henk belt mij op zondag.\nIk ga met Henk en zijn kinderen naar de dierentuin.'));
    const t = 'Ik ga met Henk en zijn kinderen naar de dierentuin.';
    expect(isAboutSomeoneElse(finding(t, 'zijn', 'ik-zijn'), t, c, whole(t))).toBe(true);
    // the client's own name before the pronoun keeps it the client's
    const u = 'Henk belt en Greet pakt haar agenda.';
    expect(isAboutSomeoneElse(finding(u, 'haar', 'ik-haar'), u, c, whole(u))).toBe(false);
  });

  it('a pronoun with no one else before it, or after the client, is the client', () => {
    const t = 'Zij woont sinds mei in de Dreef.';
    expect(isAboutSomeoneElse(finding(t, 'Zij', 'ik-zij'), t, client, whole(t))).toBe(false);
    const u = 'Mevrouw woont in Assen. Zij kookt graag.';
    expect(isAboutSomeoneElse(finding(u, 'Zij', 'ik-zij'), u, client, whole(u))).toBe(false);
  });

  it('a possessive after a worker of the header is the client: the worker acts for the client', () => {
    const c = readClient(readLines('Naam: Aida Osman | Begeleider: Bas'));
    const t = 'Bas belt de gemeente over haar toeslag.';
    expect(isAboutSomeoneElse(finding(t, 'haar', 'ik-haar'), t, c, whole(t))).toBe(false);
    const u = 'Bas vraagt zijn collega om advies.';
    expect(isAboutSomeoneElse(finding(u, 'zijn', 'ik-zijn'), u, c, whole(u))).toBe(true);
  });

  it('"mevrouw Kramer" is someone else, "mevrouw" alone is the client', () => {
    const t = 'Mijn advocaat, mevrouw Kramer, regelt de omgang.';
    expect(isAboutSomeoneElse(finding(t, 'mevrouw Kramer', 'ik-mevrouw'), t, client, whole(t))).toBe(true);
    expect(isAboutSomeoneElse(finding('Mevrouw kookt.', 'Mevrouw', 'ik-mevrouw'), 'Mevrouw kookt.', client, whole('Mevrouw kookt.'))).toBe(false);
  });
});

describe('the client in the third person beyond the engine', () => {
  it('the client\'s name as a subject', () => {
    const c = readClient(readLines('Naam: Dewi Tan'));
    const t = '- Dewi belt maandag de huisarts.\n- Ik ga met Dewi mee.';
    expect(clientNamedAsSubject(t, whole(t), c).map((s) => t.slice(s.start, s.end))).toEqual(['Dewi']);
  });

  it('"Cl.", "Dhr." and "Mevrouw" without a surname', () => {
    const t = 'Cl. belt op dinsdag haar zus. Mevrouw de Wit is haar bewindvoerder.';
    expect(clientWords(t, whole(t)).map((s) => t.slice(s.start, s.end))).toEqual(['Cl.']);
  });

  it('a bare family role as subject, and a who that names the client', () => {
    const t = 'Vader belt de school. Mijn vader helpt mij.';
    expect(clientByRole(t, whole(t)).map((s) => t.slice(s.start, s.end))).toEqual(['Vader']);
    expect(['cliënt', 'Mevrouw', 'vader + begeleider', 'cl.'].map(whoNamesClient)).toEqual([true, true, true, true]);
    expect(['ik', 'mijn vader', 'Samira', 'ik en mijn moeder'].map(whoNamesClient)).toEqual([false, false, false, false]);
  });
});
