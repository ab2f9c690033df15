/**
 * What topic a question is about, learned from example questions that workers wrote (a
 * multinomial naive Bayes over word stems and pairs of stems). The keyword and search evidence
 * of the router knows the cards' own words; this model knows the words workers use when they
 * describe a situation ("ze is op", "hij komt steeds te laat", "my resident keeps shouting"),
 * which no list of synonyms covers. The router adds it as one more piece of evidence; it never
 * decides about scope. The same learner, on other labels, reads disclosures (disclosure-model.ts).
 * Pure and deterministic: no DOM, no network.
 */
import { normalize, STOP_WORDS } from './normalize';
import { searchStem } from './stem-nl';

/** One labelled example: a question as workers type it and its label (a trainer's topic id). */
export interface TopicExample {
  topic: string;
  question: string;
}

/** What kind of disclosure an example question is: violence or abuse, a suicide hint, or none. */
export type Disclosure = 'violence' | 'suicide' | 'none';

/**
 * A question from our own sets: its topic (or out-of-scope) and, where the set says so, whether
 * it is a disclosure. Both models of the router learn from these (this file, disclosure-model.ts).
 */
export interface ExampleQuestion extends TopicExample {
  disclosure?: Disclosure;
}

export interface TopicModel {
  /** Topic → probability (summing to 1) for a question; empty when no word of it was seen in the examples. */
  posterior(question: string): Map<string, number>;
  /** The posterior and how many features of the question the examples have (the evidence behind it). */
  read(question: string): { posterior: Map<string, number>; known: number };
  readonly topics: readonly string[];
}

/**
 * Additive smoothing. Small, because a stem seen once in a topic's examples is real evidence;
 * measured flat between 0.1 and 0.3 in leave-one-set-out runs over our sets.
 */
const SMOOTHING = 0.3;

/** The features of a text: its content stems and each pair of neighbouring stems ("komt_laat"). */
export function topicFeatures(text: string): string[] {
  const stems = normalize(text)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .map(searchStem);
  const features = new Set(stems);
  for (let i = 0; i + 1 < stems.length; i++) features.add(`${stems[i]}_${stems[i + 1]}`);
  return [...features];
}

/**
 * Trains on the examples. `featuresOf` defaults to topicFeatures; the router passes one that
 * remembers each example's features, since its two models learn from the same questions.
 */
export function trainTopicModel(examples: readonly TopicExample[], featuresOf: (question: string) => string[] = topicFeatures): TopicModel {
  const topics = [...new Set(examples.map((e) => e.topic))].sort();
  const index = new Map(topics.map((t, i) => [t, i]));
  /** feature → count per topic (how many examples of the topic have it). */
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(topics.length);
  for (const e of examples) {
    const t = index.get(e.topic)!;
    for (const f of featuresOf(e.question)) {
      let row = counts.get(f);
      if (!row) counts.set(f, (row = new Float64Array(topics.length)));
      row[t]!++;
      totals[t]!++;
    }
  }
  // log P(feature | topic), worked out once per seen feature; an unseen feature is left out.
  const vocabulary = counts.size;
  const logLikelihood = new Map<string, Float64Array>();
  for (const [f, row] of counts) {
    logLikelihood.set(
      f,
      row.map((c, t) => Math.log((c + SMOOTHING) / (totals[t]! + SMOOTHING * vocabulary))),
    );
  }

  function read(question: string): { posterior: Map<string, number>; known: number } {
    const seen = topicFeatures(question)
      .map((f) => logLikelihood.get(f))
      .filter((row): row is Float64Array => row !== undefined);
    const out = new Map<string, number>();
    if (!seen.length) return { posterior: out, known: 0 };
    // Equal priors: how often a topic occurs among our examples says nothing about a new question.
    const log = new Float64Array(topics.length);
    for (const row of seen) for (let t = 0; t < topics.length; t++) log[t]! += row[t]!;
    const max = Math.max(...log);
    let sum = 0;
    for (let t = 0; t < topics.length; t++) sum += Math.exp(log[t]! - max);
    for (let t = 0; t < topics.length; t++) out.set(topics[t]!, Math.exp(log[t]! - max) / sum);
    return { posterior: out, known: seen.length };
  }

  return { posterior: (question) => read(question).posterior, read, topics };
}
