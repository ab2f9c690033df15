import { describe, expect, it } from 'vitest';
import { guessMode, modeCues } from './guess-mode';

describe('mode guess', () => {
  it('takes a text about the client for a report', () => {
    expect(guessMode('Meneer heeft vandaag zijn kamer opgeruimd. Hij was tevreden.')).toBe('report');
  });
  it('takes a text in the ik-vorm for a worksheet', () => {
    expect(guessMode('Ik wil graag werk in een tuin. Mijn zus helpt mij met de post.')).toBe('worksheet');
  });
  it('takes leefgebied headings for a worksheet', () => {
    expect(guessMode('Wonen & dagelijks leven:\nMeneer kookt zelf.\nFinanciën:\nHij heeft een budget.')).toBe('worksheet');
  });
  it('takes a text addressed to the client for a message', () => {
    expect(guessMode('Ik maak me zorgen. Ik zie dat je moe bent.')).toBe('message');
  });
  it('takes an empty text for a report', () => {
    expect(guessMode('')).toBe('report');
  });
  it('counts cues per paragraph, so a cache of cues gives the same guess', () => {
    const text = 'Ik maak me zorgen.\nIk zie dat je moe bent.\nMeneer kookt.';
    const seen: string[] = [];
    const cached = (p: string) => (seen.push(p), modeCues(p));
    expect(guessMode(text, cached)).toBe(guessMode(text));
    expect(seen).toEqual(['Ik maak me zorgen.', 'Ik zie dat je moe bent.', 'Meneer kookt.']);
  });
  it('lets the first 20,000 characters decide', () => {
    const report = 'Meneer heeft vandaag zijn kamer opgeruimd.\n'.repeat(500);
    expect(guessMode(`${report}Ik zie dat je moe bent. Ik zie je.\n`.repeat(3))).toBe('report');
  });
  it('reads one long paragraph only as far as the first 20,000 characters', () => {
    const seen: string[] = [];
    guessMode('Meneer kookt. '.repeat(2000), (p) => (seen.push(p), modeCues(p)));
    expect(seen.map((p) => p.length)).toEqual([20000]);
  });
});
