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

describe('segmentation in windows', () => {
  // Texts with every kind of sentence end and things that look like one: abbreviations, numbers,
  // quotes, lower case after a full stop, emoji, long sentences without a break.
  const PIECES = ['Meneer kookte vandaag.', 'Hij zei: "Ik wil naar huis."', 'Om 14.00 uur', 'o.a. de buren', 'en toen?', '!', 'Ayşe 👍 lachte', 'zie blz. 3', '…', '   ', 'Mevr. Jansen', 'dag 12', 'of niet', '"Nee."', 'Wat nu?!', 'e.e.a.', 'kwam', 'ja'];
  function generated(seed: number, length: number): string {
    let x = seed;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
    let text = '';
    while (text.length < length) text += PIECES[next() % PIECES.length] + (next() % 5 ? ' ' : '');
    return text;
  }

  it('gives the same sentences and words as one pass over the whole text', () => {
    const whole = (granularity: 'sentence' | 'word', text: string) => [...new Intl.Segmenter('nl', { granularity }).segment(text)];
    for (let seed = 1; seed <= 150; seed++) {
      const text = generated(seed, 3000);
      const window = [48, 64, 200][seed % 3]!;
      const expectedSentences = whole('sentence', text)
        .map((s) => ({ start: s.index, text: s.segment.trimEnd() }))
        .filter((s) => s.text.trim());
      expect(sentences(text, 0, window).map((s) => ({ start: s.start, text: s.text }))).toEqual(expectedSentences);
      const expectedWords = whole('word', text).filter((w) => w.isWordLike).map((w) => ({ start: w.index, text: w.segment }));
      expect(words(text, 0, window).map((w) => ({ start: w.start, text: w.text }))).toEqual(expectedWords);
    }
  });

  it('cuts a sentence without any break at its longest length instead of looking on', () => {
    const text = 'woord '.repeat(20_000);
    const ss = sentences(text);
    expect(ss.length).toBeGreaterThan(1);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(ss.map((s) => s.text).join(' ')).toBe(text.trimEnd());
  });
});
