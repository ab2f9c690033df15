import { describe, expect, it } from 'vitest';
import { paragraphs, segmentAt, sentences, words } from './segment';

describe('segmentation', () => {
  it('splits paragraphs on LF and CRLF with offsets into the original text', () => {
    const text = 'Eerste alinea.\r\nTweede alinea.\n\nDerde.';
    const ps = paragraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['Eerste alinea.', 'Tweede alinea.', 'Derde.']);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('splits Dutch sentences and keeps offsets valid', () => {
    const text = 'Meneer kookte vandaag. Hij was trots! Komt hij morgen?';
    const ss = sentences(text, 10);
    expect(ss.map((s) => s.text)).toEqual(['Meneer kookte vandaag.', 'Hij was trots!', 'Komt hij morgen?']);
    expect(ss[1]!.start).toBe(10 + text.indexOf('Hij'));
  });

  it('finds words with UTF-16 offsets, also after emoji and accents', () => {
    const text = '👍 Cliënt Ayşe kookt';
    const ws = words(text);
    expect(ws.map((w) => w.text)).toEqual(['Cliënt', 'Ayşe', 'kookt']);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('finds the segment at a position', () => {
    const ss = sentences('Een. Twee. Drie.');
    expect(segmentAt(ss, 6)?.text).toBe('Twee.');
    expect(segmentAt(ss, 100)).toBeUndefined();
  });
});
