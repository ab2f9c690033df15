import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '../analysis';
import { toCheckJson, writeCheckJson } from './check-output';

describe('writeCheckJson', () => {
  it('writes exactly the JSON of toCheckJson, piece by piece, on one line', () => {
    const analyzer = defaultAnalyzer();
    for (const [text, mode] of [
      ['Hij kwam niet naar het MDO. Meneer is zorgmijdend.', 'report'],
      ['Ik maak me zorgen. Ik zie dat je moe bent.', 'message'],
      ['', 'report'],
      // A recurring paragraph: its findings come from the cache, at other offsets.
      ['Hij kwam niet.\nMeneer is zorgmijdend en kwam niet.\nHij kwam niet.\nHij kwam niet.', 'report'],
    ] as const) {
      const result = analyzer.analyze(text, { mode });
      const pieces: string[] = [];
      writeCheckJson(result, (s) => pieces.push(s));
      expect(pieces.join('')).toBe(`${JSON.stringify(toCheckJson(result))}\n`);
      if (result.findings.length > 1) expect(pieces.length).toBeGreaterThan(2);
    }
  });
});
