import { describe, expect, it } from 'vitest';
import { expandRewrite, startsSentence } from './rewrite';

describe('startsSentence', () => {
  // "|" marks the start of the match.
  it.each<[string, boolean]>([
    ['|MDO', true],
    ['Klaar. |MDO', true],
    ['"|Meneer', true],
    ['x\n\n  |meneer', true],
    ['Doel:\n- |meneer', true],
    ['- |meneer', true],
    ['1. |meneer', true],
    ['Hij sprak in het |MDO', false],
    ['Stap 1: |meneer', false],
    ['Een lange zin die doorgaat en |meneer', false],
    ['Om 14.00 |uur', false],
  ])('%j → %s', (marked, expected) => {
    expect(startsSentence(marked.replace('|', ''), marked.indexOf('|'))).toBe(expected);
  });
});

describe('expandRewrite', () => {
  it('capitalises only at a sentence start, and keeps an acronym mid-sentence', () => {
    expect(expandRewrite('overleg met het team', 'MDO', true)).toBe('Overleg met het team');
    expect(expandRewrite('Overleg met het team', 'MDO', false)).toBe('overleg met het team');
    expect(expandRewrite('ADHD heeft', 'x', false)).toBe('ADHD heeft');
    expect(expandRewrite('$0 en meer', 'veel', false)).toBe('veel en meer');
  });
});
