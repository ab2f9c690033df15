import { sentences } from './segment';
import type { Finding } from './types';

interface StrengthScore {
  /** 0–100: the share of sentences with nothing but, at most, a vague word. */
  score: number;
  sentences: number;
  clean: number;
}

/**
 * How strengths-based a text reads, in a figure a worker can check by hand: the share of its
 * sentences without a negation, deficit, label, jargon, coercion or third-person finding.
 */
export function strengthScore(text: string, findings: readonly Finding[]): StrengthScore {
  const all = sentences(text);
  if (!all.length) return { score: 100, sentences: 0, clean: 0 };
  const serious = findings.filter((f) => f.category !== 'vague');
  let clean = 0;
  let j = 0;
  for (const s of all) {
    while (j < serious.length && serious[j]!.end <= s.start) j++;
    const hit = j < serious.length && serious[j]!.start < s.end;
    if (!hit) clean++;
  }
  return { score: Math.round((100 * clean) / all.length), sentences: all.length, clean };
}
