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

/** A finding's JSON around its offsets, kept for the findings of a paragraph that recurs. */
interface FindingJsonParts {
  finding: Finding;
  head: string;
  tail: string;
}

/**
 * JSON.stringify(findingJson(f)), with the text around the offsets made once per finding of a
 * paragraph: the engine hands out the findings of a recurring paragraph (a daily template) as
 * copies that share their suggestions list, and a 1 MB report repeats a few paragraphs often.
 */
function findingJsonWriter(): (f: Finding) => string {
  const parts = new WeakMap<Finding['suggestions'], FindingJsonParts>();
  const same = (a: Finding, b: Finding) =>
    a.rule === b.rule && a.category === b.category && a.severity === b.severity && a.text === b.text && a.message === b.message && a.explanation === b.explanation;
  return (f) => {
    const { rule, category, severity, text, message, explanation, suggestions } = f;
    if ([rule, category, severity, text, message, explanation, suggestions].includes(undefined as never)) return JSON.stringify(findingJson(f));
    let known = parts.get(suggestions);
    if (!known || !same(known.finding, f)) {
      const head = `${JSON.stringify({ rule, category, severity }).slice(0, -1)},"start":`;
      const tail = `,"text":${JSON.stringify(text)},"message":${JSON.stringify(message)},"explanation":${JSON.stringify(explanation)},"suggestions":${JSON.stringify(suggestions)}}`;
      parts.set(suggestions, (known = { finding: f, head, tail }));
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
