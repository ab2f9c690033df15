import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeCard } from './card-schema';
import { evaluate, OUT_OF_SCOPE, parseQuestions } from './evaluate';
import type { RouteResult } from './router';
import { LIKELY_SAFETY_LINES, SAFETY_HINT_LINE, SAFETY_LINES } from './safety';
import { TOPICS } from './topics';

/** Three cards: two on one topic, so a card label and a topic label can be told apart. */
const card = (id: string, topic: KnowledgeCard['topic']): KnowledgeCard => ({
  id,
  title: id,
  topic,
  tags: [],
  sources: [],
  related: [],
  templates: [],
  body: '',
});
const cards = [card('schaalvraag', 'oplossingsgerichte-vragen'), card('wondervraag', 'oplossingsgerichte-vragen'), card('meldcode', 'meldcode'), card('ecogram', 'ecogram')];

/** A router that answers from a table: question → card ids, or out of scope; `text` as given. */
function tableRouter(table: Record<string, string[] | 'out' | { cards: string[]; text: string }>): (q: string) => RouteResult {
  return (q) => {
    const entry = table[q];
    if (entry === undefined) throw new Error(`no answer for ${q}`);
    if (entry === 'out') return { answers: [], outOfScope: true, text: 'Daar kan ik niet bij helpen.' };
    const ids = Array.isArray(entry) ? entry : entry.cards;
    const text = Array.isArray(entry) ? `### ${ids[0]}` : entry.text;
    return { answers: ids.map((id, i) => ({ card: id, title: id, score: 1 - i / 10 })), outOfScope: false, text };
  };
}

const line = (o: object) => JSON.stringify(o);

describe('parseQuestions', () => {
  it('reads the card-label format and the dev-set format side by side', () => {
    const qs = parseQuestions(
      [
        line({ id: 'a', question: 'schaal?', expect: 'schaalvraag' }),
        '',
        line({ id: 'b', question: 'wonder?', topic: 'oplossingsgerichte-vragen', also: ['ecogram'], lang: 'en', style: 'engels' }),
        line({ id: 'c', question: 'printer?', topic: OUT_OF_SCOPE, also: [], lang: 'nl', style: 'buiten-bereik', safety: false }),
      ].join('\n'),
    );
    expect(qs).toEqual([
      { id: 'a', question: 'schaal?', expect: 'schaalvraag', labelKind: 'card', also: [] },
      { id: 'b', question: 'wonder?', expect: 'oplossingsgerichte-vragen', labelKind: 'topic', also: ['ecogram'], lang: 'en', style: 'engels' },
      { id: 'c', question: 'printer?', expect: OUT_OF_SCOPE, labelKind: 'topic', also: [], lang: 'nl', style: 'buiten-bereik', safety: false },
    ]);
  });

  it('names the line of an unknown topic, a line without a label, and a line that is no JSON', () => {
    expect(() => parseQuestions(`${line({ id: 'a', question: 'x', expect: 'ecogram' })}\n${line({ id: 'b', question: 'x', topic: 'ecogrammen' })}`)).toThrow(/regel 2: topic/);
    expect(() => parseQuestions(line({ id: 'a', question: 'x', tpic: 'ecogram' }))).toThrow(/regel 1.*"expect" of "topic"/);
    expect(() => parseQuestions(line({ id: 'a', question: 'x', topic: 'ecogram', also: ['netwerk'] }))).toThrow(/regel 1: also\.0/);
    expect(() => parseQuestions('{"id":')).toThrow(/regel 1: geen JSON/);
  });
});

