import { describe, expect, it } from 'vitest';
import { draftTime, offerText, previewOf, wordsText } from './offer-text';

const at = (h: number, m: number, day = 3) => new Date(2025, 2, day, h, m).getTime();

describe('offer text', () => {
  it('says the time of today, "gisteren" for yesterday, and the date before that', () => {
    expect(draftTime(at(14, 32), at(16, 0))).toBe('14:32');
    expect(draftTime(at(9, 5), at(9, 30))).toBe('09:05');
    expect(draftTime(at(23, 10, 2), at(1, 0))).toBe('gisteren 23:10');
    expect(draftTime(at(8, 0, 1), at(8, 0))).toBe('1 maart 08:00');
  });

  it('reads as one offer', () => {
    expect(offerText({ at: at(14, 32), words: 212 }, at(15, 0))).toBe('Concept van 14:32 terugzetten (212 woorden)');
    expect(wordsText(1)).toBe('1 woord');
  });

  it('a preview ends on a whole word', () => {
    expect(previewOf('  kort  ')).toBe('kort');
    const long = 'Sanne kookte vandaag zelf voor de groep. '.repeat(20);
    const p = previewOf(long, 100);
    expect(p.length).toBeLessThanOrEqual(102);
    expect(p.endsWith(' …')).toBe(true);
    expect(long.startsWith(p.slice(0, -2))).toBe(true);
  });
});
