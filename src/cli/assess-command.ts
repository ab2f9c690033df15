import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type Assessment, assessWorksheet, CRITERION_TITLES, type CriterionId, WORKSHEET_KINDS, type WorksheetKind } from '../worksheets';
import type { Write } from './check-output';
import { MAX_BATCH_BYTES, MAX_FIELD_CHARS, MAX_TEXT_BYTES } from './limits';
import { lineCol, lineStarts } from './line-col';
import { displayName, readInput, UsageError } from './read-input';
import { readJsonLines } from './read-jsonl';

import { ASSESS_USAGE } from './usage';

export { ASSESS_USAGE };

const BatchLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().check(z.maxLength(MAX_FIELD_CHARS)),
  kind: z.optional(z.enum(WORKSHEET_KINDS)),
});

function parseKind(value: string | undefined): WorksheetKind | undefined {
  if (value === undefined) return undefined;
  if (!(WORKSHEET_KINDS as readonly string[]).includes(value)) {
    throw new UsageError(`Onbekend werkblad "${value}": kies krachteninventarisatie of actieplan.`);
  }
  return value as WorksheetKind;
}

/** Human output: one line per criterion, the spans as file:line:col, then the advice for a fail. */
function formatAssessment(name: string, text: string, a: Assessment): string {
  const starts = lineStarts(text);
  const out = [`${name}: ${a.kind}, ${a.score.passed} van ${a.score.total} criteria gehaald`];
  for (const c of a.criteria) {
    const title = CRITERION_TITLES[c.id as CriterionId] ?? c.id;
    out.push(`  ${c.verdict === 'pass' ? '✓' : '✗'} ${c.id} (${title}): ${c.message}`);
    if (c.verdict === 'pass') continue;
    for (const s of c.spans) {
      const { line, col } = lineCol(starts, s.start);
      const shown = s.text.length > 70 ? `${s.text.slice(0, 67)}…` : s.text;
      out.push(`      ${name}:${line}:${col}  "${shown.replace(/\n/g, ' ')}"`);
    }
    out.push(`      → ${c.advice}`);
  }
  return out.join('\n');
}

/**
 * `coach assess`: the worksheet check over src/worksheets (the same module as the side panel).
 * Returns the exit code (0 ran; usage errors are thrown as UsageError, exit 2 in coach.ts).
 */
export function runAssess(argv: string[], write: Write): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      worksheet: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'string' },
    },
  });
  const kind = parseKind(values.worksheet);

  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('Geef bij --jsonl geen los bestand mee.');
    const items = readJsonLines(readInput(values.jsonl, MAX_BATCH_BYTES), values.jsonl, BatchLine).map(({ value, where }) => {
      const lineKind = value.kind ?? kind;
      if (!lineKind) throw new UsageError(`${where}: geen "kind"; zet het in de regel of geef --worksheet mee.`);
      return { id: value.id, text: value.text, kind: lineKind };
    });
    for (const item of items) write(`${JSON.stringify({ id: item.id, ...assessWorksheet(item.text, item.kind) })}\n`);
    return 0;
  }

  if (positionals.length !== 1) throw new UsageError(ASSESS_USAGE);
  if (!kind) throw new UsageError(`Welk werkblad? Geef --worksheet krachteninventarisatie of --worksheet actieplan.\n${ASSESS_USAGE}`);
  const file = positionals[0]!;
  const text = readInput(file, MAX_TEXT_BYTES);
  const assessment = assessWorksheet(text, kind);
  write(`${values.json ? JSON.stringify(assessment) : formatAssessment(displayName(file), text, assessment)}\n`);
  return 0;
}
