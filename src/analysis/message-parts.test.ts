import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './message-parts';

const parts = (text: string) => analyzeMessage(text).parts;

describe('complete boodschap', () => {
  it('finds all three parts with their spans', () => {
    const text = 'Ik word er onrustig van als de deur openstaat. Ik begrijp dat je het warm hebt. Laten we samen een oplossing zoeken.';
    const m = analyzeMessage(text);
    expect(m.parts).toEqual(['ik', 'jij', 'wij']);
    expect(m.missing).toEqual([]);
    for (const s of m.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads "als ik zie dat …" inside a feeling as part of the ik-part', () => {
    expect(parts('Ik word onrustig als ik zie dat de deur openstaat.')).toEqual(['ik']);
  });

  it('takes "mij" as well as "me" in feelings', () => {
    expect(parts('Ik maak mij zorgen over je.')).toEqual(['ik']);
  });

  it('counts "ik zie dat jij …" as the jij part, not the ik part', () => {
    expect(parts('Ik zie dat jij vandaag moe bent.')).toEqual(['jij']);
  });

  it('counts an observation without "je" ("ik merk dat de brieven …") as the jij part', () => {
    expect(parts('Ik merk dat de brieven van de woningcorporatie ongeopend op tafel liggen.')).toEqual(['jij']);
    expect(parts('Ik merk dat ik er onrustig van word.')).toEqual(['ik']);
  });

  it('does not count a judgement ("ik vind dat …") as an ik part', () => {
    expect(parts('Ik vind dat je te laat bent.')).toEqual([]);
  });

  it('does not count a reproach as the jij part', () => {
    expect(parts('Jij komt altijd te laat.')).toEqual([]);
  });

  it('counts an open question to the other as the jij part', () => {
    expect(parts('Hoe gaat het nu met je?')).toEqual(['jij']);
  });

  it('counts "ik zou willen dat wij …" as the wij part', () => {
    expect(parts('Ik zou willen dat wij elke week even bijpraten.')).toEqual(['wij']);
  });

  it('counts a shared question as the wij part', () => {
    expect(parts('Wat kunnen we samen doen?')).toEqual(['wij']);
  });

  it('names the missing parts with an example sentence', () => {
    const m = analyzeMessage('Ik maak me zorgen over je gezondheid.');
    expect(m.missing).toEqual(['jij', 'wij']);
    expect(m.examples.wij).toMatch(/samen/);
  });
});
