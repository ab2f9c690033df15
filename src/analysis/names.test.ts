import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { isNameAt } from './names';
import { builtInRules } from './rules';
import type { Mode } from './types';

const analyzer = createAnalyzer(builtInRules);
const flagged = (text: string, mode: Mode = 'report') => analyzer.analyze(text, { mode }).findings.map((f) => f.text);
const at = (text: string, word: string) => isNameAt(text, text.indexOf(word));

describe('names', () => {
  it('takes a capitalised word after a first name, a particle, a form of address or an initial for a name', () => {
    expect(at('Vanmiddag belde Jolanda de Niet over de sleutel.', 'Niet')).toBe(true);
    expect(at('Ik sprak meneer Moet in de tuin.', 'Moet')).toBe(true);
    expect(at('Het gesprek met mevrouw De Wilde ging over haar hond.', 'Wilde')).toBe(true);
    expect(at('Afspraak met dhr. Kwaad om 10 uur.', 'Kwaad')).toBe(true);
    expect(at('Afspraak met mw. Geen om 10 uur.', 'Geen')).toBe(true);
    expect(at('Ze belde J. Moet.', 'Moet')).toBe(true);
    expect(at('Mijn buurman Kees Moet helpt mij.', 'Moet')).toBe(true);
    expect(at('Hij gaat elke dinsdag naar de Anonieme Alcoholisten.', 'Alcoholisten')).toBe(true);
    expect(at('Zijn neef Ahmed van der Niet woont in Gouda.', 'Niet')).toBe(true);
  });

  it('leaves small words, sentence starts and acronyms to the rules', () => {
    expect(at('Jolanda niet, maar haar zus kwam.', 'niet')).toBe(false);
    expect(at('Hij kwam. Niet veel later belde ze.', 'Niet')).toBe(false);
    expect(at('Niet alles lukte vandaag.', 'Niet')).toBe(false);
    expect(at('Dit komt in de ADL-lijst.', 'ADL')).toBe(false);
    expect(at('Doel: Geen alcohol in huis.', 'Geen')).toBe(false);
  });

  it('keeps every rule off a surname', () => {
    expect(flagged('Vanmiddag belde Jolanda de Niet over de sleutel.')).not.toContain('Niet');
    expect(flagged('Ik sprak vanmorgen met meneer Moet over de tuin.')).not.toContain('Moet');
    expect(flagged('Afspraak met mw. Geen om 10 uur over de huur.').join(' ')).not.toMatch(/Geen/);
    expect(flagged('Hij gaat elke dinsdag naar de Anonieme Alcoholisten.').join(' ')).not.toMatch(/Alcoholisten/);
  });

  it('still flags the same words where they are words', () => {
    expect(flagged('Meneer kwam niet naar de afspraak.')).toContain('niet');
    expect(flagged('Niet alles lukte vandaag.').join(' ')).toMatch(/Niet/);
    expect(flagged('Hij moet elke dag om negen uur op zijn werk zijn.').join(' ')).toMatch(/moet/);
  });
});
