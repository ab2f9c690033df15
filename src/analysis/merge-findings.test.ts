import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '.';
import { mergeOverlapping } from './merge-findings';
import type { Finding } from './types';

const finding = (category: Finding['category'], start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  rule: `r-${category}`,
  category,
  severity: 'warning',
  start,
  end,
  text: '',
  message: `m-${category}`,
  explanation: '',
  suggestions: [],
  ...extra,
});

describe('mergeOverlapping', () => {
  it('makes one finding of the findings on the same words, led by the longest, carrying the others', () => {
    const text = 'Hij heeft geen ziekte-inzicht.';
    const findings = defaultAnalyzer().analyze(text, { mode: 'report' }).findings;
    expect(new Set(findings.map((f) => f.category)).size).toBeGreaterThan(1);
    const merged = mergeOverlapping(findings);
    expect(merged).toHaveLength(1);
    const [one] = merged;
    expect(text.slice(one!.start, one!.end)).toBe('geen ziekte-inzicht');
    expect(one!.category).toBe('label');
    expect(one!.also!.map((a) => a.category).sort()).toEqual(findings.filter((f) => f !== findings.find((g) => g.category === 'label')).map((f) => f.category).sort());
  });

  it('leaves findings apart that do not overlap, and keeps their order', () => {
    const merged = mergeOverlapping([finding('jargon', 10, 13), finding('negation', 0, 4)]);
    expect(merged.map((f) => [f.category, f.start, f.also])).toEqual([
      ['negation', 0, undefined],
      ['jargon', 10, undefined],
    ]);
  });

  it('on equal length the category priority leads; only replacements for exactly that span are taken over', () => {
    const merged = mergeOverlapping([
      finding('vague', 0, 6, { suggestions: [{ kind: 'replace', replacement: 'soms', label: 'v' }] }),
      finding('label', 0, 6, { suggestions: [{ kind: 'question', question: 'Wat zag je?', label: 'q' }] }),
      finding('jargon', 2, 4, { suggestions: [{ kind: 'replace', replacement: 'xx', label: 'j' }, { kind: 'question', question: 'Hoe zeg je het gewoon?', label: 'q' }] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.category).toBe('label');
    expect(merged[0]!.suggestions).toEqual([
      { kind: 'replace', replacement: 'soms', label: 'v' },
      { kind: 'question', question: 'Wat zag je?', label: 'q' },
      { kind: 'question', question: 'Hoe zeg je het gewoon?', label: 'q' },
    ]);
  });
});
