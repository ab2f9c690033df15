import { describe, expect, it } from 'vitest';
import { clientQuoteSpans, mergeSpans, placeholderSpans, quotedSpans } from './quotes';

const quoted = (text: string) => quotedSpans(text).map((s) => s.text);

describe('quoted client words', () => {
  it.each([
    ['Hij zei: "Ik ga nooit terug."', ['"Ik ga nooit terug."']],
    ['Ze zei: „Niemand snapt mij.” En ging weg.', ['„Niemand snapt mij.”']],
    ['“Dat lukt me niet,” zei ze.', ['“Dat lukt me niet,”']],
    ["Volgens meneer 'heeft het geen zin' om te gaan.", ["'heeft het geen zin'"]],
    ['‘Ik wil niet’, zei hij.', ['‘Ik wil niet’']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('does not take Dutch apostrophes for quotes', () => {
    expect(quoted("Hij komt 's avonds met z'n auto's. Het is 't beste.")).toEqual([]);
  });

  it('runs an open double quote to the end of the paragraph, so typing a quote is not interrupted', () => {
    expect(quoted('Hij zei: "ik wil niet\nVolgende alinea')).toEqual(['"ik wil niet']);
  });

  it('needs a closing single quote', () => {
    expect(quoted("Hij zei 'ik wil niet en liep weg.")).toEqual([]);
  });
});

describe('placeholders and merged spans', () => {
  it('finds rewrite placeholders', () => {
    expect(placeholderSpans('Hij [wat lukt wel?] kookte [ ]').map((s) => s.text)).toEqual(['[wat lukt wel?]', '[ ]']);
  });
  it('counts a quote as the client\'s words only when it holds words outside brackets', () => {
    const text = 'Antwoord: "[in eigen woorden]". Ze zei: "Ik wil […] naar huis." En: "[…]"';
    expect(clientQuoteSpans(text).map((s) => s.text)).toEqual(['"Ik wil […] naar huis."']);
  });
  it('merges overlapping spans into sorted disjoint ones', () => {
    const a = { start: 0, end: 5, text: '' };
    const b = { start: 3, end: 8, text: '' };
    const c = { start: 10, end: 12, text: '' };
    expect(mergeSpans([c, a], [b]).map((s) => [s.start, s.end])).toEqual([[0, 8], [10, 12]]);
  });
});
