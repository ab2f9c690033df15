import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { RouteResultSchema } from './contract';
import { evaluate, OUT_OF_SCOPE, parseQuestions } from './evaluate';
import { KNOWLEDGE_CARDS } from './knowledge-cards.generated';
import { createRouter, MAX_QUESTION_CHARS, route } from './router';

const root = resolve(import.meta.dirname, '../..');
const questions = parseQuestions(readFileSync(resolve(root, 'tests/assistant/questions.jsonl'), 'utf8'));
const cardIds = new Set(KNOWLEDGE_CARDS.map((c) => c.id));

describe('the labelled question set', () => {
  it('has at least 120 questions, 15 of them out of scope, each with a known card', () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(questions.filter((q) => q.expect === OUT_OF_SCOPE).length).toBeGreaterThanOrEqual(15);
    expect(questions.filter((q) => q.expect !== OUT_OF_SCOPE && !cardIds.has(q.expect)).map((q) => q.id)).toEqual([]);
    const ids = questions.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('routes at least 90 % right on the first answer and 98 % within three', () => {
    const result = evaluate(questions, route);
    const misses = result.misses.map((m) => `${m.id} ${m.question} → ${m.got.join(', ')} (verwacht ${m.expect})`);
    expect(result.top1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(result.top3, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});

describe('all question sets together (regression floor)', () => {
  const sets = readdirSync(resolve(root, 'tests/assistant')).filter((f) => f.endsWith('.jsonl'));
  const all = sets.flatMap((f) => parseQuestions(readFileSync(resolve(root, 'tests/assistant', f), 'utf8')));

  it('uses known cards and unique ids across the sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(2);
    expect(all.filter((q) => q.expect !== OUT_OF_SCOPE && !cardIds.has(q.expect)).map((q) => q.id)).toEqual([]);
    const ids = all.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('stays at or above 88 % top-1 and 97 % top-3', () => {
    const result = evaluate(all, route);
    expect(result.top1).toBeGreaterThanOrEqual(0.88);
    expect(result.top3).toBeGreaterThanOrEqual(0.97);
  });
});

describe('route', () => {
  it('answers with the contract shape: at most three cards, best first', () => {
    for (const q of questions.slice(0, 60)) {
      const r = RouteResultSchema.parse(route(q.question));
      const scores = r.answers.map((a) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const a of r.answers) expect(cardIds.has(a.card)).toBe(true);
    }
  });

  it('gives the card text with its related cards when it is sure', () => {
    const r = route('Wat is een complete boodschap?');
    expect(r.outOfScope).toBe(false);
    expect(r.answers[0]).toMatchObject({ card: 'complete-boodschap', title: 'De complete boodschap' });
    expect(r.text).toContain('### De complete boodschap');
    expect(r.text).toContain('**Zie ook:**');
    expect(r.text).toContain('De ik-boodschap en de drie G');
  });

  it('says kindly what it can help with when a question is out of scope, with no answers', () => {
    for (const q of ['Hoeveel mg oxazepam mag mijn cliënt?', 'wat voor weer wordt het morgen', 'schrijf mijn rapportage over meneer Jansen', 'hoi', '']) {
      const r = route(q);
      expect(r, q).toMatchObject({ answers: [], outOfScope: true });
      expect(r.text).toMatch(/kan je helpen met/);
      expect(r.text).toMatch(/krachteninventarisatie/);
    }
  });

  it('keeps method words that sound like out-of-scope topics in scope', () => {
    expect(route('mijn cliënt neemt zijn medicijnen niet in, mag ik medicatieontrouw schrijven?').answers[0]?.card).toBe('stigmatiserende-termen');
    expect(route('hoe schrijf ik een krachtgerichte rapportage').outOfScope).toBe(false);
    expect(route('cliënt heeft schulden en een laag inkomen').answers[0]?.card).toBe('leefgebied-financien');
    expect(route('hij is weer boos geworden, hoe spreek ik hem aan').outOfScope).toBe(false);
  });

  it('offers the closest topics when the question is ambiguous', () => {
    const r = route('doelen');
    expect(r.outOfScope).toBe(false);
    expect(r.answers.length).toBeGreaterThanOrEqual(2);
    expect(r.text).toMatch(/Ik weet niet zeker wat je bedoelt/);
  });

  it('reads a quoted sentence with the coach engine', () => {
    expect(route('Is "meneer is agressief" goed zo?').answers[0]?.card).toBe('labels');
    // After a colon that follows a rewrite verb, the rest is the sentence to rewrite.
    expect(route('hoe verbeter ik: hij wil niet meer naar de dagbesteding').answers[0]?.card).toBe('niet-formuleringen');
    expect(route('kan "ik wil niet meer drinken" beter?').answers[0]?.card).toBe('niet-formuleringen');
  });

  it('understands typos, missing diacritics, split words and English', () => {
    expect(route('krachteninventarisasie').answers[0]?.card).toBe('krachteninventarisatie');
    expect(route('wat is de wonder vraag').answers[0]?.card).toBe('wondervraag');
    expect(route('leefgebied financien').answers[0]?.card).toBe('leefgebied-financien');
    expect(route('what is the miracle question').answers[0]?.card).toBe('wondervraag');
  });

  it('is deterministic', () => {
    const router = createRouter();
    for (const q of questions.slice(0, 20)) expect(router.route(q.question)).toEqual(route(q.question));
  });

  it('reads a question up to a fixed limit, so a pasted text costs no more than a long question', () => {
    const router = createRouter();
    const head = 'Hoe spreek ik een bewoner aan op zijn gedrag zonder dat het contact weg is? ';
    const long = head + 'Hij zegt dat hij het zelf wel weet en dat ik me er niet mee moet bemoeien. '.repeat(2000);
    expect(router.route(long)).toEqual(router.route(long.slice(0, MAX_QUESTION_CHARS)));
    router.route(long);
    const t = performance.now();
    router.route(long);
    expect(performance.now() - t).toBeLessThan(50);
  });

  it('answers in well under 2 ms per question (median)', () => {
    const router = createRouter();
    for (const q of questions) router.route(q.question); // warm-up (the coach engine compiles lazily)
    const times: number[] = [];
    for (const q of questions) {
      const t = performance.now();
      router.route(q.question);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(2);
  });
});
