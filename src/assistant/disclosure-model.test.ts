import { describe, expect, it } from 'vitest';
import { trainDisclosureModel } from './disclosure-model';
import type { ExampleQuestion } from './topic-model';

const violence = (question: string): ExampleQuestion => ({ topic: 'meldcode', question, disclosure: 'violence' });
const suicide = (question: string): ExampleQuestion => ({ topic: 'taxatie-draagkracht', question, disclosure: 'suicide' });
const none = (question: string, topic = 'werkrelatie'): ExampleQuestion => ({ topic, question, disclosure: 'none' });

const EXAMPLES: ExampleQuestion[] = [
  violence('haar vriend slaat haar als hij gedronken heeft'),
  violence('de kinderen zijn bang voor hun vader als hij gedronken heeft'),
  violence('haar man sloeg haar gisteren weer, ze had een blauw oog'),
  suicide('hij zegt dat hij er niet meer wil zijn en geeft zijn spullen weg'),
  suicide('ze spaart pillen op en zegt dat niemand haar zal missen'),
  none('hoe vier ik een klein succes met mijn cliënt', 'hoop-perspectief'),
  none('mijn cliënt komt steeds te laat op de afspraak'),
  none('hoe schrijf ik mijn rapportage krachtgericht', 'krachtgericht-formuleren'),
  none('wat zijn de leefgebieden van de krachteninventarisatie', 'krachteninventarisatie'),
  none('hoe bereid ik een teamkrachtbespreking voor', 'teamkrachtbespreking'),
];

describe('trainDisclosureModel', () => {
  const model = trainDisclosureModel(EXAMPLES);

  it('reads a question in the words of the violence examples as violence', () => {
    expect(model.read('haar vriend slaat haar weer als hij gedronken heeft, de kinderen zijn bang')).toBe('violence');
  });

  it('reads a question in the words of the suicide examples as a suicide hint', () => {
    expect(model.read('hij geeft zijn spullen weg en zegt dat niemand hem zal missen')).toBe('suicide');
  });

  it('says nothing on little evidence: a short question in the words of its examples', () => {
    expect(model.read('haar vriend slaat haar')).toBeUndefined();
  });

  it('says nothing about an ordinary question, or one with no word it knows', () => {
    expect(model.read('hoe schrijf ik mijn rapportage over een klein succes')).toBeUndefined();
    expect(model.read('waar staat de printer')).toBeUndefined();
  });

  it('learns only from examples whose disclosure is known', () => {
    const unknown: ExampleQuestion = { topic: 'meldcode', question: 'haar vriend slaat haar' };
    const onlyUnknown = trainDisclosureModel([unknown, none('hoe vier ik een succes', 'hoop-perspectief')]);
    expect(onlyUnknown.read('haar vriend slaat haar')).toBeUndefined();
  });
});
