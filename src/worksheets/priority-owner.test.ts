import { describe, expect, it } from 'vitest';
import { setByOthers } from './priority-owner';

describe('setByOthers', () => {
  it.each([
    ['Prioriteiten (volgens behandelteam)', 'volgens behandelteam'],
    ['Prioriteiten (vastgesteld in MDO 12-02, team):', 'vastgesteld in MDO'],
    ['Prioriteiten (opgesteld door de trajectbegeleider)', 'opgesteld door de trajectbegeleider'],
    ['Prioriteiten, bepaald door de psychiater', 'bepaald door de psychiater'],
    ['Prioriteiten (team)', 'team'],
    ['Prioriteiten uit het zorgplan', 'zorgplan'],
  ])('%s', (heading, words) => {
    expect(setByOthers([heading, '1. Werk'])).toBe(words);
  });

  it('the client\'s own choice, also when the team was there', () => {
    for (const h of ['Prioriteiten (mijn keuze)', 'Prioriteiten (gekozen door mij)', 'Wat ik als eerste wil:', 'Prioriteiten (samen gekozen, besproken in het MDO)', 'Prioriteiten']) {
      expect([h, setByOthers([h, '1. Een eigen kamer'])]).toEqual([h, undefined]);
    }
  });

  it('a wish that mentions a team is still a wish', () => {
    expect(setByOthers(['Prioriteiten', '1. Weer voetballen in een team', '2. Mijn rijbewijs'])).toBeUndefined();
  });
});
