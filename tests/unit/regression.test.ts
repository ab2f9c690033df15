import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnalyzer, type Mode } from '../../src/analysis';

/**
 * Our own regression sentences (tests/regression/*.jsonl, LABELS.md format, written by us, not
 * the shared measuring set): every expected category is found, nothing else is (except what a
 * line allows), span lines are checked span by span, messages by their parts.
 */
const SCORED = ['negation', 'deficit', 'label', 'jargon', 'coercion', 'not-first-person', 'unfinished'];
const dir = resolve(import.meta.dirname, '../regression');

interface Line {
  id: string;
  mode?: Mode;
  text: string;
  expect?: string[];
  allow?: string[];
  spans?: Array<{ match: string; category: string }>;
  parts?: string[];
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
  const lines: Line[] = readFileSync(resolve(dir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  describe(file, () => {
    it.each(lines.map((l) => [l.id, l] as const))('%s', (_id, line) => {
      const result = defaultAnalyzer().analyze(line.text, line.mode ? { mode: line.mode } : {});
      const allow = new Set(line.allow ?? []);
      const scored = result.findings.filter((f) => SCORED.includes(f.category) && !allow.has(f.category));
      if (line.parts) {
        expect(result.message?.parts ?? []).toEqual(['ik', 'jij', 'wij'].filter((p) => line.parts!.includes(p)));
      }
      if (line.spans) {
        const spans = line.spans.map((s) => ({ ...s, start: line.text.indexOf(s.match), end: line.text.indexOf(s.match) + s.match.length }));
        const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
        const missed = spans.filter((s) => !result.findings.some((f) => f.category === s.category && overlaps(f, s)));
        const falseAlarms = scored.filter((f) => !spans.some((s) => s.category === f.category && overlaps(f, s)));
        expect(missed.map((s) => `${s.category}: ${s.match}`), 'missed').toEqual([]);
        expect(falseAlarms.map((f) => `${f.category}: ${f.text}`), 'false alarms').toEqual([]);
      } else if (line.expect) {
        const found = new Set(scored.map((f) => f.category));
        const all = new Set<string>(result.findings.map((f) => f.category));
        expect(line.expect.filter((c) => !all.has(c)), 'missed').toEqual([]);
        expect([...found].filter((c) => !line.expect!.includes(c)), 'false alarms').toEqual([]);
      }
    });
  });
}
