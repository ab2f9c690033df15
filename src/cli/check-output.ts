import type * as z from 'zod/mini';
import { type AnalysisResult, suggestionText } from '../analysis';
import type { CheckJsonSchema } from '../analysis/finding-schema';
import { lineCol, lineStarts } from './line-col';

/** The public JSON shape of one checked text (README: "coach check --json"). */
type CheckJson = z.infer<typeof CheckJsonSchema>;

export function toCheckJson(result: AnalysisResult): CheckJson {
  const json: CheckJson = {
    mode: result.mode,
    findings: result.findings.map(({ rule, category, severity, start, end, text, message, explanation, suggestions }) => ({
      rule, category, severity, start, end, text, message, explanation, suggestions,
    })),
  };
  if (result.message) json.parts = result.message.parts;
  return json;
}

/** Linter-style lines: `file:line:col  category  message  → rewrite`. */
export function formatHuman(name: string, text: string, result: AnalysisResult): string {
  const starts = lineStarts(text);
  const lines = result.findings.map((f) => {
    const { line, col } = lineCol(starts, f.start);
    // A replacement after an arrow, a question after a question mark: only the first is text for the record.
    const first = f.suggestions[0];
    const rewrite = first ? `  ${first.kind === 'replace' ? '→' : '?'} ${suggestionText(first)}` : '';
    return `${name}:${line}:${col}  ${f.category}  ${f.message} ("${f.text}")${rewrite}`;
  });
  if (result.message) {
    const m = result.message;
    lines.push(`${name}: complete boodschap: ${m.parts.length ? m.parts.join(' + ') : 'geen delen gevonden'}`);
    for (const p of m.missing) lines.push(`${name}: ontbreekt: ${p}-deel, bijvoorbeeld: "${m.examples[p]}"`);
  }
  const n = result.findings.length;
  lines.push(`${name}: ${n === 0 ? 'geen bevindingen' : n === 1 ? '1 bevinding' : `${n} bevindingen`} (modus: ${result.mode}${result.modeGuessed ? ', geraden' : ''})`);
  return lines.join('\n');
}
