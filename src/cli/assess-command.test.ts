import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AssessmentSchema, CRITERIA } from '../worksheets';
import { runAssess } from './assess-command';
import { UsageError } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'coach-assess-'));
const examples = resolve(import.meta.dirname, '../../tests/worksheets');

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[]) {
  const out: string[] = [];
  const code = runAssess(args, (s) => out.push(s));
  return { code, stdout: out.join('') };
}

// The public contract of `coach assess --json` (issue 7), and of each --jsonl line.
const BatchJson = z.extend(AssessmentSchema, { id: z.union([z.string(), z.number()]) });

const PLAN = 'Mijn doel: "Ik wil weer zelf mijn geld regelen."\nActies:\n- Ik open mijn post elke maandag (wie: ik, wanneer: maandag)\n- Ik bel de schuldhulp\n';

describe('coach assess', () => {
  it('prints the JSON contract: all criteria in order, UTF-16 spans, a score', () => {
    const text = `🙂 ${PLAN}`;
    const { code, stdout } = run(['--worksheet', 'actieplan', '--json', file('plan.txt', text)]);
    expect(code).toBe(0);
    const a = AssessmentSchema.parse(JSON.parse(stdout));
    expect(a.criteria.map((c) => c.id)).toEqual([...CRITERIA.actieplan]);
    const c = a.criteria.find((x) => x.id === 'wie-wanneer')!;
    // The wording of the advice belongs to the worksheets module; the CLI passes it on whole.
    expect(c).toMatchObject({ verdict: 'fail', message: 'Stap 2 heeft geen wanneer.' });
    expect(c.advice).toMatch(/wanneer/);
    expect(c.spans).toEqual([{ start: text.indexOf('Ik bel'), end: text.indexOf('Ik bel') + 20, text: 'Ik bel de schuldhulp' }]);
    expect(a.score).toEqual({ passed: 5, total: 6 });
  });

  it('prints one line per criterion for people, with file:line:col and the advice of a fail', () => {
    const path = join(examples, 'krachteninventarisatie/lege-kopjes.txt');
    const { code, stdout } = run(['--worksheet', 'krachteninventarisatie', path]);
    expect(code).toBe(0);
    // The same verdicts as --json gives, one line each, and the advice of every fail after an arrow.
    const a = AssessmentSchema.parse(JSON.parse(run(['--worksheet', 'krachteninventarisatie', '--json', path]).stdout));
    expect(stdout).toMatch(new RegExp(`^.*lege-kopjes\\.txt: krachteninventarisatie, ${a.score.passed} van 6 criteria gehaald$`, 'm'));
    expect(stdout).toMatch(/✗ leefgebieden-compleet \(Alle tien leefgebieden ingevuld\): 4 van de 10/);
    expect(stdout).toMatch(/lege-kopjes\.txt:12:4 {2}"Financiën"/);
    expect(stdout).toMatch(/✓ ik-vorm/);
    for (const c of a.criteria) {
      expect(stdout).toContain(`${c.verdict === 'pass' ? '✓' : '✗'} ${c.id} (`);
      if (c.verdict === 'fail') expect(stdout).toContain(`→ ${c.advice}`);
    }
  });

  it('checks a batch, one output line per input line, kind per line or from --worksheet', () => {
    const input = file(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'a', text: PLAN, kind: 'actieplan' }),
        '',
        JSON.stringify({ id: 7, text: 'Wonen\nIk woon in Ede.' }),
      ].join('\n'),
    );
    const { code, stdout } = run(['--jsonl', input, '--worksheet', 'krachteninventarisatie']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => BatchJson.parse(JSON.parse(l)));
    expect(lines.map((l) => [l.id, l.kind])).toEqual([
      ['a', 'actieplan'],
      [7, 'krachteninventarisatie'],
    ]);
  });

  it.each([
    [['plan.txt'], /Welk werkblad\?/],
    [['--worksheet', 'rapport', 'plan.txt'], /Onbekend werkblad "rapport": kies krachteninventarisatie of actieplan\./],
    [['--worksheet', 'actieplan'], /gebruik: coach assess/],
    [['--worksheet', 'actieplan', join(dir, 'bestaat-niet.txt')], /Kan ".*bestaat-niet\.txt" niet lezen \(bestand bestaat niet\)\./],
    [['--jsonl', 'x.jsonl', 'plan.txt'], /Geef bij --jsonl geen los bestand mee\./],
  ])('gives a Dutch usage error for %j', (args, message) => {
    expect(() => run(args)).toThrow(UsageError);
    expect(() => run(args)).toThrow(message);
  });

  it('names the line and field of a bad batch line', () => {
    const bad = file('bad.jsonl', `${JSON.stringify({ id: 1, text: 'x', kind: 'actieplan' })}\n{nee}\n`);
    expect(() => run(['--jsonl', bad])).toThrow(/bad\.jsonl, regel 2: geen geldige JSON\./);
    const wrong = file('wrong.jsonl', JSON.stringify({ id: 1, text: 3, kind: 'actieplan' }));
    expect(() => run(['--jsonl', wrong])).toThrow(/wrong\.jsonl, regel 1: veld "text" klopt niet/);
    const noKind = file('nokind.jsonl', JSON.stringify({ id: 1, text: 'x' }));
    expect(() => run(['--jsonl', noKind])).toThrow(/regel 1: geen "kind"/);
  });

  it('lets an unknown option through as the parseArgs error coach.ts turns into exit 2', () => {
    expect(() => run(['--worksheet', 'actieplan', '--fail-on', 'x', 'plan.txt'])).toThrow(expect.objectContaining({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }));
  });
});
