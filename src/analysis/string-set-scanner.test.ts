import { describe, expect, it } from 'vitest';
import { StringSetScanner } from './string-set-scanner';

const foundIn = (scanner: StringSetScanner, text: string) => {
  const found: number[] = [];
  scanner.scan(text, found);
  return found.sort((a, b) => a - b);
};
const byIncludes = (strings: readonly string[], text: string) => strings.flatMap((s, id) => (s && text.includes(s) ? [id] : []));

describe('StringSetScanner', () => {
  it('finds overlapping strings, strings inside others and repeated strings, each once', () => {
    const strings = ['he', 'she', 'his', 'hers', 'niet', 'iet', 'niet ', 'he'];
    const scanner = new StringSetScanner(strings);
    expect(foundIn(scanner, 'ushers niet niet')).toEqual([0, 1, 3, 4, 5, 6, 7]);
    expect(foundIn(scanner, 'xyz')).toEqual([]);
    expect(foundIn(scanner, 'hi')).toEqual([]);
  });

  it('reads UTF-16 code units as includes does: astral letters, accents, characters no string holds', () => {
    const strings = ['𐐨x', 'ë', 'café', '\uDC28', 'a\u0301'];
    const scanner = new StringSetScanner(strings);
    for (const text of ['𐐨x', 'cafe\u0301 ë', 'café', '𐐨', 'a\u0301', '\uDC28x', 'Ë']) expect(foundIn(scanner, text)).toEqual(byIncludes(strings, text));
  });

  it('agrees with includes on generated texts, scan after scan', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (alphabet: string, max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const strings = Array.from({ length: 300 }, () => word('abcde -', 5));
    strings.push('');
    const scanner = new StringSetScanner(strings);
    for (let n = 0; n < 200; n++) {
      const text = word('abcdefg -.', 80);
      expect(foundIn(scanner, text)).toEqual(byIncludes(strings, text));
    }
  });
});
