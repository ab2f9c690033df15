import type * as z from 'zod/mini';
import { type AnalysisResult, type Finding, suggestionText } from '../analysis';
import type { CheckJsonSchema } from '../analysis/finding-schema';
import { lineCol, lineStarts } from './line-col';

/** The public JSON shape of one checked text (README: "coach check --json"). */
type CheckJson = z.infer<typeof CheckJsonSchema>;

/** Writes a piece of output as it is made (coach.ts buffers and flushes it). */
export type Write = (chunk: string) => void;

function findingJson({ rule, category, severity, start, end, text, message, explanation, suggestions }: Finding): CheckJson['findings'][number] {
  return { rule, category, severity, start, end, text, message, explanation, suggestions };
}

export function toCheckJson(result: AnalysisResult): CheckJson {
  const json: CheckJson = { mode: result.mode, findings: result.findings.map(findingJson) };
  if (result.message) json.parts = result.message.parts;
  return json;
}

/** A finding's JSON before and after its offsets, kept for the copies of one paragraph finding. */
interface AroundOffsets {
  finding: Finding;
  head: string;
  tail: string;
}

/**
 * JSON.stringify(findingJson(f)), put together from pieces that recur. The findings of a
 * recurring paragraph (a daily template) are copies that share their suggestions list: the
 * JSON around their offsets is made once. A rule's id, message and explanation are the same
 * strings in every finding of that rule: each is quoted once. A finding of another shape is
 * stringified whole.
 */
function findingJsonWriter(): (f: Finding) => string {
  const quoted = new Map<string, string>();
  const quote = (s: string) => {
    let json = quoted.get(s);
    if (json === undefined) {
      json = JSON.stringify(s);
      if (quoted.size < 10_000) quoted.set(s, json);
    }
    return json;
  };
  const around = new Map<Finding['suggestions'], AroundOffsets>();
  const sameCopy = (a: Finding, b: Finding) =>
    a.rule === b.rule && a.category === b.category && a.severity === b.severity && a.text === b.text && a.message === b.message && a.explanation === b.explanation;
  return (f) => {
    const { rule, category, severity, text, message, explanation, suggestions } = f;
    if (![rule, category, severity, text, message, explanation].every((v) => typeof v === 'string') || !Array.isArray(suggestions)) {
      return JSON.stringify(findingJson(f));
    }
    let known = around.get(suggestions);
    if (!known || !sameCopy(known.finding, f)) {
      const head = `{"rule":${quote(rule)},"category":${quote(category)},"severity":${quote(severity)},"start":`;
      const tail = `,"text":${JSON.stringify(text)},"message":${quote(message)},"explanation":${quote(explanation)},"suggestions":${JSON.stringify(suggestions)}}`;
      around.set(suggestions, (known = { finding: f, head, tail }));
    }
    return `${known.head}${JSON.stringify(f.start)},"end":${JSON.stringify(f.end)}${known.tail}`;
  };
}

/**
 * The same JSON as JSON.stringify(toCheckJson(result)), on one line, written finding by finding:
 * the findings of a 10 MB text make hundreds of MB of JSON, more than one string can hold.
 */
export function writeCheckJson(result: AnalysisResult, write: Write): void {
  write(`{"mode":${JSON.stringify(result.mode)},"findings":[`);
  const json = findingJsonWriter();
  result.findings.forEach((f, i) => write(`${i ? ',' : ''}${json(f)}`));
  write(result.message ? `],"parts":${JSON.stringify(result.message.parts)}}\n` : ']}\n');
}

/** Linter-style lines, `file:line:col  category  message  → rewrite`, written line by line. */
export function writeHuman(name: string, text: string, result: AnalysisResult, write: Write): void {
  const starts = lineStarts(text);
  for (const f of result.findings) {
    const { line, col } = lineCol(starts, f.start);
    // A replacement after an arrow, a question after a question mark: only the first is text for the record.
    const first = f.suggestions[0];
    const rewrite = first ? `  ${first.kind === 'replace' ? '→' : '?'} ${suggestionText(first)}` : '';
    write(`${name}:${line}:${col}  ${f.category}  ${f.message} (‘${f.text}’)${rewrite}\n`);
  }
  if (result.message) {
    const m = result.message;
    write(`${name}: complete boodschap: ${m.parts.length ? m.parts.join(' + ') : 'geen delen gevonden'}\n`);
    for (const p of m.missing) write(`${name}: ontbreekt: ${p}-deel, bijvoorbeeld: "${m.examples[p]}"\n`);
  }
  const n = result.findings.length;
  write(`${name}: ${n === 0 ? 'geen bevindingen' : n === 1 ? '1 bevinding' : `${n} bevindingen`} (modus: ${result.mode}${result.modeGuessed ? ', geraden' : ''})\n`);
}
