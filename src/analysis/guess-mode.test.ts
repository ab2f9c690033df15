import { describe, expect, it } from 'vitest';
import { guessMode } from './guess-mode';

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
});
