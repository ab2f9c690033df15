import { describe, expect, it } from 'vitest';
import { startFlow } from './flow';
import { TKB_STEPS, teamkrachtbesprekingFlow, tkbReport } from './teamkrachtbespreking';

const next = { type: 'choose', id: 'volgende' } as const;

describe('teamkrachtbespreking', () => {
  it('has the eight steps of the method', () => {
    expect(TKB_STEPS).toHaveLength(8);
    expect(TKB_STEPS[0]!.title).toMatch(/successen/);
    expect(TKB_STEPS[5]!.title).toBe('Brainstorm');
  });

  it('walks the eight steps with the chair, a time and notes, and ends in a report', () => {
    let s = startFlow(teamkrachtbesprekingFlow, undefined);
    const v = s.view();
    expect(v.text).toContain('Stap 1 van 8');
    expect(v.text).toContain('Voorzitter');
    expect(v.timerMinutes).toBe(5);
    expect(v.outline!.filter((o) => o.state === 'current')).toHaveLength(1);
    s = s.send({ type: 'answer', text: 'Mevrouw heeft zelf de huisarts gebeld.' });
    expect(s.step).toBe('stap-0');
    for (let i = 0; i < 8; i++) s = s.send(next);
    expect(s.done).toBe(true);
    const report = s.view().result!.text;
    expect(report).toContain('1. Rondje successen sinds de vorige keer\nMevrouw heeft zelf de huisarts gebeld.');
    expect(report).toContain('6. Brainstorm\n-');
  });

  it('goes back a step, ends early, and restarts', () => {
    let s = startFlow(teamkrachtbesprekingFlow, undefined).send(next).send(next);
    expect(s.step).toBe('stap-2');
    s = s.send({ type: 'back' });
    expect(s.step).toBe('stap-1');
    s = s.send({ type: 'choose', id: 'afronden' });
    expect(s.done).toBe(true);
    expect(s.send({ type: 'restart' }).step).toBe('stap-0');
  });

  it('keeps several notes per step', () => {
    expect(tkbReport(['a\nb'])).toContain('1. Rondje successen sinds de vorige keer\na\nb');
  });
});
