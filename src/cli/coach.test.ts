import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CheckJsonLineSchema, CheckJsonSchema, FindingSchema, SuggestionSchema } from '../analysis/finding-schema';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'coach-'));

function coach(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [resolve(root, 'src/tools/run.mjs'), 'src/cli/coach.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// The public contract of `coach check --json` (README, LABELS.md), with the schemas the code uses;
// every finding carries at least one rewrite.
const FindingJson = z.extend(FindingSchema, { suggestions: z.array(SuggestionSchema).check(z.minLength(1)) });
const CheckJson = z.extend(CheckJsonSchema, { findings: z.array(FindingJson) });
const BatchJson = z.extend(CheckJsonLineSchema, { findings: z.array(FindingJson) });

describe('coach check', () => {
  it('prints linter-style lines for a file', () => {
    const r = coach(['check', '--mode', 'report', file('rapport.txt', 'Eerste regel.\nMeneer kwam niet.\nHij sprak in het MDO.')]);
    expect(r.status).toBe(0);
    // A question after "?", a replacement after "→".
    expect(r.stdout).toMatch(/rapport\.txt:2:13 {2}negation {2}.+ \? Wat /);
    expect(r.stdout).toMatch(/rapport\.txt:3:18 {2}jargon {2}.+ → overleg met het team/);
  });

  it('prints the JSON contract with UTF-16 offsets', () => {
    const text = '🙂 Meneer kwam niet.';
    const r = coach(['check', '--json', '--mode', 'report', '-'], text);
    expect(r.status).toBe(0);
    const out = CheckJson.parse(JSON.parse(r.stdout));
    const f = out.findings.find((x) => x.category === 'negation')!;
    expect(text.slice(f.start, f.end)).toBe('niet');
  });

  it('gives the message parts in message mode', () => {
    const r = coach(['check', '--json', '--mode', 'message', '-'], 'Ik maak me zorgen. Ik zie dat je moe bent.');
    expect(CheckJson.parse(JSON.parse(r.stdout)).parts).toEqual(['ik', 'jij']);
  });

  it('checks a batch, one output line per input line', () => {
    const input = file('batch.jsonl', [
      JSON.stringify({ id: 'a', text: 'Hij is zorgmijdend.' }),
      JSON.stringify({ id: 'b', text: 'Laten we samen kijken.', mode: 'message' }),
      '',
    ].join('\n'));
    const r = coach(['check', '--jsonl', input]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => BatchJson.parse(JSON.parse(l)));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]!.findings.some((f) => f.category === 'label')).toBe(true);
    expect(lines[1]!.parts).toEqual(['wij']);
  });

  it('fails with exit 2 and a Dutch message on a bad batch line, and prints nothing', () => {
    const r = coach(['check', '--jsonl', file('bad.jsonl', '{"id":"a","text":"ok"}\n{"id":"b"}\n')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/regel 2: veld "text"/);
  });

  it('exits 2 on an unreadable file, an unknown mode or an unknown option, in Dutch on stderr', () => {
    expect(coach(['check', join(dir, 'bestaat-niet.txt')]).stderr).toMatch(/Kan .* niet lezen/);
    expect(coach(['check', join(dir, 'bestaat-niet.txt')]).status).toBe(2);
    expect(coach(['check', '--mode', 'roman', '-'], 'x').status).toBe(2);
    const bogus = coach(['check', '--bogus', '-'], 'x');
    expect(bogus).toMatchObject({ status: 2, stdout: '', stderr: 'coach: Onbekende optie --bogus.\n' });
    expect(coach(['check', '--mode'])).toMatchObject({ status: 2, stderr: 'coach: Optie --mode verwacht een waarde.\n' });
    expect(coach(['frobnicate'])).toMatchObject({ status: 2, stdout: '' });
  });

  it('prints the usage on stderr without a command, on stdout for --help', () => {
    expect(coach([])).toMatchObject({ status: 2, stdout: '' });
    expect(coach([]).stderr).toMatch(/^Krachtcoach op de opdrachtregel/);
    expect(coach(['--help'])).toMatchObject({ status: 0, stderr: '' });
  });

  it('refuses a file over the size limit before reading it, with exit 2', () => {
    const big = join(dir, 'groot.txt');
    writeFileSync(big, '');
    truncateSync(big, 33 * 1024 * 1024); // sparse: no 33 MB written to disk
    const r = coach(['check', '--json', big]);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/is te groot: de grens is 32 MB/);
  });

  it('refuses a question or a batch text over its limit, naming the line', () => {
    expect(coach(['ask', 'x'.repeat(2001)])).toMatchObject({ status: 2, stderr: 'coach: De vraag is te lang: hoogstens 2.000 tekens.\n' });
    const long = file('lang.jsonl', `${JSON.stringify({ id: 1, question: 'x'.repeat(2001) })}\n`);
    expect(coach(['ask', '--jsonl', long]).stderr).toMatch(/regel 1: veld "question" klopt niet \(te lang: hoogstens 2\.000 tekens\)/);
    expect(coach(['check', '--jsonl', file('zonder-id.jsonl', '{"text":"x"}\n')]).stderr).toMatch(/regel 1: veld "id" klopt niet/);
  });

  it('exits 1 with --fail-on when findings reach that severity', () => {
    expect(coach(['check', '--fail-on', 'warning', '--mode', 'report', '-'], 'Hij kwam niet.').status).toBe(1);
    expect(coach(['check', '--fail-on', 'error', '--mode', 'report', '-'], 'Hij kookte vandaag.').status).toBe(0);
  });

  it('survives binary garbage and an empty input', () => {
    expect(coach(['check', '--json', '-'], '').status).toBe(0);
    const garbage = file('garbage.bin', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 131) % 256)));
    expect(coach(['check', '--json', garbage]).status).toBe(0);
  });
});

describe('the krachtcoach bin', () => {
  it('is one prebuilt bundle (npm install builds it) that runs without compiling', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const bin = resolve(root, pkg.bin.krachtcoach!);
    const r = spawnSync(process.execPath, [bin, 'check', '--json', '-'], { input: 'Hij kwam niet.', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(CheckJson.parse(JSON.parse(r.stdout)).findings.map((f) => f.text)).toEqual(['niet']);
    // Self-contained: no import of a package or of our sources left in it.
    expect(readFileSync(bin, 'utf8')).not.toMatch(/from\s*["'](?:zod|minisearch|\.\.?\/)/);
  });
});
