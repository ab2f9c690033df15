import { describe, expect, it } from 'vitest';
import { entrySpecificity } from './entry-specificity';

describe('entrySpecificity', () => {
  it.each([
    'Ik haak mutsen.',
    'Ik kook soms, op zondag pasta.',
    'Mijn zus Fenna woont twee straten verder.',
    'Ik heb een flat op de 4e verdieping.',
    'Ik wandel met de hond naar het Vondelpark.',
    'Op dinsdagavond speel ik darts.',
    'Ik zie mijn broer vaak.',
    'Tuiniert graag.',
    'Ik ga vaak naar de sportschool.',
    // a thing or an act beside a feeling is a fact
    'Ik voel me sterk als ik fiets.',
    'Ik denk na over een cursus fotografie.',
    'Ik ben gezond en zwem graag.',
    'Ik zit goed in mijn vel sinds ik in Hengelo woon.',
    'Ik vind koken leuk.',
    'Mijn zoon Kevin.',
    'Mijn 3 kleinkinderen.',
  ])('concrete: %s', (entry) => {
    expect(entrySpecificity(entry)).toEqual({ vague: false });
  });

  it.each([
    ['Gaat goed.', 'Gaat goed.'],
    ['Prima.', 'Prima.'],
    ['Wisselend.', 'Wisselend.'],
    ['Daar ben ik best tevreden over.', 'Daar ben ik best tevreden over.'],
    ['Het hangt ervan af.', 'Het hangt ervan af.'],
    ['Ik voel me goed. Het is gezellig.', 'Ik voel me goed. Het is gezellig.'],
    ['Normaal contact.', 'Normaal contact.'],
    ['Ik kook soms.', 'soms'],
    ['Ik heb wat vrienden.', 'heb wat vrienden'],
    ['Af en toe.', 'Af en toe.'],
    ['Mijn dochters.', 'Mijn dochters.'],
    ['Mijn zoon.', 'Mijn zoon.'],
    ['Koken.', 'Koken.'],
    ['Ik eet wat, als ik trek heb.', 'wat'],
    ['Gaat redelijk. Meer mensen om mij heen.', 'Gaat redelijk. Meer mensen om mij heen.'],
    // no observable fact at all, only an evaluation, a feeling or thinking about it
    ['Het loopt op en neer.', 'Het loopt op en neer.'],
    ['Gaat zijn gangetje.', 'Gaat zijn gangetje.'],
    ['Ik voel me fit en vrolijk.', 'Ik voel me fit en vrolijk.'],
    ['Daar moet ik nog over nadenken.', 'Daar moet ik nog over nadenken.'],
    ['Ik wil wat meer tijd voor mijzelf. Dat het zo mag blijven.', 'Ik wil wat meer tijd voor mijzelf. Dat het zo mag blijven.'],
    ['Ik heb het fijn met de mensen om mij heen.', 'Ik heb het fijn met de mensen om mij heen.'],
    ['Ik zit goed in mijn vel.', 'Ik zit goed in mijn vel.'],
    ['Geen klachten. Ik red me wel.', 'Geen klachten. Ik red me wel.'],
    ['Ik kan het goed vinden met iedereen.', 'Ik kan het goed vinden met iedereen.'],
  ])('only a judgement or a vague amount: %s', (entry, words) => {
    expect(entrySpecificity(entry)).toEqual({ vague: true, words });
  });
});
