import { describe, expect, it } from 'vitest';
import type { StrengthsSummary } from '../analysis/strengths-summary';
import { quoted } from '../analysis/message-text';
import { lookAtLine, praiseLine, shortMessage, strengthsLine } from './finding-text';

const seg = (text: string) => ({ start: 0, end: text.length, text });
const summary = (over: Partial<StrengthsSummary>): StrengthsSummary => ({ quotes: [], firstPerson: [], concrete: [], sentences: 4, toLookAt: 0, ...over });

describe('the words of the compact panel', () => {
  it("drops the category name in front of a message (the marker names it) and curls its quotes", () => {
    expect(shortMessage({ category: 'coercion', message: 'Sturende taal: beschrijf de afspraak of de wens, niet een opdracht.' })).toBe(
      'Beschrijf de afspraak of de wens, niet een opdracht.',
    );
    expect(shortMessage({ category: 'label', message: 'Label: "ongemotiveerd" is vaak onmacht, geen onwil.' })).toBe('‘ongemotiveerd’ is vaak onmacht, geen onwil.');
    expect(shortMessage({ category: 'label', message: 'Etiket: noem de persoon, niet de verslaving.' })).toBe('Noem de persoon, niet de verslaving.');
    // A message that does not start with its category stays as it is.
    expect(shortMessage({ category: 'negation', message: '"Geen" zegt wat ontbreekt: beschrijf wat er wél is.' })).toBe(
      '‘Geen’ zegt wat ontbreekt: beschrijf wat er wél is.',
    );
  });

  it('quotes words with Dutch curly quotes', () => {
    expect(quoted('niet gemotiveerd')).toBe('‘niet gemotiveerd’');
  });

  it('says what is strong, with counts in words and no score', () => {
    expect(strengthsLine(summary({ quotes: [seg('Ik wil gewoon mijn eigen huis.')], concrete: [seg('a'), seg('b')] }))).toBe('1 citaat van de cliënt, 2 concrete waarnemingen');
    expect(strengthsLine(summary({ firstPerson: [seg('Ik zag hem lachen.')] }))).toBe('1 zin in de ik-vorm');
    expect(strengthsLine(summary({}))).toBe('');
    expect(lookAtLine(summary({ toLookAt: 2 }))).toBe('2 zinnen om naar te kijken');
    expect(lookAtLine(summary({ toLookAt: 1 }))).toBe('1 zin om naar te kijken');
  });

  it('praises a text without findings for what it does', () => {
    expect(praiseLine(summary({ quotes: [seg('x y')], concrete: [seg('a')] }))).toBe(
      'Mooi krachtgericht geschreven: niets om naar te kijken. Je citeert de cliënt en beschrijft wat er gebeurde.',
    );
    expect(praiseLine(summary({}))).toBe('Mooi krachtgericht geschreven: niets om naar te kijken.');
  });
});
