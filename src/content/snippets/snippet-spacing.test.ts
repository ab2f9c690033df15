import { describe, expect, it } from 'vitest';
import { isBlockSnippet, snippetSpacing } from './snippet-spacing';

const EVALUATIE = 'Evaluatie\nNaam: Sevda\nWat ging goed: [wat lukte?]';
const INLINE = 'Vandaag wil ik [wat?].';

describe('isBlockSnippet', () => {
  it('is a block with more than one line, or as a heading', () => {
    expect(isBlockSnippet('## Evaluatie\nNaam: {{naam}}')).toBe(true);
    expect(isBlockSnippet('## Evaluatie')).toBe(true);
    expect(isBlockSnippet('Vandaag wil ik {{tekst:Wat?}}.')).toBe(false);
    expect(isBlockSnippet('  Vandaag wil ik iets.\n')).toBe(false);
  });
});

describe('snippetSpacing: a block', () => {
  it('starts on its own line after a sentence end; the line break takes the place of the space after it', () => {
    expect(snippetSpacing('Gesprek gevoerd met meneer.', '', EVALUATIE, true)).toEqual({ prefix: '\n', suffix: '', trimBefore: 0, trimAfter: 0 });
    expect(snippetSpacing('Gesprek gevoerd met meneer. ', '', EVALUATIE, true)).toEqual({ prefix: '\n', suffix: '', trimBefore: 1, trimAfter: 0 });
    expect(snippetSpacing('Gesprek gevoerd met meneer.\u00a0', '', EVALUATIE, true)).toMatchObject({ prefix: '\n', trimBefore: 1 });
  });

  it('starts on its own line after a word as well (a heading never continues a sentence)', () => {
    expect(snippetSpacing('Gesprek met meneer', '', EVALUATIE, true).prefix).toBe('\n');
  });

  it('adds no line break where the line is empty already', () => {
    expect(snippetSpacing('', '', EVALUATIE, true)).toEqual({ prefix: '', suffix: '', trimBefore: 0, trimAfter: 0 });
    expect(snippetSpacing('Gesprek gevoerd met meneer.\n', '', EVALUATIE, true).prefix).toBe('');
    // Indentation the worker typed on an empty line stays.
    expect(snippetSpacing('Gesprek gevoerd met meneer.\n  ', '', EVALUATIE, true)).toMatchObject({ prefix: '', trimBefore: 0 });
  });

  it('ends its line when text follows on the same line, and not when a line break follows', () => {
    expect(snippetSpacing('Eerst dit.\n', 'Daarna dit.', EVALUATIE, true).suffix).toBe('\n');
    expect(snippetSpacing('Eerst dit.', ' Daarna dit.', EVALUATIE, true)).toEqual({ prefix: '\n', suffix: '\n', trimBefore: 0, trimAfter: 1 });
    expect(snippetSpacing('Eerst dit.\n', '\nDaarna dit.', EVALUATIE, true).suffix).toBe('');
    expect(snippetSpacing('Eerst dit.\n', '   ', EVALUATIE, true).suffix).toBe('');
  });

  it('does not double a line break the snippet brings itself', () => {
    expect(snippetSpacing('Eerst dit.', 'Daarna.', `\n${EVALUATIE}\n`, true)).toEqual({ prefix: '', suffix: '', trimBefore: 0, trimAfter: 0 });
  });
});

describe('snippetSpacing: an inline snippet', () => {
  it('gets a space after a word or punctuation without one', () => {
    expect(snippetSpacing('Gesprek gevoerd met meneer', '', INLINE, false).prefix).toBe(' ');
    expect(snippetSpacing('Gesprek gevoerd met meneer.', '', INLINE, false).prefix).toBe(' ');
    expect(snippetSpacing('Hij zei:', '', INLINE, false).prefix).toBe(' ');
  });

  it('never doubles a space or a line break, and does not space after an opening bracket or quote', () => {
    expect(snippetSpacing('Gesprek gevoerd met meneer. ', '', INLINE, false).prefix).toBe('');
    expect(snippetSpacing('Gesprek gevoerd met meneer.\u00a0', '', INLINE, false).prefix).toBe('');
    expect(snippetSpacing('Gesprek gevoerd met meneer.\n', '', INLINE, false).prefix).toBe('');
    expect(snippetSpacing('', '', INLINE, false).prefix).toBe('');
    expect(snippetSpacing('Hij zei (', '', INLINE, false).prefix).toBe('');
    expect(snippetSpacing('Hij zei “', '', INLINE, false).prefix).toBe('');
  });

  it('adds no space before a snippet that starts with punctuation or a space', () => {
    expect(snippetSpacing('Gesprek met meneer', '', ', zoals afgesproken.', false).prefix).toBe('');
    expect(snippetSpacing('Gesprek met meneer', '', ' en zijn zus.', false).prefix).toBe('');
  });

  it('gets a space after it when a word follows directly', () => {
    expect(snippetSpacing('Hij ', 'kwam.', 'zei ja en', false)).toEqual({ prefix: '', suffix: ' ', trimBefore: 0, trimAfter: 0 });
    expect(snippetSpacing('Hij ', ' kwam.', 'zei ja en', false).suffix).toBe('');
    expect(snippetSpacing('Hij ', '.', 'zei ja', false).suffix).toBe('');
  });
});
