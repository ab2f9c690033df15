import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { applySuggestion, replacementsOf } from '../rewrite';
import { RuleSchema } from '../rule-schema';
import type { Mode } from '../types';
import { builtInRules } from '.';

const analyzer = createAnalyzer(builtInRules);

describe.each(builtInRules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  const mode: Mode = rule.modes?.[0] ?? 'report';
  const hits = (text: string) => analyzer.analyze(text, { mode }).findings.filter((f) => f.rule === rule.id);

  it('is valid data', () => {
    expect(RuleSchema.safeParse(rule).success).toBe(true);
  });

  it.each(rule.examples.bad)('flags: %s', (text) => {
    expect(hits(text).length).toBeGreaterThan(0);
  });

  it.each(rule.examples.good)('leaves alone: %s', (text) => {
    expect(hits(text)).toEqual([]);
  });

  it.each(rule.examples.bad)('its rewrites do not trigger it again: %s', (text) => {
    const [first] = hits(text);
    expect(first).toBeDefined();
    expect(first!.suggestions.length).toBeGreaterThan(0);
    for (const s of replacementsOf(first!.suggestions)) {
      const rewritten = applySuggestion(text, first!.start, first!.end, s);
      const replacedEnd = first!.start + s.replacement.length;
      const again = hits(rewritten).filter((f) => f.start < replacedEnd && first!.start < f.end);
      expect(again, `"${rewritten}"`).toEqual([]);
    }
  });
});
