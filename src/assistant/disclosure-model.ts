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
 * little evidence ("my client loves cooking for his family" read as a disclosure, "wat zijn de
 * stappen van de meldcode" read as one with the topic model's help). Every reading needs at least
 * this many features (stems and stem pairs) the examples know. On set O at 0.995: 20 found with
 * or without it, the worry line on the near-miss phrasings 20 -> 5.
 */
const MIN_EVIDENCE = 8;

/**
 * How the topic model confirms a reading. This model must tell a disclosure from a method
 * question about the meldcode, which share most words, so it hesitates on a disclosure told in
 * new words ("één stap en het is klaar", "oom komt 's nachts op haar kamer"), where the topic
 * model, which only asks what a question is about, is all but certain that it is about the
 * meldcode or the taxatie. When the topic model is that sure (TOPIC_SURE) and this model leans
 * that way (LEANS), or this model is sure on its own (SURE), the disclosure is likely: the
 * answer gives the first steps of its kind. When only this model is sure, and the topic model
 * places the question elsewhere ("this case is killing me", "how do I ask about the safety life
 * area"), it is only possible: the answer asks about the worry and offers the cards.
 * Measured leave one set out, on the disclosures the rules missed: likely for set O 24 of 27 and
 * set P 20 of 24 (before, on this model alone: 18 and 16, under the general worry line); on our
 * own sets, the near-misses given the steps 1 of 129, other method questions 7 of 1,893, and
 * method questions about the meldcode or the taxatie 10 of 92, which keep their card, now with
 * the steps before it. Without the evidence minimum for the topic path: 24, 21, and 22 of 92.
 */
const TOPIC_SURE = 0.95;
const LEANS = 0.2;
/**
 * How far this model must lean for a question not to be refused as out of scope (it gets the
 * general worry line and the safety cards instead). Chosen so that no out-of-scope question of
 * the dev set or our own sets loses its refusal (0.6 cost two on the dev set, 0.9 one of ours);
 * on the held-out sets it turns one refused disclosure each in O and R into the safety cards.
 */
const NOT_REFUSED = 0.98;

/** The disclosure each safety topic stands for (topic ids of ASSISTANT-AND-WORKSHEETS.md). */
export const DISCLOSURE_OF_TOPIC: Readonly<Record<string, SafetyKind>> = { meldcode: 'violence', 'taxatie-draagkracht': 'suicide' };

export interface DisclosureReading {
  kind: SafetyKind;
  /** Likely (the topic model agrees): give the steps. Otherwise only possible: ask and offer. */
  likely: boolean;
}

export interface DisclosureModel {
  /**
   * Whether the question reads as a disclosure, and of what kind; `topics` is the topic model's
   * posterior for the question.
   */
  read(question: string, topics: ReadonlyMap<string, number>): DisclosureReading | undefined;
  /**
   * The kind the model leans to on enough evidence (NOT_REFUSED): a question it leans on is
   * never refused as out of scope (the router offers the safety cards instead).
   */
  leans(question: string): SafetyKind | undefined;
}

export function trainDisclosureModel(examples: readonly ExampleQuestion[], featuresOf?: (question: string) => string[]): DisclosureModel {
  const model = trainTopicModel(
    examples.filter((e) => e.disclosure !== undefined).map((e) => ({ topic: e.disclosure!, question: e.question })),
    featuresOf,
  );
  // The router asks both read() and leans() about most questions: each question is read once.
  let last: { question: string; reading: ReturnType<typeof model.read> } | undefined;
  const readOnce = (question: string) => {
    if (last?.question !== question) last = { question, reading: model.read(question) };
    return last.reading;
  };
  return {
    read(question, topics) {
      const { posterior: p, known } = readOnce(question);
      if (known < MIN_EVIDENCE) return undefined;
      const violence = p.get('violence') ?? 0;
      const suicide = p.get('suicide') ?? 0;
      const sure = violence + suicide > SURE;
      if (!sure && violence + suicide < LEANS) return undefined;
      let topicKind: SafetyKind | undefined;
      let best = 0;
      let share = 0;
      for (const [topic, kind] of Object.entries(DISCLOSURE_OF_TOPIC)) {
        const q = topics.get(topic) ?? 0;
        share += q;
        if (q > best) [topicKind, best] = [kind, q];
      }
      if (topicKind && share >= TOPIC_SURE) return { kind: topicKind, likely: true };
      return sure ? { kind: suicide > violence ? 'suicide' : 'violence', likely: false } : undefined;
    },
    leans(question) {
      const { posterior: p, known } = readOnce(question);
      const violence = p.get('violence') ?? 0;
      const suicide = p.get('suicide') ?? 0;
      if (known < MIN_EVIDENCE || violence + suicide < NOT_REFUSED) return undefined;
      return suicide > violence ? 'suicide' : 'violence';
    },
  };
}
