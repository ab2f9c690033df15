import { describe, expect, it } from 'vitest';
import { curlyQuotes, messageUnderCategory, quoted } from './message-text';

describe('message text', () => {
  it('quotes words from the text in Dutch curly quotes', () => {
    expect(quoted('niet gemotiveerd')).toBe('‘niet gemotiveerd’');
  });

  it('puts every quote style of a message in the one style, and leaves apostrophes alone', () => {
    expect(curlyQuotes('Label: "ongemotiveerd" is vaak onmacht.')).toBe('Label: ‘ongemotiveerd’ is vaak onmacht.');
    expect(curlyQuotes('Zeg “wat wel” en \'wie\'.')).toBe('Zeg ‘wat wel’ en ‘wie’.');
    expect(curlyQuotes("Cliënt z'n afspraak, auto's.")).toBe("Cliënt z'n afspraak, auto's.");
  });

  it('drops a lead-in that only repeats the category, also its former name', () => {
    expect(messageUnderCategory('Label: "ongemotiveerd" is vaak onmacht, geen onwil.', 'label')).toBe('‘ongemotiveerd’ is vaak onmacht, geen onwil.');
    expect(messageUnderCategory('Niet-formulering: beschrijf wat er wél is.', 'negation')).toBe('Beschrijf wat er wél is.');
  });

  it('keeps a lead-in that says more than the category', () => {
    expect(messageUnderCategory('Afkorting: schrijf het voluit.', 'jargon')).toBe('Afkorting: schrijf het voluit.');
  });
});
