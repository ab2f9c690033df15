import { describe, expect, it } from 'vitest';
import { searchStem } from './stem-nl';
import { topicFeatures, trainTopicModel } from './topic-model';

const EXAMPLES = [
  { topic: 'werkrelatie', question: 'Hij komt steeds niet opdagen op zijn afspraak' },
  { topic: 'werkrelatie', question: 'Mevrouw zegt afspraken af en neemt niet op' },
  { topic: 'naastbetrokkenen', question: 'Zijn zus wil meepraten over de begeleiding' },
  { topic: 'naastbetrokkenen', question: 'Wat mag ik delen met haar moeder?' },
];

describe('topicFeatures', () => {
  it('gives the content stems and each pair of neighbouring stems, without stop words', () => {
    const f = topicFeatures('Hij komt steeds te laat');
    const stems = ['komt', 'steeds', 'laat'].map(searchStem);
    expect(f).toEqual([...stems, `${stems[0]}_${stems[1]}`, `${stems[1]}_${stems[2]}`]);
  });

  it('reads a word the same with or without capitals and diacritics', () => {
    expect(topicFeatures('Cliënte ZUS')).toEqual(topicFeatures('cliente zus'));
  });
});

describe('trainTopicModel', () => {
  const model = trainTopicModel(EXAMPLES);

  it('knows the topics of its examples', () => {
    expect([...model.topics]).toEqual(['naastbetrokkenen', 'werkrelatie']);
  });

  it('puts a new question with the words of a topic on that topic', () => {
    const p = model.posterior('de cliënt komt weer niet opdagen');
    expect(p.get('werkrelatie')!).toBeGreaterThan(p.get('naastbetrokkenen')!);
    const q = model.posterior('kan ik zijn zus erbij halen');
    expect(q.get('naastbetrokkenen')!).toBeGreaterThan(q.get('werkrelatie')!);
  });

  it('counts the features of a question that its examples know', () => {
    expect(model.read('printer kapot').known).toBe(0);
    const known = model.read('zijn zus wil meepraten').known;
    expect(known).toBeGreaterThanOrEqual(3);
    expect(known).toBeLessThanOrEqual(topicFeatures('zijn zus wil meepraten').length);
  });

  it('gives probabilities that sum to one', () => {
    const sum = [...model.posterior('afspraak met zijn zus').values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('says nothing about a question with no word from its examples', () => {
    expect(model.posterior('printer kapot tweede verdieping').size).toBe(0);
  });

  it('is deterministic: the same examples give the same answer in any order', () => {
    const reversed = trainTopicModel([...EXAMPLES].reverse());
    expect([...reversed.posterior('zus afspraak')]).toEqual([...model.posterior('zus afspraak')].sort(([a], [b]) => a.localeCompare(b)));
  });
});