describe('evaluate', () => {
  it('counts a card by its topic, and `also` as right', () => {
    const qs = parseQuestions(
      [
        line({ id: 'a', question: 'q1', topic: 'oplossingsgerichte-vragen' }),
        line({ id: 'b', question: 'q2', topic: 'ecogram', also: ['oplossingsgerichte-vragen'] }),
        line({ id: 'c', question: 'q3', topic: 'ecogram' }),
      ].join('\n'),
    );
    const r = evaluate(qs, tableRouter({ q1: ['wondervraag'], q2: ['schaalvraag'], q3: ['schaalvraag', 'meldcode', 'ecogram'] }), cards);
    expect(r.inScope).toEqual({ n: 3, top1: 2, top3: 3 });
    expect(r.misses.map((m) => [m.id, m.gotTopics])).toEqual([['c', ['oplossingsgerichte-vragen', 'meldcode', 'ecogram']]]);
  });

  it('maps a card label to its topic for the dev measures, and keeps the exact card for top1/top3', () => {
    const qs = parseQuestions(line({ id: 'a', question: 'q1', expect: 'schaalvraag' }));
    const r = evaluate(qs, tableRouter({ q1: ['wondervraag', 'ecogram', 'meldcode'] }), cards);
    expect(r.inScope).toEqual({ n: 1, top1: 1, top3: 1 });
    expect([r.top1, r.top3]).toEqual([0, 0]);
    expect(r.misses).toMatchObject([{ id: 'a', expect: 'schaalvraag', got: ['wondervraag', 'ecogram', 'meldcode'], topicRight: true }]);
  });

  it('takes only the first three answers for top-3', () => {
    const qs = parseQuestions(line({ id: 'a', question: 'q1', topic: 'ecogram' }));
    const r = evaluate(qs, tableRouter({ q1: ['schaalvraag', 'wondervraag', 'meldcode', 'ecogram'] }), cards);
    expect(r.inScope).toEqual({ n: 1, top1: 0, top3: 0 });
  });

  it('counts an out-of-scope question right only when the router refuses, and a refused method question wrong', () => {
    const qs = parseQuestions(
      [
        line({ id: 'a', question: 'printer', topic: OUT_OF_SCOPE, style: 'buiten-bereik', lang: 'nl' }),
        line({ id: 'b', question: 'verlof', topic: OUT_OF_SCOPE, style: 'buiten-bereik', lang: 'en' }),
        line({ id: 'c', question: 'schaal', topic: 'oplossingsgerichte-vragen', style: 'direct', lang: 'nl' }),
        line({ id: 'd', question: 'oud', expect: OUT_OF_SCOPE }),
      ].join('\n'),
    );
    const r = evaluate(qs, tableRouter({ printer: 'out', verlof: ['ecogram'], schaal: 'out', oud: 'out' }), cards);
    expect(r.outOfScope).toEqual({ n: 3, top1: 2, top3: 2 });
    expect(r.inScope).toEqual({ n: 1, top1: 0, top3: 0 });
    expect(r.byStyle).toEqual({
      'buiten-bereik': { n: 2, top1: 1, top3: 1 },
      direct: { n: 1, top1: 0, top3: 0 },
      '(geen stijl)': { n: 1, top1: 1, top3: 1 },
    });
    expect(r.byLang.nl).toEqual({ n: 2, top1: 1, top3: 1 });
    expect(r.byLang.en).toEqual({ n: 1, top1: 0, top3: 0 });
    expect(r.misses.map((m) => [m.id, m.got])).toEqual([
      ['b', ['ecogram']],
      ['c', [OUT_OF_SCOPE]],
    ]);
  });

  it('counts a flagged safety question right only with the safety answer, an unflagged one on a safety topic by its first card', () => {
    const qs = parseQuestions(
      [
        line({ id: 'a', question: 'klap', topic: 'meldcode', safety: true }),
        line({ id: 'b', question: 'blauw', expect: 'meldcode' }),
        line({ id: 'c', question: 'eco', topic: 'ecogram' }),
        line({ id: 'd', question: 'stil', topic: 'meldcode', safety: true }),
        line({ id: 'e', question: 'duw', topic: 'meldcode', safety: true }),
        line({ id: 'f', question: 'zorg', topic: 'meldcode', safety: true }),
        line({ id: 'g', question: 'kneep', topic: 'meldcode', safety: true }),
      ].join('\n'),
    );
    const safetyAnswer = (card: string) => ({ cards: [card], text: `${SAFETY_LINES.violence}\n\n### ${card}` });
    const r = evaluate(
      qs,
      tableRouter({
        klap: safetyAnswer('meldcode'),
        blauw: ['meldcode'],
        eco: ['ecogram'],
        stil: ['ecogram', 'meldcode'],
        duw: ['meldcode'],
        zorg: { cards: ['meldcode'], text: `${SAFETY_HINT_LINE}\n\n- meldcode` },
        kneep: { cards: ['meldcode'], text: `${LIKELY_SAFETY_LINES.violence}\n\n### meldcode` },
      }),
      cards,
    );
    // a: safety answer with the meldcode; b: method question, card first; d: wrong card; e: the card,
    // but no first steps; f: the card under the general worry line; g: the first steps, asked.
    expect(r.safety).toEqual({ n: 6, right: 3, asked: 1, worry: 1 });
    expect(r.safetyMisses).toEqual(['d', 'e', 'f']);
  });

  it('counts a near-miss wrong when the answer opens with the safety lines', () => {
    const qs = parseQuestions(
      [
        line({ id: 'a', question: 'vul veiligheid in', topic: 'ecogram', safety: false }),
        line({ id: 'b', question: 'slaat vergadering over', topic: 'ecogram', safety: false }),
        line({ id: 'c', question: 'schreeuwt in de groep', topic: 'ecogram', safety: false }),
      ].join('\n'),
    );
    const route = tableRouter({
      'vul veiligheid in': ['ecogram'],
      'slaat vergadering over': { cards: ['ecogram'], text: `${SAFETY_LINES.violence}\n\n### Het ecogram` },
      'schreeuwt in de groep': { cards: ['meldcode', 'ecogram'], text: `${SAFETY_HINT_LINE}\n\n- meldcode` },
    });
    const r = evaluate(qs, route, cards);
    expect(r.nearMisses).toEqual({ n: 3, right: 2, worry: 1 });
    expect(r.falseAlarms).toEqual(['b']);
    expect(r.safety.n).toBe(0);
  });

  it('refuses a card label that no card has', () => {
    const qs = parseQuestions(line({ id: 'a', question: 'q1', expect: 'geen-kaart' }));
    expect(() => evaluate(qs, tableRouter({ q1: ['ecogram'] }), cards)).toThrow(/a: onbekende kaart 'geen-kaart'/);
  });
});

