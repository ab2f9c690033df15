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

/** Topic posteriors as the topic model would give them. */
const ABOUT_MELDCODE = new Map([['meldcode', 0.97], ['werkrelatie', 0.03]]);
const ABOUT_TAXATIE = new Map([['taxatie-draagkracht', 0.98], ['werkrelatie', 0.02]]);
const ELSEWHERE = new Map([['werkrelatie', 0.7], ['meldcode', 0.3]]);

describe('trainDisclosureModel', () => {
  const model = trainDisclosureModel(EXAMPLES);

  it('reads a question in the words of the violence examples as violence, likely when the topic is the meldcode', () => {
    const q = 'haar vriend slaat haar weer als hij gedronken heeft, de kinderen zijn bang';
    expect(model.read(q, ABOUT_MELDCODE)).toEqual({ kind: 'violence', likely: true });
    expect(model.read(q, ELSEWHERE)).toEqual({ kind: 'violence', likely: false });
  });

  it('reads a question in the words of the suicide examples as a suicide hint', () => {
    expect(model.read('hij geeft zijn spullen weg en zegt dat niemand hem zal missen', ELSEWHERE)).toEqual({ kind: 'suicide', likely: false });
  });

  it('when it only leans towards a disclosure, speaks only if the topic model is sure of a safety topic', () => {
    const q = 'haar vriend slaat haar als hij gedronken heeft, hoe schrijf ik mijn rapportage krachtgericht';
    expect(model.read(q, ELSEWHERE)).toBeUndefined();
    expect(model.read(q, ABOUT_MELDCODE)).toEqual({ kind: 'violence', likely: true });
    // The kind is the topic's: the topic model read what the question is about.
    expect(model.read(q, ABOUT_TAXATIE)).toEqual({ kind: 'suicide', likely: true });
  });

  it('says nothing on little evidence, whatever the topic: a short question in the words of its examples', () => {
    expect(model.read('haar vriend slaat haar', ABOUT_MELDCODE)).toBeUndefined();
  });

  it('says nothing about an ordinary question, or one with no word it knows, whatever the topic', () => {
    expect(model.read('hoe schrijf ik mijn rapportage over een klein succes', ABOUT_MELDCODE)).toBeUndefined();
    expect(model.read('waar staat de printer', ELSEWHERE)).toBeUndefined();
  });

  it('leans, so that a question is not refused, only when nearly sure, on enough evidence', () => {
    expect(model.leans('de kinderen zijn bang voor hun vader als hij gedronken heeft, hoe schrijf ik mijn rapportage krachtgericht')).toBe('violence');
    expect(model.leans('haar vriend slaat haar als hij gedronken heeft, hoe schrijf ik mijn rapportage krachtgericht')).toBeUndefined();
    expect(model.leans('haar vriend slaat haar')).toBeUndefined();
    expect(model.leans('waar staat de printer')).toBeUndefined();
  });

  it('learns only from examples whose disclosure is known', () => {
    const unknown: ExampleQuestion = { topic: 'meldcode', question: 'haar vriend slaat haar' };
    const onlyUnknown = trainDisclosureModel([unknown, none('hoe vier ik een succes', 'hoop-perspectief')]);
    expect(onlyUnknown.read('haar vriend slaat haar', ABOUT_MELDCODE)).toBeUndefined();
  });
});
