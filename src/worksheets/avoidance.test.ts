import { describe, expect, it } from 'vitest';
import { avoidanceWords } from './avoidance';
import { burdenWords } from './deficit-words';

const all = (text: string) => [{ start: 0, end: text.length }];

describe('stopping, avoiding, doing less (actieplan)', () => {
  it.each([
    ['Terugval voorkomen.', 'voorkomen'],
    ['Ik stop met blowen op vrijdag.', 'stop met'],
    ['Ik vermijd de drukke winkels.', 'vermijd'],
    ['Minder drinken in het weekend.', 'Minder'],
    ['Ik ga niet meer naar het café.', 'niet meer'],
  ])('%s', (t, w) => {
    expect(avoidanceWords(t, all(t)).map((f) => f.text)).toEqual([w]);
  });

  it('leaves what will be done alone', () => {
    for (const t of ['Ik sta elke ochtend om 8 uur op.', 'Ik drink minder dan vroeger koffie met mijn zus.', 'Ik meld me aan bij de voetbalclub.']) {
      expect([t, avoidanceWords(t, all(t))]).toEqual([t, []]);
    }
  });
});

describe('"weinig" and "te …" as a lack', () => {
  it('finds a burden, not "om te" or "te koop"', () => {
    const t = 'Mijn schuld is te groot. Ik heb weinig geld. Ik ga om te wandelen naar het park; de fiets is te koop.';
    expect(burdenWords(t, all(t)).map((f) => f.text)).toEqual(['te groot', 'weinig']);
  });

  it('finds burdens the engine leaves alone', () => {
    const t = 'Ik heb last van mijn rug. Ik vind koken lastig. Ik heb het zwaar sinds mei. In het weekend ben ik eenzaam.';
    expect(burdenWords(t, all(t)).map((f) => f.text)).toEqual(['last van', 'lastig', 'heb het zwaar', 'eenzaam']);
  });
});
