import { describe, expect, it } from 'vitest';
import { normalize, STOP_WORDS, tokens } from './normalize';

describe('normalize', () => {
  it('lower-cases and folds diacritics', () => {
    expect(normalize('Cliënt FINANCIËN één café')).toBe('client financien een cafe');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normalize('  Wat is een "complete boodschap"?!  ')).toBe('wat is een complete boodschap');
    expect(normalize('SMART, FUZZY; en (meer)…')).toBe('smart fuzzy en meer');
  });

  it('joins apostrophes inside words and splits hyphenated words', () => {
    expect(normalize("LVB'er")).toBe('lvber');
    expect(normalize('hobby’s')).toBe('hobbys');
    expect(normalize('ik-vorm niet-pluis')).toBe('ik vorm niet pluis');
  });

  it('keeps digits', () => {
    expect(normalize('schaal van 0 tot 10')).toBe('schaal van 0 tot 10');
  });

  it('gives no tokens for an empty or punctuation-only text', () => {
    expect(tokens('')).toEqual([]);
    expect(tokens(' ?! … ')).toEqual([]);
    expect(tokens('Wat is SRH?')).toEqual(['wat', 'is', 'srh']);
  });
});

describe('STOP_WORDS', () => {
  it('holds function words, not topic words of the method', () => {
    for (const w of ['de', 'het', 'een', 'hoe', 'wat', 'ik', 'niet', 'client']) expect(STOP_WORDS.has(w)).toBe(true);
    for (const w of ['kracht', 'hoop', 'meldcode', 'vorm', 'pluis', 'wonder', 'etiquette']) expect(STOP_WORDS.has(w)).toBe(false);
  });

  it('is stored in normalised form', () => {
    for (const w of STOP_WORDS) expect(normalize(w)).toBe(w);
  });
});
