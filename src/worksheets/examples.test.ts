import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema, assessWorksheet, CRITERIA, WORKSHEET_KINDS, type WorksheetKind } from './index';

/**
 * Our own example worksheets (tests/worksheets/), written as practitioners fill them in, with
 * the verdicts a colleague applying the decision rules would give (expected.json).
 */
const dir = resolve(import.meta.dirname, '../../tests/worksheets');

interface Expectation {
  kind: WorksheetKind;
  verdicts: Record<string, 'pass' | 'fail'>;
  messages?: Record<string, string>;
  spans?: Record<string, string[]>;
}
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expectation | string>;
const examples = Object.entries(expected).filter((e): e is [string, Expectation] => typeof e[1] === 'object');

describe('example worksheets', () => {
  it('every file under tests/worksheets has expected verdicts', () => {
    const files = WORKSHEET_KINDS.flatMap((k) => readdirSync(join(dir, k)).map((f) => `${k}/${f}`));
    expect(files.sort()).toEqual(examples.map(([f]) => f).sort());
  });

  it.each(examples)('%s', (file, exp) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const a = AssessmentSchema.parse(assessWorksheet(text, exp.kind));
    expect(Object.fromEntries(a.criteria.map((c) => [c.id, c.verdict]))).toEqual(exp.verdicts);
    for (const c of a.criteria) {
      if (exp.messages?.[c.id]) expect(c.message).toContain(exp.messages[c.id]);
      if (exp.spans?.[c.id]) expect(c.spans.map((s) => s.text)).toEqual(exp.spans[c.id]);
      for (const s of c.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      if (c.verdict === 'fail' && c.spans.length === 0) expect(c.message.length).toBeGreaterThan(10);
    }
  });

  it('have a passing and a failing example for every criterion of both kinds', () => {
    for (const kind of WORKSHEET_KINDS) {
      for (const id of CRITERIA[kind]) {
        const seen = new Set(examples.filter(([, e]) => e.kind === kind).map(([, e]) => e.verdicts[id]));
        expect([kind, id, [...seen].sort()]).toEqual([kind, id, ['fail', 'pass']]);
      }
    }
  });
});
