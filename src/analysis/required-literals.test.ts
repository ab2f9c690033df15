import { describe, expect, it } from 'vitest';
import { requiredLiterals, requiredPhrases, squeezeSpaces } from './required-literals';

const lits = (s: string) => {
  const r = requiredLiterals(s);
  return r ? [...r].sort() : null;
};

describe('required literals', () => {
  it.each([
    ['niet', ['niet']],
    ['\\p{L}*verslaafden?', ['verslaafde']],
    ['(?:weigert|weigerde)', ['weigerde', 'weigert']],
    ['weiger(?:t|de|den)', ['weiger']],
    ['moeite\\s+met', ['moeite']],
    ['(?:is|was)\\s+psychotisch', ['psychotisch']],
    ['cli[eë]nt', ['cli']],
    ['(?<!niet\\s)zwak', ['zwak']],
    ['ADL', ['adl']],
    ['ziekte-inzicht', ['ziekte-inzicht']],
    ['acting[\\s-]?out', ['acting']],
    ['\\bniet\\b', ['niet']],
    ['ge\\s?dragen', ['dragen']],
    // A rare mark on its own is worth scanning for; an ordinary single letter is not.
    ['\\[(?=[^\\]]{0,9}\\p{L})[^\\]]{1,200}\\]', ['[']],
    ['a\\p{L}+b', null],
    // A lookaround is stepped over whole, brackets and escaped parentheses in it included.
    ['(?=[)(]|\\)|(?:x))zorg(?<![(]mijd)weigert', ['zorgweigert']],
    ['(?!(?:a|[\\]]))niet(?=\\s*(?:[.;:!?)]|$)|\\s+(?:maar|want))', ['niet']],
  ])('%s', (source, expected) => {
    expect(lits(source)).toEqual(expected);
  });

  it('needs none when every part is optional', () => {
    expect(lits('(?:erg)?\\p{L}*')).toBeNull();
    expect(lits('a|\\p{L}+')).toBeNull();
  });
});

describe('required phrases', () => {
  const sets = (s: string) => requiredPhrases(s).map((set) => [...set].sort());

  it.each([
    ['niet', [['niet']]],
    // White space is one space, however it is written; literal text around a group multiplies out.
    ['(?:is|was)\\s+psychotisch', [['is psychotisch', 'was psychotisch']]],
    ['een\\s+(?:gehandicapte|invalide)(?=\\s*[.,])', [['een gehandicapte', 'een invalide']]],
    ['a \\s+b', [['a b']]],
    ['(?:hij|zij)\\s+(?:komt|kwam)\\s+\\p{L}+', [['hij komt ', 'hij kwam ', 'zij komt ', 'zij kwam ']]],
    // Something optional or a class ends a phrase; what follows is a set of its own.
    ['ziekte-?\\s?(?:inzicht|besef)', [['ziekte'], ['besef', 'inzicht']]],
    ['moeite\\s+met\\s+\\p{L}+\\s+(?:plannen|regelen)', [['moeite met '], [' plannen', ' regelen']]],
    // Too many combinations: each part on its own.
    ['(?:a1|a2|a3|a4|a5)\\s+(?:b1|b2|b3|b4|b5)', [['a1 ', 'a2 ', 'a3 ', 'a4 ', 'a5 '], ['b1', 'b2', 'b3', 'b4', 'b5']]],
    ['a\\p{L}+b', []],
    ['(?:erg)?\\p{L}*', []],
  ])('%s', (source, expected) => {
    expect(sets(source)).toEqual(expected);
  });

  it('finds the phrases in any match of the regex, once the paragraph is squeezed', () => {
    const cases: Array<[string, string]> = [
      ['(?:is|was)\\s+psychotisch', 'Hij  was\tpsychotisch.'],
      ['een\\s+(?:gehandicapte|invalide)', 'Ze is een\u00a0invalide vrouw.'],
      ['(?:hij|zij)\\s+(?:komt|kwam)\\s+\\p{L}+', 'Zij kwam \n\n laat.'],
      ['moeite\\s+met\\s+\\p{L}+\\s+(?:plannen|regelen)', 'moeite met  zelf regelen'],
    ];
    for (const [source, text] of cases) {
      const lower = text.toLowerCase();
      expect(new RegExp(source, 'u').test(lower), source).toBe(true);
      for (const set of requiredPhrases(source)) expect(set.some((p) => squeezeSpaces(lower).includes(p)), `${source}: ${set}`).toBe(true);
    }
  });

  it('leaves a paragraph with single plain spaces as it is', () => {
    const lower = 'hij kwam laat.';
    expect(squeezeSpaces(lower)).toBe(lower);
    expect(squeezeSpaces('a \t b\u00a0c')).toBe('a b c');
  });
});
