import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { AskBatchInput, CardListSchema, RouteResultSchema } from '../assistant/contract';
import { KNOWLEDGE_CARDS } from '../assistant/knowledge-cards.generated';
import { route } from '../assistant/router';
import type { Write } from './check-output';
import { MAX_BATCH_BYTES, MAX_QUESTION_CHARS } from './limits';
import { readInput, UsageError } from './read-input';
import { readJsonLines } from './read-jsonl';

import { ASK_USAGE, CARDS_USAGE } from './usage';

export { ASK_USAGE, CARDS_USAGE };

/** A batch line, with the same bound on the question as a question on the command line. */
const BoundedAskLine = z.extend(AskBatchInput, { question: z.string().check(z.maxLength(MAX_QUESTION_CHARS)) });

/** The router's answer, checked against the public contract before it is printed. */
function answer(question: string) {
  return RouteResultSchema.parse(route(question));
}

function formatHuman(result: z.infer<typeof RouteResultSchema>): string {
  if (result.outOfScope) return result.text;
  const list = result.answers.map((a, i) => `${i + 1}. ${a.card}  ${a.title}  (${a.score.toFixed(2)})`).join('\n');
  return `${list}\n\n${result.text}`;
}

/**
 * `coach ask`: asks the assistant (the same router as the chat in the side panel). Returns the
 * exit code (0); bad usage throws a UsageError (exit 2 in coach.ts).
 */
export function runAsk(argv: string[], write: Write): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jsonl: { type: 'string' } },
  });

  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('Geef bij --jsonl geen losse vraag mee.');
    const items = readJsonLines(readInput(values.jsonl, MAX_BATCH_BYTES), values.jsonl, BoundedAskLine).map((l) => l.value);
    for (const item of items) write(`${JSON.stringify({ id: item.id, ...answer(item.question) })}\n`);
    return 0;
  }

  if (!positionals.length) throw new UsageError(ASK_USAGE);
  const question = positionals.length === 1 && positionals[0] === '-' ? readInput('-', MAX_QUESTION_CHARS * 4) : positionals.join(' ');
  if (!question.trim()) throw new UsageError('De vraag is leeg.');
  if (question.length > MAX_QUESTION_CHARS) throw new UsageError(`De vraag is te lang: hoogstens ${MAX_QUESTION_CHARS.toLocaleString('nl-NL')} tekens.`);
  const result = answer(question);
  write(`${values.json ? JSON.stringify(result) : formatHuman(result)}\n`);
  return 0;
}

/** `coach cards`: lists every knowledge card (id, title, tags, related cards, templates). */
export function runCards(argv: string[], write: Write): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (positionals.length) throw new UsageError(CARDS_USAGE);
  const cards = CardListSchema.parse(
    [...KNOWLEDGE_CARDS]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, title, topic, tags, related, templates }) => ({ id, title, topic, tags, related, templates })),
  );
  const out = (s: string) => write(`${s}\n`);
  if (values.json) {
    out(JSON.stringify(cards));
  } else {
    const width = Math.max(...cards.map((c) => c.id.length));
    out(
      [
        ...cards.map((c) => `${c.id.padEnd(width)}  ${c.title}\n${' '.repeat(width)}  onderwerp: ${c.topic}\n${' '.repeat(width)}  tags: ${c.tags.join(', ')}\n${' '.repeat(width)}  zie ook: ${c.related.join(', ')}`),
        `\n${cards.length} kaarten`,
      ].join('\n'),
    );
  }
  return 0;
}
