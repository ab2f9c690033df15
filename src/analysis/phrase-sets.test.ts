import { describe, expect, it } from 'vitest';
import { PhraseSets } from './phrase-sets';

describe('PhraseSets', () => {
  it('gives the same phrases the same id', () => {
    const sets = new PhraseSets();
    expect(sets.idOf(['is ziek', 'was ziek'])).toBe(sets.idOf(['is ziek', 'was ziek']));
    expect(sets.idOf(['is ziek'])).not.toBe(sets.idOf(['is ziek', 'was ziek']));
  });

  it('answers as includes does, for sets that came before and after the scanner was built', () => {
    const sets = new PhraseSets();
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => 'abc d'[Math.floor(random() * 5)]).join('');
    const known: string[][] = [];
    for (let round = 0; round < 40; round++) {
      // New sets keep coming, as patterns are first triggered.
      for (let n = 0; n < 5; n++) known.push(Array.from({ length: 1 + Math.floor(random() * 4) }, () => word(4)));
      const ids = known.map((set) => sets.idOf(set));
      const text = word(60);
      const has = sets.reader(text);
      known.forEach((set, i) => expect(has(ids[i]!)).toBe(set.some((p) => text.includes(p))));
    }
  });
});
