import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type AnalysisResult, builtInRules, createAnalyzer, type Mode, MODES, type Severity } from '../analysis';
import { literalsOfBuiltIns, phrasesOfBuiltIns } from './built-in-literals';
import { toCheckJson, type Write, writeCheckJson, writeHuman } from './check-output';
import { MAX_BATCH_BYTES, MAX_FIELD_CHARS, MAX_TEXT_BYTES } from './limits';
import { displayName, readInput, UsageError } from './read-input';
import { readJsonLines } from './read-jsonl';

import { CHECK_USAGE } from './usage';

export { CHECK_USAGE };

/** A --jsonl line's schema, made when a batch comes: a single file never needs it. */
const batchLine = () => z.object({ id: z.union([z.string(), z.number()]), text: z.string().check(z.maxLength(MAX_FIELD_CHARS)), mode: z.optional(z.enum(MODES)) });

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

function parseMode(value: string | undefined): Mode | undefined {
  if (value === undefined) return undefined;
  if (!(MODES as readonly string[]).includes(value)) throw new UsageError(`Onbekende modus "${value}": kies report, worksheet of message.`);
  return value as Mode;
}

/** `coach check`: returns the exit code; writes results to `write` as they are made. */
export function runCheck(argv: string[], write: Write): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      mode: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'string' },
      'fail-on': { type: 'string' },
    },
  });
  const mode = parseMode(values.mode);
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') {
    throw new UsageError(`--fail-on verwacht error of warning, niet "${failOn}".`);
  }
  // The built-in rules, with their literals and phrases from the bundle where it carries them (one start-up per process).
  const analyzer = createAnalyzer(builtInRules, { literalsOf: literalsOfBuiltIns(), phrasesOf: phrasesOfBuiltIns() });
  // Only whether a finding reached the bar is kept, not the results: a batch streams through.
  const bar = failOn ? SEVERITY_RANK[failOn as Severity] : Number.POSITIVE_INFINITY;
  let failed = false;
  const judge = (result: AnalysisResult) => {
    if (!failed && result.findings.some((f) => SEVERITY_RANK[f.severity] >= bar)) failed = true;
  };

  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('Geef bij --jsonl geen los bestand mee.');
    const items = readJsonLines(readInput(values.jsonl, MAX_BATCH_BYTES), values.jsonl, batchLine()).map((l) => l.value);
    for (const item of items) {
      const result = analyzer.analyze(item.text, { mode: item.mode ?? mode });
      judge(result);
      const { findings } = toCheckJson(result);
      write(`${JSON.stringify({ id: item.id, mode: result.mode, findings, parts: result.message?.parts ?? [] })}\n`);
    }
  } else {
    if (positionals.length !== 1) throw new UsageError(CHECK_USAGE);
    const file = positionals[0]!;
    const text = readInput(file, MAX_TEXT_BYTES);
    const result = analyzer.analyze(text, mode ? { mode } : {});
    judge(result);
    if (values.json) writeCheckJson(result, write);
    else writeHuman(displayName(file), text, result, write);
  }
  return failed ? 1 : 0;
}
