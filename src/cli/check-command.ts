import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type AnalysisResult, defaultAnalyzer, type Mode, MODES, type Severity } from '../analysis';
import { formatHuman, toCheckJson } from './check-output';
import { displayName, readInput, UsageError } from './read-input';
import { readJsonLines } from './read-jsonl';

export const CHECK_USAGE = `gebruik: coach check [--mode report|worksheet|message] [--json] [--fail-on error|warning] BESTAND|-
       coach check --jsonl BESTAND   (per regel {"id","text","mode"?})`;

const BatchLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), mode: z.optional(z.enum(MODES)) });

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

function parseMode(value: string | undefined): Mode | undefined {
  if (value === undefined) return undefined;
  if (!(MODES as readonly string[]).includes(value)) throw new UsageError(`Onbekende modus "${value}": kies report, worksheet of message.`);
  return value as Mode;
}

/** `coach check`: returns the exit code; writes results to `out`. */
export function runCheck(argv: string[], out: (s: string) => void): number {
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
  const analyzer = defaultAnalyzer();
  const results: AnalysisResult[] = [];

  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('Geef bij --jsonl geen los bestand mee.');
    const items = readJsonLines(readInput(values.jsonl), values.jsonl, BatchLine).map((l) => l.value);
    const lines: string[] = [];
    for (const item of items) {
      const result = analyzer.analyze(item.text, { mode: item.mode ?? mode });
      results.push(result);
      const { findings } = toCheckJson(result);
      lines.push(JSON.stringify({ id: item.id, mode: result.mode, findings, parts: result.message?.parts ?? [] }));
    }
    if (lines.length) out(lines.join('\n'));
  } else {
    if (positionals.length !== 1) throw new UsageError(CHECK_USAGE);
    const file = positionals[0]!;
    const text = readInput(file);
    const result = analyzer.analyze(text, mode ? { mode } : {});
    results.push(result);
    out(values.json ? JSON.stringify(toCheckJson(result)) : formatHuman(displayName(file), text, result));
  }

  if (failOn) {
    const bar = SEVERITY_RANK[failOn as Severity];
    if (results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= bar))) return 1;
  }
  return 0;
}