describe('our own sets in the dev-set format (tests/assistant/set-f)', () => {
  const dir = resolve(import.meta.dirname, '../../tests/assistant/set-f');
  const qs = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => parseQuestions(readFileSync(resolve(dir, f), 'utf8')));

  it('parse, with unique ids, a style and a language on every line', () => {
    const ids = qs.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(qs.filter((q) => q.labelKind !== 'topic' || !q.style || !q.lang).map((q) => q.id)).toEqual([]);
  });

  it('hold what tests/assistant/README.md promises: 320 questions, 70 out of scope, 45 safety phrasings, 15 near-misses, 45 English', () => {
    expect(qs.length).toBeGreaterThanOrEqual(320);
    expect(qs.filter((q) => q.expect === OUT_OF_SCOPE && q.style === 'buiten-bereik').length).toBeGreaterThanOrEqual(70);
    const safety = qs.filter((q) => q.safety === true);
    expect(safety.length).toBeGreaterThanOrEqual(45);
    expect(safety.filter((q) => q.expect !== 'meldcode' && q.expect !== 'taxatie-draagkracht').map((q) => q.id)).toEqual([]);
    expect(qs.filter((q) => q.safety === false).length).toBeGreaterThanOrEqual(15);
    expect(qs.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('cover every method topic', () => {
    const covered = new Set(qs.map((q) => q.expect));
    expect(TOPICS.filter((t) => t !== 'algemeen' && !covered.has(t))).toEqual([]);
  });
});
