import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from './evaluate';
import { normalize } from './normalize';
import { PatternGuard } from './pattern-guard';
import { PHRASE_GUARD } from './safety';
import { SITUATION_GUARD } from './safety-situations';
import { SCOPE_PATTERN_GUARD } from './scope';
import { SITUATION_PATTERN_GUARD } from './situations';

describe('PatternGuard', () => {
  const guard = new PatternGuard();
  const kick = guard.add(/\b(?:schopt|schopte) (?:\w+ ){0,2}(?:haar|hem)\b/);
  const anything = guard.add(/\w+ (?:\w+ )?\w+/);
  const shouting = guard.add(/\bSCHREEUWT\b/i);
  const never = /\bnooit\b/;

  it('skips a pattern whose literals are not in the text, and runs it when one is', () => {
    expect(guard.reader('hij gaf haar een compliment')(kick)).toBe(false);
    expect(guard.reader('hij schopte haar gisteren')(kick)).toBe(true);
  });

  it('always runs a pattern that needs no literal, or reads letters in any case', () => {
    expect(guard.reader('twee woorden hier')(anything)).toBe(true);
    expect(guard.reader('hij schreeuwt')(shouting)).toBe(true);
  });

  it('runs a pattern it was never given', () => {
    expect(guard.reader('dat doet hij nooit')(never)).toBe(true);
  });
});

/** Every question of our sets (tests/assistant and its folders), normalised as the readers see it. */
function ownQuestions(): string[] {
  const dir = resolve(__dirname, '../../tests/assistant');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
  return files.flatMap((f) => parseQuestions(readFileSync(join(dir, f), 'utf8')).map((q) => normalize(q.question)));
}

describe('the readers of a question skip nothing that would match', () => {
  const questions = ownQuestions();
  it.each([
    ['phrases of safety.ts', PHRASE_GUARD],
    ['situations of safety-situations.ts', SITUATION_GUARD],
    ['families of scope.ts', SCOPE_PATTERN_GUARD],
    ['situations of situations.ts', SITUATION_PATTERN_GUARD],
  ])('%s: the guarded answer equals the pattern run on every question of our sets', (_, guard) => {
    const patterns = guard.patterns();
    expect(patterns.length).toBeGreaterThan(20);
    expect(questions.length).toBeGreaterThan(2000);
    const differ: string[] = [];
    for (const text of questions) {
      const has = guard.reader(text);
      for (const p of patterns) if (has(p) !== p.test(text)) differ.push(`${p.source.slice(0, 40)} | ${text.slice(0, 60)}`);
    }
    expect(differ).toEqual([]);
  });
});
