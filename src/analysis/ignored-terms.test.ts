import { describe, expect, it } from 'vitest';
import { overlapsAny, termSpans } from './ignored-terms';

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
