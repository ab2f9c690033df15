import { describe, expect, it } from 'vitest';
import { assessWorksheet } from '../../worksheets';
import { actieplanFlow, planText, splitActions } from './actieplan';
import { startFlow } from './flow';

const answer = (text: string) => ({ type: 'answer', text }) as const;
const choose = (id: string) => ({ type: 'choose', id }) as const;

describe('actieplan flow', () => {
  it('goes from goal to actions to wie and wanneer per action, and ends in a plan the worksheet check passes', () => {
    let s = startFlow(actieplanFlow, undefined);
    expect(s.step).toBe('doel');
    s = s.send(answer('Ik wil weer mijn eigen boodschappen doen'));
    expect(s.step).toBe('acties');
    s = s.send(answer('- Ik maak een boodschappenlijst\n- Ik loop met Sanne naar de Albert Heijn'));
    expect(s.step).toBe('wie-0');
    expect(s.view().choices.map((c) => c.label)).toContain('ik samen met mijn begeleider');
    s = s.send(choose('ik')).send(answer('maandag 10 maart'));
    expect(s.step).toBe('wie-1');
    s = s.send(choose('samen')).send(answer('dinsdag 18 maart'));
    expect(s.done).toBe(true);
    const v = s.view();
    expect(v.result!.text).toContain('"Ik wil weer mijn eigen boodschappen doen"');
    expect(v.result!.text).toContain('Stap 2\nWat: Ik loop met Sanne naar de Albert Heijn\nWie: ik samen met mijn begeleider\nWanneer: dinsdag 18 maart');
    const assessment = assessWorksheet(v.result!.text, 'actieplan');
    expect(assessment.criteria.find((c) => c.id === 'wie-wanneer')!.verdict).toBe('pass');
    expect(v.text).toContain('werkbladcheck');
  });

  it('remarks on a goal not in the ik-vorm and lets the worker rewrite it', () => {
    let s = startFlow(actieplanFlow, undefined).send(answer('Cliënt wil niet meer in de opvang wonen'));
    expect(s.step).toBe('doel');
    expect(s.view().feedback).toBeTruthy();
    s = s.send(answer('Ik wil een eigen kamer in Utrecht'));
    expect(s.step).toBe('acties');
  });

  it('asks for a date when the wanneer is vague, and takes it anyway on request', () => {
    let s = startFlow(actieplanFlow, undefined).send(answer('Ik wil weer werken')).send(answer('Ik bel het uitzendbureau')).send(answer('ik'));
    expect(s.step).toBe('wanneer-0');
    s = s.send(answer('binnenkort'));
    expect(s.step).toBe('wanneer-0');
    expect(s.view().feedback).toContain('binnenkort');
    s = s.send(choose('toch'));
    expect(s.done).toBe(true);
  });

  it('goes back over wie and wanneer, and restarts', () => {
    let s = startFlow(actieplanFlow, undefined).send(answer('Ik wil weer werken')).send(answer('Ik bel het uitzendbureau')).send(choose('ik'));
    s = s.send({ type: 'back' });
    expect(s.step).toBe('wie-0');
    s = s.send({ type: 'back' }).send({ type: 'back' });
    expect(s.step).toBe('doel');
    expect(s.canBack).toBe(false);
    expect(s.send({ type: 'restart' }).step).toBe('doel');
  });

  it('splits actions per line and drops bullets and numbers', () => {
    expect(splitActions('1. Ik bel\n\n* Ik schrijf\n– Ik ga')).toEqual(['Ik bel', 'Ik schrijf', 'Ik ga']);
  });

  it('writes the plan in the blocks the worksheet reader knows', () => {
    expect(planText({ goal: '"Ik wil rust"', actions: ['Ik wandel'], who: ['ik'], when: ['elke ochtend'] })).toContain('Mijn doel, in mijn eigen woorden\n"Ik wil rust"\n');
  });
});
