import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './required-literals';

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
