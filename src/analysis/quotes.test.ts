import { describe, expect, it } from 'vitest';
import { quotedSpans } from './quotes';

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
