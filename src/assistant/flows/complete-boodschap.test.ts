import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../analysis';
import { checkPart, completeBoodschapFlow, composeMessage } from './complete-boodschap';
import { startFlow } from './flow';

const IK = 'Ik maak me zorgen als ik zie dat de post ongeopend blijft liggen';
const JIJ = 'Ik zie dat je het druk hebt met je nieuwe baan';
const WIJ = 'Laten we samen kijken met welke brief we beginnen';

const answer = (text: string) => ({ type: 'answer', text }) as const;

describe('complete boodschap flow', () => {
  it('asks ik, jij and wij in turn and ends in the message, with all three parts', () => {
    let s = startFlow(completeBoodschapFlow, undefined);
    expect(s.step).toBe('ik');
    expect(s.view().examples).toContain('Ik word er bang van als …');
    s = s.send(answer(IK));
    expect(s.step).toBe('jij');
    expect(s.view().feedback).toContain('✓');
    s = s.send(answer(JIJ)).send(answer(WIJ));
    expect(s.done).toBe(true);
    const result = s.view().result!;
    expect(result.text).toBe(`${IK}. ${JIJ}. ${WIJ}.`);
    expect(result.insertable).toBe(true);
    expect(analyzeMessage(result.text).missing).toEqual([]);
  });

  it('stays on the step with feedback when the part is not recognised, and can use it anyway', () => {
    let s = startFlow(completeBoodschapFlow, undefined).send(answer('Ik vind dat je te laat bent'));
    expect(s.step).toBe('ik');
    const v = s.view();
    expect(v.feedback).toContain('oordeel');
    expect(v.choices.map((c) => c.id)).toEqual(['toch']);
    s = s.send({ type: 'choose', id: 'toch' });
    expect(s.step).toBe('jij');
  });

  it('passes on what the engine finds in a part (a label)', () => {
    const check = checkPart('jij', 'Ik zie dat je agressief bent');
    expect(check.ok).toBe(false);
    expect(check.feedback).toContain('agressief');
  });

  it('says which part it hears instead', () => {
    expect(checkPart('ik', JIJ).feedback).toContain('jij-deel');
  });

  it('goes back to the step before, without the old feedback, and restarts empty', () => {
    let s = startFlow(completeBoodschapFlow, undefined).send(answer(IK)).send(answer(JIJ));
    expect(s.step).toBe('wij');
    s = s.send({ type: 'back' });
    expect(s.step).toBe('jij');
    expect(s.view().feedback).toBeUndefined();
    expect(s.view().text).toContain('Tot nu toe');
    s = s.send(answer('Ik begrijp dat je moe bent')).send(answer(WIJ));
    expect(s.view().result!.text).toContain('Ik begrijp dat je moe bent.');
    const fresh = s.send({ type: 'restart' });
    expect(fresh.step).toBe('ik');
    expect(fresh.canBack).toBe(false);
  });

  it('ignores empty answers and back at the start', () => {
    const s = startFlow(completeBoodschapFlow, undefined);
    expect(s.send(answer('   '))).toBe(s);
    expect(s.send({ type: 'back' })).toBe(s);
  });

  it('makes each part a sentence, dropping a trailing ellipsis', () => {
    expect(composeMessage({ ik: 'ik word er onrustig van …', wij: 'Laten we praten!' })).toBe('Ik word er onrustig van. Laten we praten!');
  });
});
