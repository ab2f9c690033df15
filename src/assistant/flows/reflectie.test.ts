import { describe, expect, it } from 'vitest';
import { intervisionSeries, REFLECTION_PROMPTS } from '../reflection-prompts';
import { startFlow } from './flow';
import { startFlowById } from './index';
import { reflectieFlow } from './reflectie';

describe('reflectie flow', () => {
  it('asks a series one prompt at a time and ends with journal drafts for the answered ones', () => {
    const prompts = intervisionSeries(new Date(2025, 2, 3));
    let s = startFlow(reflectieFlow, { prompts, series: true });
    expect(s.view().text).toContain(`(1 van ${prompts.length})`);
    s = s.send({ type: 'answer', text: 'Bij mevrouw J. was ik er echt.' });
    s = s.send({ type: 'choose', id: 'overslaan' });
    s = s.send({ type: 'choose', id: 'stoppen' });
    expect(s.done).toBe(true);
    const result = s.view().result!;
    expect(result.journal).toEqual([{ prompt: prompts[0]!.text, answer: 'Bij mevrouw J. was ik er echt.', tags: [...prompts[0]!.tags, 'intervisie'] }]);
    expect(result.text).toContain('Reflectie voor de intervisie');
    expect(result.insertable).toBe(false);
  });

  it("starts with today's prompt by default", () => {
    const s = startFlowById('reflectie', { date: new Date(2025, 5, 1) });
    expect(s.view().outline).toBeUndefined();
    expect(REFLECTION_PROMPTS.some((p) => s.view().text.includes(p.text.slice(0, 20)))).toBe(true);
  });

  it('goes back and restarts', () => {
    const prompts = REFLECTION_PROMPTS.slice(0, 3);
    let s = startFlow(reflectieFlow, { prompts }).send({ type: 'answer', text: 'a' });
    expect(s.step).toBe('vraag-1');
    s = s.send({ type: 'back' });
    expect(s.step).toBe('vraag-0');
    expect(s.send({ type: 'restart' }).step).toBe('vraag-0');
  });
});
