/**
 * The example questions the router's two models learn from: our own labelled question sets under
 * tests/assistant, each with its trainer's topic (a card label counts as its card's topic) and,
 * where the set says so, whether it is a disclosure (`"safety": true` on a meldcode or taxatie
 * question). The topic model (topic-model.ts) learns from the method questions only: the scope
 * step (scope.ts) decides about out-of-scope questions, by families, not by example. The
 * disclosure model (disclosure-model.ts) learns from all of them.
 *
 * Some sets never train the model: they stay held out, so that their scores remain an honest
 * forecast of questions nobody has seen. The shared dev set is never read here.
 */
import type { KnowledgeCard } from './card-schema';
import { DISCLOSURE_OF_TOPIC } from './disclosure-model';
import { parseQuestions } from './evaluate';
import type { Disclosure, ExampleQuestion } from './topic-model';
import { OUT_OF_SCOPE } from './topics';


/** Sets under tests/assistant that measure only (their folder names); see tests/assistant/README.md. */
export const HELD_OUT_SETS: readonly string[] = ['set-o', 'set-p', 'set-q', 'set-r'];

/** Whether a set file (a path under tests/assistant) is held out of the examples. */
export function isHeldOut(path: string): boolean {
  return path.split(/[\\/]/).some((part) => HELD_OUT_SETS.includes(part));
}

/** The questions of the given set files, as examples, in file order. */
export function examplesFrom(files: ReadonlyArray<{ path: string; jsonl: string }>, cards: readonly KnowledgeCard[]): ExampleQuestion[] {
  const topicOf = new Map(cards.map((c) => [c.id, c.topic as string]));
  const examples: ExampleQuestion[] = [];
  for (const { path, jsonl } of files) {
    if (isHeldOut(path)) continue;
    for (const q of parseQuestions(jsonl)) {
      const topic = q.expect === OUT_OF_SCOPE ? OUT_OF_SCOPE : q.labelKind === 'topic' ? q.expect : topicOf.get(q.expect);
      if (!topic) throw new Error(`${path} ${q.id}: onbekende kaart '${q.expect}'`);
      const disclosure = disclosureOf(q.labelKind, q.safety, topic);
      examples.push(disclosure ? { topic, question: q.question, disclosure } : { topic, question: q.question });
    }
  }
  return examples;
}

/**
 * Whether a question is a disclosure, where its set tells: flagged ones are, and so is nothing
 * else in a set that flags. Our first card-labelled sets flag only in safety.jsonl, so their
 * unflagged meldcode and taxatie questions are left unlabelled (they hold disclosures too).
 */
function disclosureOf(labelKind: 'card' | 'topic', safety: boolean | undefined, topic: string): Disclosure | undefined {
  if (safety === true) return DISCLOSURE_OF_TOPIC[topic];
  if (safety === false || labelKind === 'topic' || !DISCLOSURE_OF_TOPIC[topic]) return 'none';
  return undefined;
}

const DISCLOSURE_CODE: Readonly<Record<Disclosure, string>> = { violence: 'v', suicide: 's', none: 'n' };

/** The checked-in module with the examples, as [topic, question, disclosure code] rows (about half the size of objects). */
export function renderExamplesModule(examples: readonly ExampleQuestion[]): string {
  const lines = examples.map((e) => `  ${JSON.stringify([e.topic, e.question, e.disclosure ? DISCLOSURE_CODE[e.disclosure] : ''])},`);
  return `// Gegenereerd door src/tools/build-example-questions.ts uit tests/assistant (behalve ${HELD_OUT_SETS.join(', ')}): niet met de hand bewerken.
// Opnieuw maken: node src/tools/run.mjs src/tools/build-example-questions.ts
import type { Disclosure, ExampleQuestion } from './topic-model';

/** Disclosure codes: v violence, s suicide hint, n none, empty unknown. */
const DISCLOSURE: Readonly<Record<string, Disclosure>> = { v: 'violence', s: 'suicide', n: 'none' };

// Inside a function, so that loading this module (every CLI command does) costs next to nothing:
// the rows are built on the first call only.
function rows(): ReadonlyArray<readonly [topic: string, question: string, disclosure: string]> {
  return [
${lines.map((l) => `  ${l}`).join('\n')}
  ];
}

let built: readonly ExampleQuestion[] | undefined;

/** The example questions, built once on first use. */
export function exampleQuestions(): readonly ExampleQuestion[] {
  built ??= rows().map(([topic, question, code]) => (DISCLOSURE[code] ? { topic, question, disclosure: DISCLOSURE[code] } : { topic, question }));
  return built;
}
`;
}
