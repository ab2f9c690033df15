import type * as z from 'zod/mini';
import { describeZodIssue } from './dutch-errors';
import { displayName, UsageError } from './read-input';

interface JsonLine<T> {
  value: T;
  /** "file, regel N", for a message about this line. */
  where: string;
}

/**
 * Reads a batch file of JSON lines, each checked against `schema` (which holds the size limits
 * of its fields). All or nothing: the first bad line stops the run with a Dutch message that
 * names the line and the field, before any output.
 */
export function readJsonLines<S extends z.ZodMiniType>(raw: string, file: string, schema: S): Array<JsonLine<z.infer<S>>> {
  const out: Array<JsonLine<z.infer<S>>> = [];
  let line = 0;
  for (let from = 0; from < raw.length; line++) {
    const nl = raw.indexOf('\n', from);
    const to = nl < 0 ? raw.length : nl;
    const text = raw.slice(from, to).replace(/\r$/, '');
    from = to + 1;
    if (!text.trim()) continue;
    const where = `${displayName(file)}, regel ${line + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new UsageError(`${where}: geen geldige JSON.`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new UsageError(`${where}: ${describeZodIssue(parsed.error.issues[0])}.`);
    out.push({ value: parsed.data, where });
  }
  return out;
}
