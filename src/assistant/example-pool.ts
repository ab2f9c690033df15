/**
 * The example questions the topic model (topic-model.ts) learns from: our own labelled question
 * sets under tests/assistant, method questions only, each with its trainer's topic (a card
 * label counts as its card's topic). Out-of-scope questions are left out: the scope step
 * (scope.ts) decides about those, by families, not by example.
 *
 * Some sets never train the model: they stay held out, so that their scores remain an honest
 * forecast of questions nobody has seen. The shared dev set is never read here.
 */
import type { KnowledgeCard } from './card-schema';
import { OUT_OF_SCOPE, parseQuestions } from './evaluate';
import type { TopicExample } from './topic-model';

/** Sets under tests/assistant that measure only (their folder names); see tests/assistant/README.md. */
export const HELD_OUT_SETS: readonly string[] = ['set-m'];

/** Whether a set file (a path under tests/assistant) is held out of the examples. */
export function isHeldOut(path: string): boolean {
  return path.split(/[\\/]/).some((part) => HELD_OUT_SETS.includes(part));
}

/** The method questions of the given set files, as topic examples, in file order. */
export function examplesFrom(files: ReadonlyArray<{ path: string; jsonl: string }>, cards: readonly KnowledgeCard[]): TopicExample[] {
  const topicOf = new Map(cards.map((c) => [c.id, c.topic as string]));
  const examples: TopicExample[] = [];
  for (const { path, jsonl } of files) {
    if (isHeldOut(path)) continue;
    for (const q of parseQuestions(jsonl)) {
      if (q.expect === OUT_OF_SCOPE) continue;
      const topic = q.labelKind === 'topic' ? q.expect : topicOf.get(q.expect);
      if (!topic) throw new Error(`${path} ${q.id}: onbekende kaart '${q.expect}'`);
      examples.push({ topic, question: q.question });
    }
  }
  return examples;
}

/** The checked-in module with the examples, as [topic, question] pairs (about half the size of objects). */
export function renderExamplesModule(examples: readonly TopicExample[]): string {
  const lines = examples.map((e) => `  ${JSON.stringify([e.topic, e.question])},`);
  return `// Gegenereerd door src/tools/build-example-questions.ts uit tests/assistant (behalve ${HELD_OUT_SETS.join(', ')}): niet met de hand bewerken.
// Opnieuw maken: node src/tools/run.mjs src/tools/build-example-questions.ts
import type { TopicExample } from './topic-model';

const PAIRS: ReadonlyArray<readonly [topic: string, question: string]> = [
${lines.join('\n')}
];

export const EXAMPLE_QUESTIONS: readonly TopicExample[] = PAIRS.map(([topic, question]) => ({ topic, question }));
`;
}
