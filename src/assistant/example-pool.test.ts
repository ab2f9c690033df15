import { describe, expect, it } from 'vitest';
import { examplesFrom, HELD_OUT_SETS, isHeldOut, renderExamplesModule } from './example-pool';
import { KNOWLEDGE_CARDS } from './knowledge-cards.generated';

const topicLine = (question: string, topic: string) => JSON.stringify({ id: 'x', question, topic, also: [] });
const cardLine = (question: string, expect: string) => JSON.stringify({ id: 'y', question, expect });

describe('examplesFrom', () => {
  it('takes the method questions with their topic; a card label counts as its card topic', () => {
    const examples = examplesFrom(
      [{ path: 'tests/assistant/set-z/fresh.jsonl', jsonl: `${topicLine('hoe vier ik een succes', 'hoop-perspectief')}\n${cardLine('wat is een schaalvraag', 'schaalvraag')}` }],
      KNOWLEDGE_CARDS,
    );
    expect(examples).toEqual([
      { topic: 'hoop-perspectief', question: 'hoe vier ik een succes' },
      { topic: 'oplossingsgerichte-vragen', question: 'wat is een schaalvraag' },
    ]);
  });

  it('leaves out-of-scope questions out: the scope step decides those by families', () => {
    expect(examplesFrom([{ path: 'tests/assistant/a.jsonl', jsonl: topicLine('waar staat de printer', 'out-of-scope') }], KNOWLEDGE_CARDS)).toEqual([]);
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
  it('writes the examples so that the module gives them back', () => {
    const source = renderExamplesModule([{ topic: 'labels', question: 'Wat schrijf ik i.p.v. "zorgmijder"?' }]);
    expect(source).toContain('["labels","Wat schrijf ik i.p.v. \\"zorgmijder\\"?"],');
  });
});
