/**
 * A second reader of disclosures, learned from the flagged questions of our own sets: the
 * rules of safety.ts know the phrasings we have seen, and every blind set brought new ones
 * ("hij wordt soms hard", "she goes quiet when he's around"). This model weighs the words of a
 * question against ~375 disclosures and ~2,400 other questions (near-misses among them) and
 * speaks only when it is very sure, so that an ordinary question is not met with the safety
 * steps. It never takes a signal away: the rules go first, it can only add one.
 */
import type { SafetyKind } from './safety';
import { type ExampleQuestion, trainTopicModel } from './topic-model';

/**
 * How sure the model must be that a question is a disclosure: a trade between disclosures found
 * and ordinary questions met with the worry line. Measured on blind set O (60 disclosures, 29 of
 * them missed by the rules) against the 136 near-miss phrasings of our safety tests: at 0.97 it
 * found 22 and worried 30 of those phrasings, at 0.995 20 and 20, at 0.999 17 and 11. A missed
 * disclosure weighs more than a needless worry line, but a coach that worries at every "dad" is
 * switched off.
 */
const SURE = 0.995;
/**
 * And on how much: a short question with few known words gets an overconfident probability from
 * little evidence ("my client loves cooking for his family" read as a disclosure). It must have
 * at least this many features (stems and stem pairs) the examples know. On set O at 0.995: 20
 * found with or without it, the worry line on the near-miss phrasings 20 -> 5.
 */
const MIN_EVIDENCE = 8;

export interface DisclosureModel {
  /** The kind of disclosure the question very likely is, or undefined. */
  read(question: string): SafetyKind | undefined;
}

export function trainDisclosureModel(examples: readonly ExampleQuestion[], featuresOf?: (question: string) => string[]): DisclosureModel {
  const model = trainTopicModel(
    examples.filter((e) => e.disclosure !== undefined).map((e) => ({ topic: e.disclosure!, question: e.question })),
    featuresOf,
  );
  return {
    read(question) {
      const { posterior: p, known } = model.read(question);
      if (known < MIN_EVIDENCE) return undefined;
      const violence = p.get('violence') ?? 0;
      const suicide = p.get('suicide') ?? 0;
      if (violence + suicide <= SURE) return undefined;
      return suicide > violence ? 'suicide' : 'violence';
    },
  };
}
