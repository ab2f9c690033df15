import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturingGroups } from './compile-rules';
import { builtInRules } from './rules';

const root = resolve(import.meta.dirname, '../..');
const ids = builtInRules.map((r) => r.id);

describe('rule conventions', () => {
  it('has at least 150 rules', () => {
    expect(builtInRules.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every rule a unique id', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps published ids stable: none disappears', () => {
    const published = readFileSync(resolve(root, 'src/analysis/rules/rule-ids.txt'), 'utf8').split('\n').filter(Boolean);
    const gone = published.filter((id) => !ids.includes(id));
    expect(gone, 'removed rule ids: ids are public (CLI output, switched-off rules); keep them').toEqual([]);
    const unpublished = ids.filter((id) => !published.includes(id));
    expect(unpublished, 'new rule ids: add them to src/analysis/rules/rule-ids.txt').toEqual([]);
  });

  it('gives every rule examples, a source and a Dutch explanation', () => {
    for (const r of builtInRules) {
      expect(r.examples.bad.length, r.id).toBeGreaterThan(0);
      expect(r.examples.good.length, r.id).toBeGreaterThan(0);
      expect(r.source.trim().length, r.id).toBeGreaterThan(2);
      expect(r.explanation.length, r.id).toBeGreaterThan(20);
    }
  });

  it('uses only non-capturing groups in patterns (the engine reads no groups)', () => {
    for (const r of builtInRules) {
      const sources = r.kind === 'substitution' ? r.swap.map(([p]) => p) : r.patterns;
      for (const s of [...sources, ...(r.exceptions ?? []).map((e) => (typeof e === 'string' ? e : e.pattern))]) expect(capturingGroups(s), `${r.id}: ${s}`).toBe(0);
    }
  });

  it('keeps not-first-person to worksheets', () => {
    for (const r of builtInRules.filter((r) => r.category === 'not-first-person')) expect(r.modes, r.id).toEqual(['worksheet']);
  });
});
