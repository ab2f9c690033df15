import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '.';
import { CATEGORY_DISPLAY } from './categories';
import { mergeOverlapping, shownMessages } from './merge-findings';
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

  it('folds a term finding inside a longer term finding of another category: named, its message not repeated', () => {
    const merged = mergeOverlapping([
      finding('jargon', 5, 19, { rule: 'jargon-x' }),
      finding('label', 0, 19, { rule: 'label-x' }),
      finding('negation', 0, 4, { rule: 'neg-x' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.also).toEqual([
      { rule: 'jargon-x', category: 'jargon', message: 'm-jargon', folded: true },
      { rule: 'neg-x', category: 'negation', message: 'm-negation' },
    ]);
    expect(shownMessages(merged[0]!).map((m) => m.rule)).toEqual(['label-x', 'neg-x']);
  });
});

describe('the four-sentence report of issue 13, merged for display', () => {
  const text =
    'Cliënt is niet gemotiveerd en heeft geen ziekte-inzicht. Meneer moet zijn medicatie innemen, anders volgt een gesprek met de psychiater. Hij zei: "Ik wil gewoon mijn eigen huis." Vanochtend heeft hij zelf de afwas gedaan en zijn kamer opgeruimd.';
  const findings = defaultAnalyzer().analyze(text, { mode: 'report' }).findings;
  const merged = mergeOverlapping(findings);
  const at = (words: string) => merged.find((f) => text.slice(f.start, f.end) === words);

  it('gives one finding per span and no displayed spans that overlap', () => {
    for (const [a, b] of merged.slice(1).map((f, i) => [merged[i]!, f] as const)) expect(a.end, `${a.text} / ${b.text}`).toBeLessThanOrEqual(b.start);
    expect(merged.map((f) => text.slice(f.start, f.end))).toEqual(['niet gemotiveerd', 'geen ziekte-inzicht', 'moet', 'anders volgt']);
  });

  it('loses no finding: each is a lead or named in its lead', () => {
    const named = merged.flatMap((f) => [f.rule, ...(f.also ?? []).map((a) => a.rule)]);
    expect(named.sort()).toEqual(findings.map((f) => f.rule).sort());
  });

  it('names every category of "geen ziekte-inzicht" on one card, with the jargon folded into the etiket', () => {
    const one = at('geen ziekte-inzicht')!;
    expect([one.category, ...one.also!.map((a) => a.category)].sort()).toEqual(['jargon', 'label', 'negation']);
    expect(one.also!.find((a) => a.category === 'jargon')?.folded).toBe(true);
    expect(one.also!.find((a) => a.category === 'negation')?.folded).toBeUndefined();
  });

  it('shows no point twice: distinct messages with little in common, and each question once', () => {
    const words = (message: string, category: Finding['category']) =>
      new Set(
        message
          .slice(message.startsWith(`${CATEGORY_DISPLAY[category].name}: `) ? CATEGORY_DISPLAY[category].name.length + 2 : 0)
          .toLowerCase()
          .match(/\p{L}{4,}/gu) ?? [],
      );
    for (const f of merged) {
      const shown = shownMessages(f).map((m) => words(m.message, m.category));
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) {
          const common = [...shown[i]!].filter((w) => shown[j]!.has(w)).length;
          const union = new Set([...shown[i]!, ...shown[j]!]).size;
          expect(common / union, `${f.text}: ${shownMessages(f).map((m) => m.message).join(' | ')}`).toBeLessThan(0.34);
        }
      }
      const offered = f.suggestions.map((s) => (s.kind === 'question' ? s.question : s.replacement));
      expect(new Set(offered).size, f.text).toBe(offered.length);
    }
  });
});
