import { describe, expect, it } from 'vitest';
import { unobservable } from './step-observability';

describe('unobservable', () => {
  it.each([
    'Ik bel dinsdag de huisarts voor een afspraak.',
    'Ik open elke maandag om 9 uur mijn post.',
    'Ik ga twee keer per week vaker naar buiten met de hond.',
    'Ik vraag bij de bibliotheek meer informatie over de taalcursus.',
    'Ik ga niet meer na 23.00 uur gamen.',
    'Ik meld me aan bij de buurtsportcoach.',
    'Ik vraag mijn teamleider om meer uren.',
    'Ik vraag de diëtist hoe het beter kan.',
  ])('can be checked: %s', (step) => {
    expect(unobservable(step)).toBeNull();
  });

  it.each([
    ['Werken aan mijn cv.', 'Werken aan'],
    ['Ik probeer gezonder te eten.', 'probeer'],
    ['Wat vaker de post openen.', 'Wat vaker'],
    ['Ik ga een beetje vaker naar de les.', 'een beetje vaker'],
    ['Ik maak meer praatjes met de buren.', 'meer'],
    ['Zelfstandiger worden in het huishouden.', 'Zelfstandiger'],
    ['Een betere dagstructuur.', 'betere dagstructuur'],
    ['Regelmatig contact met mijn zus.', 'Regelmatig'],
    ['Bellen', 'Bellen'],
    ['Voortaan kijk ik beter naar de prijzen in de winkel.', 'beter'],
    ['Ik eet bewuster als ik moe ben.', 'bewuster'],
  ])('cannot be checked: %s', (step, words) => {
    expect(unobservable(step)?.words).toBe(words);
  });
});
