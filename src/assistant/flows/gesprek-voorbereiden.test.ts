import { describe, expect, it } from 'vitest';
import { startFlow } from './flow';
import { gesprekVoorbereidenFlow, selectQuestions } from './gesprek-voorbereiden';

const answer = (text: string) => ({ type: 'answer', text }) as const;
const choose = (id: string) => ({ type: 'choose', id }) as const;

describe('gesprek voorbereiden', () => {
  it('chooses the questions for the situation', () => {
    expect(selectQuestions('Mevrouw zit helemaal vast en weet niet wat ze wil')[0]!.kind).toBe('wondervraag');
    expect(selectQuestions('Meneer had een terugval; vroeger lukte het wel')[0]!.kind).toBe('uitzondering');
    expect(selectQuestions('Het is een zware tijd, haar moeder is overleden en ze is uitgeput')[0]!.kind).toBe('coping');
    expect(selectQuestions('We evalueren de voortgang van het actieplan')[0]!.kind).toBe('schaal');
    // Nothing to go on: all four, in the default order.
    expect(selectQuestions('Gesprek op dinsdag').map((s) => s.kind)).toEqual(['wondervraag', 'uitzondering', 'coping', 'schaal']);
  });

  it('runs from situation to chosen questions and ends in a preparation with them', () => {
    let s = startFlow(gesprekVoorbereidenFlow, undefined).send(answer('Meneer had een terugval en schaamt zich'));
    expect(s.step).toBe('doel');
    expect(s.view().text).toContain('Uitzonderingsvragen');
    s = s.send(answer('een eigen huis'));
    expect(s.step).toBe('vraag-0');
    expect(s.view().text).toContain('Uitzonderingsvragen');
    s = s.send(choose('vraag-0'));
    s = s.send(answer('Wat hielp je de vorige keer om weer op te krabbelen?'));
    s = s.send(choose('overslaan'));
    expect(s.step).toBe('vraag-3');
    const schaal = s.view().choices.find((c) => c.id === 'vraag-0')!.label;
    expect(schaal).toContain('een eigen huis');
    s = s.send(choose('vraag-0'));
    expect(s.done).toBe(true);
    const text = s.view().result!.text;
    expect(text).toContain('Situatie: Meneer had een terugval en schaamt zich');
    expect(text).toContain('1. Wanneer ging het een beetje beter?');
    expect(text).toContain('2. Wat hielp je de vorige keer');
    expect(text).toContain('3. Op een schaal van 0 tot 10, waarbij 10 betekent dat een eigen huis');
    expect(text).toContain('wat maakt dat');
  });

  it('goes back and restarts', () => {
    let s = startFlow(gesprekVoorbereidenFlow, undefined).send(answer('Zware week')).send(choose('overslaan'));
    expect(s.step).toBe('vraag-0');
    s = s.send({ type: 'back' });
    expect(s.step).toBe('doel');
    expect(s.send({ type: 'restart' }).step).toBe('situatie');
  });
});
