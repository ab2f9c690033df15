import { describe, expect, it } from 'vitest';
import { onListedTerm, overlapsAny, termSpans } from './ignored-terms';

describe('termSpans', () => {
  it('finds whole-word occurrences, upper or lower case', () => {
    expect(termSpans('Mevrouw Niet kwam. Niet vandaag.', ['niet'])).toEqual([
      [8, 12],
      [19, 23],
    ]);
  });
  it('skips a term inside a longer word', () => {
    expect(termSpans('nietsdoen en Wiet', ['niet'])).toEqual([]);
  });
  it('finds a term of several words and ignores empty terms', () => {
    expect(termSpans('Het Herstel Academie-team', ['herstel academie', '  '])).toEqual([]);
    expect(termSpans('De Herstel Academie belde', ['herstel academie', ''])).toEqual([[3, 19]]);
  });
});

describe('overlapsAny', () => {
  it('is true only for an overlap', () => {
    expect(overlapsAny(0, 4, [[4, 8]])).toBe(false);
    expect(overlapsAny(3, 5, [[4, 8]])).toBe(true);
  });
});

describe('onListedTerm', () => {
  it('reads only the words around the finding, with the same word boundaries', () => {
    const text = 'Het MDO van dinsdag. Mevrouw de Niet kwam niet. Niets.';
    const at = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return [start, start + word.length] as const;
    };
    expect(onListedTerm(text, ...at('MDO'), ['mdo'])).toBe(true);
    expect(onListedTerm(text, ...at('Niet'), ['de niet'])).toBe(true);
    expect(onListedTerm(text, ...at('niet', text.indexOf('kwam')), ['de niet'])).toBe(false);
    expect(onListedTerm(text, ...at('Niets'), ['niet'])).toBe(false);
  });
});
