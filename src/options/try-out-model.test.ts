import { describe, expect, it } from 'vitest';
import { EXAMPLE, pieces, tryFindings, tryText } from './try-out-model';

describe('the try-out of the first-run page', () => {
  it('flags the example sentence as the coach does in a page', () => {
    tryText.value = EXAMPLE;
    const flagged = tryFindings.value.map((f) => f.text);
    expect(flagged).toContain('niet gemotiveerd');
    expect(flagged).toContain('moet');
  });

  it('cuts the text into plain pieces and flagged ones, without losing a character', () => {
    tryText.value = EXAMPLE;
    const parts = pieces(EXAMPLE, tryFindings.value);
    expect(parts.map((p) => p.text).join('')).toBe(EXAMPLE);
    expect(parts.filter((p) => p.finding).map((p) => p.text)).toEqual(tryFindings.value.map((f) => f.text));
  });

  it('follows what the worker types', () => {
    tryText.value = 'Meneer vertelde dat hij zelf boodschappen deed.';
    expect(tryFindings.value).toEqual([]);
  });
});
