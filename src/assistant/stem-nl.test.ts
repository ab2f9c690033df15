import { describe, expect, it } from 'vitest';
import { inflectionCandidates, searchStem, stemDutch } from './stem-nl';

describe('stemDutch (Snowball Dutch)', () => {
  it.each([
    // Examples from the Snowball Dutch vocabulary.
    ['lichamelijk', 'licham'],
    ['lichamelijke', 'licham'],
    ['lichamelijkheden', 'licham'],
    ['lichamen', 'licham'],
    ['opheffen', 'opheff'],
    ['opheffing', 'opheff'],
    ['aangaande', 'aangaand'],
    ['aangetroffen', 'aangetroff'],
    ['opgaven', 'opgav'],
    // Words of our own domain.
    ['krachten', 'kracht'],
    ['leefgebieden', 'leefgebied'],
    ['mogelijkheden', 'mogelijk'],
    ['vriendelijkheid', 'vriendelijk'],
    ['afronden', 'afrond'],
    ['begeleiding', 'begeleid'],
    ['uitzonderingsvragen', 'uitzonderingsvrag'],
    ['gevaarlijk', 'gevar'],
    ['maan', 'man'],
    ['kinderen', 'kinder'],
    ['hobbelig', 'hobbel'],
  ])('%s → %s', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });

  it('keeps short words and non-words as they are', () => {
    expect(stemDutch('ik')).toBe('ik');
    expect(stemDutch('b1')).toBe('b1');
    expect(stemDutch('')).toBe('');
  });

  it('treats y and i between vowels as consonants', () => {
    expect(stemDutch('baby')).toBe('baby');
    expect(stemDutch('yoga')).toBe('yoga');
  });

  it('leaves words without a suffix alone', () => {
    for (const w of ['kracht', 'leefgebied', 'actieplan', 'hulpbron', 'ecogram']) expect(stemDutch(w)).toBe(w);
  });
});

describe('searchStem', () => {
  it('folds f/v and s/z at the end, so inflected forms meet their base', () => {
    expect(searchStem('positieve')).toBe(searchStem('positief'));
    expect(searchStem('huizen')).toBe(searchStem('huis'));
  });

  it('drops a plural -s after a vowel that Snowball keeps', () => {
    expect(searchStem('relaties')).toBe(searchStem('relatie'));
    expect(searchStem('hobbys')).toBe(searchStem('hobby'));
  });
});

describe('inflectionCandidates', () => {
  it('offers base forms for verb forms and comparatives', () => {
    expect(inflectionCandidates('vertrouwt')).toContain(searchStem('vertrouwen'));
    expect(inflectionCandidates('positiever')).toContain(searchStem('positief'));
    expect(inflectionCandidates('stopt')).toContain(searchStem('stoppen'));
  });

  it('leaves short words alone', () => {
    expect(inflectionCandidates('eet')).toEqual([]);
  });
});
