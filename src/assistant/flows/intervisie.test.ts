import { describe, expect, it } from 'vitest';
import { INTERVISION_METHODS, INTERVISION_NOTE } from '../intervision-methods';
import { startFlow } from './flow';
import { intervisieFlow } from './intervisie';

describe('intervisie flow', () => {
  it('offers the four methods METHOD.md names', () => {
    const s = startFlow(intervisieFlow, undefined);
    expect(s.view().choices.map((c) => c.id)).toEqual(['incidentmethode', 'roddelmethode', 'balint', 'socratisch-gesprek']);
  });

  it('shows the course with the note that it differs per school, then prepares the inbreng', () => {
    let s = startFlow(intervisieFlow, undefined).send({ type: 'choose', id: 'incidentmethode' });
    expect(s.view().text).toContain(INTERVISION_NOTE);
    s = s.send({ type: 'choose', id: 'verder' });
    const method = INTERVISION_METHODS[0]!;
    s = s.send({ type: 'answer', text: 'Een bewoner weigerde zijn kamer te verlaten bij brandalarm.' });
    s = s.send({ type: 'choose', id: 'overslaan' });
    for (let i = 2; i < method.preparation.length; i++) s = s.send({ type: 'answer', text: `antwoord ${i}` });
    expect(s.done).toBe(true);
    const result = s.view().result!;
    expect(result.text).toContain('Inbreng voor intervisie (incidentmethode)');
    expect(result.text).toContain(`${method.preparation[0]}\nEen bewoner weigerde`);
    expect(result.text).not.toContain(method.preparation[1]!);
    expect(result.journal![0]!.tags).toContain('intervisie');
    expect(s.view().text).toContain('verschillen per school');
  });

  it('goes back to the method choice and restarts', () => {
    let s = startFlow(intervisieFlow, undefined).send({ type: 'choose', id: 'balint' });
    expect(s.step).toBe('uitleg');
    s = s.send({ type: 'back' });
    expect(s.step).toBe('methode');
    expect(s.send({ type: 'choose', id: 'roddelmethode' }).send({ type: 'restart' }).step).toBe('methode');
  });

  it('every method has steps and preparation questions', () => {
    for (const m of INTERVISION_METHODS) {
      expect(m.steps.length).toBeGreaterThanOrEqual(4);
      expect(m.preparation.length).toBeGreaterThanOrEqual(3);
    }
  });
});
