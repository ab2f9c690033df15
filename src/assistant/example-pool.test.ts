import { describe, expect, it } from 'vitest';
import { examplesFrom, HELD_OUT_SETS, isHeldOut, renderExamplesModule } from './example-pool';
import { KNOWLEDGE_CARDS } from './knowledge-cards.generated';

const topicLine = (question: string, topic: string, safety?: boolean) =>
  JSON.stringify({ id: 'x', question, topic, also: [], ...(safety === undefined ? {} : { safety }) });
const cardLine = (question: string, expect: string, safety?: boolean) => JSON.stringify({ id: 'y', question, expect, ...(safety === undefined ? {} : { safety }) });

describe('examplesFrom', () => {
  it('takes each question with its topic; a card label counts as its card topic', () => {
    const examples = examplesFrom(
      [{ path: 'tests/assistant/set-z/fresh.jsonl', jsonl: `${topicLine('hoe vier ik een succes', 'hoop-perspectief')}\n${cardLine('wat is een schaalvraag', 'schaalvraag')}` }],
      KNOWLEDGE_CARDS,
    );
    expect(examples).toEqual([
      { topic: 'hoop-perspectief', question: 'hoe vier ik een succes', disclosure: 'none' },
      { topic: 'oplossingsgerichte-vragen', question: 'wat is een schaalvraag', disclosure: 'none' },
    ]);
  });

  it('keeps out-of-scope questions, labelled as such (the disclosure model learns from them too)', () => {
    expect(examplesFrom([{ path: 'tests/assistant/a.jsonl', jsonl: topicLine('waar staat de printer', 'out-of-scope') }], KNOWLEDGE_CARDS)).toEqual([
      { topic: 'out-of-scope', question: 'waar staat de printer', disclosure: 'none' },
    ]);
  });

  it('labels a flagged question by its topic: meldcode is violence, taxatie a suicide hint; a near-miss is none', () => {
    const jsonl = [
      topicLine('haar vriend sloeg haar', 'meldcode', true),
      topicLine('hij wil er niet meer zijn', 'taxatie-draagkracht', true),
      topicLine('hij sloeg de vergadering over', 'werkrelatie', false),
    ].join('\n');
    expect(examplesFrom([{ path: 'tests/assistant/set-z/v.jsonl', jsonl }], KNOWLEDGE_CARDS).map((e) => e.disclosure)).toEqual(['violence', 'suicide', 'none']);
  });

  it('leaves an unflagged meldcode or taxatie question of a card-labelled set unlabelled: those sets flag only in safety.jsonl', () => {
    const [example] = examplesFrom([{ path: 'tests/assistant/b.jsonl', jsonl: cardLine('haar man slaat haar', 'meldcode') }], KNOWLEDGE_CARDS);
    expect(example).toEqual({ topic: 'meldcode', question: 'haar man slaat haar' });
  });

  it('never learns from a held-out set', () => {
    for (const set of HELD_OUT_SETS) {
      const path = `tests/assistant/${set}/fresh.jsonl`;
      expect(isHeldOut(path)).toBe(true);
      expect(examplesFrom([{ path, jsonl: topicLine('hoe vier ik een succes', 'hoop-perspectief') }], KNOWLEDGE_CARDS)).toEqual([]);
    }
    expect(isHeldOut('tests/assistant/set-f/engels.jsonl')).toBe(false);
  });

  it('names the file and line of a card label that does not exist', () => {
    expect(() => examplesFrom([{ path: 'tests/assistant/b.jsonl', jsonl: cardLine('iets', 'geen-kaart') }], KNOWLEDGE_CARDS)).toThrow(/b\.jsonl y: onbekende kaart 'geen-kaart'/);
  });
});

describe('renderExamplesModule', () => {
  it('writes a row per example with a short disclosure code', () => {
    const source = renderExamplesModule([
      { topic: 'labels', question: 'Wat schrijf ik i.p.v. "zorgmijder"?', disclosure: 'none' },
      { topic: 'meldcode', question: 'hij slaat haar' },
    ]);
    expect(source).toContain('["labels","Wat schrijf ik i.p.v. \\"zorgmijder\\"?","n"],');
    expect(source).toContain('["meldcode","hij slaat haar",""],');
  });
});
