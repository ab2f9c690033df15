import { describe, expect, it } from 'vitest';
import { readWhen } from './time-and-actor';

describe('readWhen', () => {
  it.each([
    'maandag 31 maart',
    'ma 9 juni',
    'do. 12',
    'vóór 1 april',
    'uiterlijk vrijdag',
    '15-3',
    '15 maart',
    '5 mei \'25',
    '12-03-2025',
    '18/02/2025',
    '03.03.2025',
    '2025-05-06',
    'week 12',
    'wk 40',
    'elke dinsdag om 14.00 uur',
    'iedere ochtend',
    'vanaf zaterdag 17 mei',
    'eind september',
    '3 okt',
    'elke werkdag om 7.45 uur',
    'iedere trainingsdag na het eten',
  ])('concrete: %s', (w) => {
    expect(readWhen(w)).toEqual({ concrete: true });
  });

  it.each([
    ['z.s.m.', 'z.s.m.'],
    ['zsm', 'zsm'],
    ['zo snel mogelijk', 'zo snel mogelijk'],
    ['binnenkort', 'binnenkort'],
    ['in overleg met de psychiater', 'in overleg'],
    ['t.z.t.', 't.z.t.'],
    ['doorlopend', 'doorlopend'],
    ['nog afspreken', 'nog afspreken'],
    ['2026', '2026'],
    ['in 2025', 'in 2025'],
    ['ik samen met Kevin, de komende weken', 'de komende weken'],
    ['na de zomervakantie', 'na de zomervakantie'],
    ['volgende week', 'volgende week'],
  ])('vague: %s', (w, vague) => {
    expect(readWhen(w)).toEqual({ concrete: false, vague });
  });

  it('reads neither a time alone nor a first name as a day', () => {
    expect(readWhen('om 10.30 uur').concrete).toBe(false);
    expect(readWhen('Jan belt').concrete).toBe(false);
    expect(readWhen('met Dec').concrete).toBe(false);
  });
});
