import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AskBatchOutput, CardListSchema, RouteResultSchema } from '../assistant/contract';
import { KNOWLEDGE_CARDS } from '../assistant/knowledge-cards.generated';
import { route } from '../assistant/router';
import { ASK_USAGE, runAsk, runCards } from './ask-command';
import { UsageError } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'coach-ask-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(fn: typeof runAsk, argv: string[]) {
  const lines: string[] = [];
  const code = fn(argv, (s) => lines.push(s));
  return { code, stdout: lines.join('') };
}

// The contract of issue 7, written out here as well, so that a change to the shared schema
// that breaks the published shape fails this test.
const PublishedAskJson = z.object({
  answers: z.array(z.object({ card: z.string(), title: z.string(), score: z.number() })),
  outOfScope: z.boolean(),
  text: z.string(),
});

describe('coach ask', () => {
  it('prints the JSON contract: up to three cards, best first, the same as the chat router', () => {
    const r = run(runAsk, ['--json', 'Wat is een complete boodschap?']);
    expect(r.code).toBe(0);
    const json = RouteResultSchema.parse(JSON.parse(r.stdout));
    PublishedAskJson.parse(json);
    expect(Object.keys(json)).toEqual(['answers', 'outOfScope', 'text']);
    expect(json.answers[0]).toMatchObject({ card: 'complete-boodschap', title: 'De complete boodschap' });
    expect(json.answers.length).toBeLessThanOrEqual(3);
    expect(json).toEqual(route('Wat is een complete boodschap?'));
  });

  it('says out of scope with no answers for a question outside the method', () => {
    const json = RouteResultSchema.parse(JSON.parse(run(runAsk, ['--json', 'hoeveel mg oxazepam mag ik geven?']).stdout));
    expect(json.outOfScope).toBe(true);
    expect(json.answers).toEqual([]);
    expect(json.text).toMatch(/arts of apotheker/);
  });

  it('joins unquoted words into one question and prints the answer for people', () => {
    const r = run(runAsk, ['wat', 'is', 'de', 'wondervraag']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. wondervraag {2}De wondervraag {2}\(0\.\d\d\)/);
    expect(r.stdout).toContain('### De wondervraag');
  });

  it('answers a batch, one line per question, with its id first', () => {
    const input = file('vragen.jsonl', [
      JSON.stringify({ id: 'a', question: 'Hoe maak ik een actieplan?' }),
      '',
      JSON.stringify({ id: 7, question: 'wat voor weer wordt het' }),
    ].join('\n'));
    const r = run(runAsk, ['--jsonl', input]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => AskBatchOutput.parse(JSON.parse(l)));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(Object.keys(JSON.parse(r.stdout.split('\n')[0]!))).toEqual(['id', 'answers', 'outOfScope', 'text']);
    expect(lines[0]!.answers[0]?.card).toBe('actieplan');
    expect(lines[1]).toMatchObject({ outOfScope: true, answers: [] });
  });

  it.each([
    ['no question', [], ASK_USAGE],
    ['an empty question', ['  '], 'De vraag is leeg.'],
    ['a question next to --jsonl', ['--jsonl', 'x.jsonl', 'vraag'], 'Geef bij --jsonl geen losse vraag mee.'],
    ['an unreadable batch file', ['--jsonl', join(dir, 'bestaat-niet.jsonl')], /Kan ".*bestaat-niet\.jsonl" niet lezen \(bestand bestaat niet\)/],
  ])('refuses %s with a Dutch usage error', (_name, argv, message) => {
    expect(() => run(runAsk, argv as string[])).toThrow(UsageError);
    expect(() => run(runAsk, argv as string[])).toThrow(message);
  });

  it('names the line of a bad batch line and prints nothing', () => {
    const lines: string[] = [];
    const bad = file('slecht.jsonl', '{"id":"a","question":"ok"}\n{"id":"b"}\n');
    expect(() => runAsk(['--jsonl', bad], (s) => lines.push(s))).toThrow(/regel 2: veld "question" klopt niet/);
    expect(() => runAsk(['--jsonl', file('geen-json.jsonl', 'nee\n')], (s) => lines.push(s))).toThrow(/regel 1: geen geldige JSON/);
    expect(lines).toEqual([]);
  });

  it('rejects an unknown option the way coach.ts maps to exit 2', () => {
    expect(() => run(runAsk, ['--onbekend', 'vraag'])).toThrow(expect.objectContaining({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }));
  });
});

describe('coach cards', () => {
  it('lists every card as JSON: id, title, topic, tags, related cards, templates', () => {
    const r = run(runCards, ['--json']);
    expect(r.code).toBe(0);
    const cards = CardListSchema.parse(JSON.parse(r.stdout));
    expect(cards).toHaveLength(KNOWLEDGE_CARDS.length);
    expect(cards.map((c) => c.id)).toEqual(KNOWLEDGE_CARDS.map((c) => c.id).sort((a, b) => a.localeCompare(b)));
    expect(Object.keys(cards[0]!)).toEqual(['id', 'title', 'topic', 'tags', 'related', 'templates']);
    expect(cards.find((c) => c.id === 'meldcode')?.topic).toBe('meldcode');
  });

  it('lists every card for people, with a count', () => {
    const r = run(runCards, []);
    expect(r.stdout).toContain('complete-boodschap');
    expect(r.stdout).toContain('zie ook: ik-boodschap');
    expect(r.stdout).toMatch(new RegExp(`${KNOWLEDGE_CARDS.length} kaarten\n$`));
  });

  it('takes no arguments', () => {
    expect(() => run(runCards, ['extra'])).toThrow(UsageError);
  });
});
