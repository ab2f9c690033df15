import { describe, expect, it } from 'vitest';
import { answerReplacement } from './question-answer';

describe('answerReplacement', () => {
  const text = 'Cliënt is niet gemotiveerd.';

  it("is the worker's own words, trimmed, mid-sentence as typed", () => {
    expect(answerReplacement(text, 10, 26, '  vandaag moe, hij wil  morgen praten ')).toBe('vandaag moe, hij wil morgen praten');
  });

  it('an empty answer puts nothing in', () => {
    expect(answerReplacement(text, 10, 26, '   ')).toBeNull();
    expect(answerReplacement(text, 10, 26, '')).toBeNull();
  });

  it('keeps the capital of words that began a sentence', () => {
    expect(answerReplacement('Niet gemotiveerd vandaag.', 0, 16, 'moe')).toBe('Moe');
    expect(answerReplacement('Hij kwam. Niet gemotiveerd.', 10, 26, 'moe')).toBe('Moe');
  });
});
